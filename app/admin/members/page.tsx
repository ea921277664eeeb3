import type { Metadata } from "next";
import { MemberActions } from "@/components/account/member-actions";
import { getActor } from "@/lib/auth";
import { Pagination } from "@/components/ui/pagination";
import { listMembers } from "@/lib/data/account";
import { memberSearchSchema } from "@/lib/validation/members";
import { loadPageData } from "@/lib/page-data";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = memberSearchSchema.catch({}).parse(await searchParams);
  const actor = await getActor();
  const { members, pages } = await loadPageData(() => listMembers(actor, query));
  const { total } = pages;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold text-brand-800">Members</h1>
      <p className="max-w-prose text-muted">
        Disabling a member signs them out everywhere and stops them signing in. Proposals they are part of and that are not yet
        accepted are withdrawn (a request whose mentor was asked goes back to the pool), and matching rounds leave them out.
        Their active relationships carry on until the pair, or you with their partner, end them.
      </p>
      <form role="search" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="member-search" className="block font-medium">Search by name or email</label>
          <input id="member-search" name="search" defaultValue={query.search} className="rounded-md border border-gray-500 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white">Search</button>
      </form>
      <p className="text-sm text-muted" role="status">{total} member{total === 1 ? "" : "s"}</p>
      <TableRegion label="Members, with their role and status">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Members, with their role and status</caption>
          <thead>
            <tr className="border-b-2 border-brand-600">
              <th scope="col" className="py-2 pr-3">Name</th>
              <th scope="col" className="py-2 pr-3">Email</th>
              <th scope="col" className="py-2 pr-3">Grade</th>
              <th scope="col" className="py-2 pr-3">Region</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b border-brand-100 align-top">
                <td className="py-2 pr-3">{member.name ?? "—"}</td>
                <td className="py-2 pr-3">{member.email}</td>
                <td className="py-2 pr-3">{member.grade ?? "—"}</td>
                <td className="py-2 pr-3">{member.region ?? "—"}</td>
                <td className="py-2 pr-3">{member.disabled ? "Disabled" : member.role === "ADMIN" ? "Programme lead" : "Member"}</td>
                <td className="py-2"><MemberActions member={member} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <Pagination
        label="Pages of members"
        {...pages}
        hrefFor={(p) => `/admin/members?${new URLSearchParams({ ...(query.search ? { search: query.search } : {}), page: String(p) })}`}
      />
    </div>
  );
}
