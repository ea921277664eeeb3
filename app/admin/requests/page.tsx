import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth";
import { listOpenRequests } from "@/lib/data/programme";
import { Pagination } from "@/components/ui/pagination";
import { formatDate, formatNumber, MODE_LABELS } from "@/lib/format";
import { pageNumberSchema } from "@/lib/validation/common";
import { loadPageData } from "@/lib/page-data";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Open requests" };

const LIVE = { PROPOSED: "Proposed, to review", AWAITING_MENTOR: "Mentor asked" } as const;

export default async function AdminRequestsPage({ searchParams }: { searchParams: Promise<{ mode?: string; page?: string }> }) {
  const { mode, page } = await searchParams;
  const filter = mode === "MENTORING" || mode === "COACHING" ? mode : undefined;
  const actor = await getActor();
  const { requests, pages } = await loadPageData(() => listOpenRequests(actor, { mode: filter, page: pageNumberSchema.parse(page) }));
  const hrefFor = (p: number) => `/admin/requests?${new URLSearchParams({ ...(filter ? { mode: filter } : {}), page: String(p) })}`;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold text-brand-800">Open requests ({formatNumber(pages.total)})</h1>
      <nav aria-label="Filter by mode" className="flex gap-4">
        <Link href="/admin/requests" className="text-brand-700 underline" aria-current={!filter ? "page" : undefined}>All</Link>
        <Link href="/admin/requests?mode=MENTORING" className="text-brand-700 underline" aria-current={filter === "MENTORING" ? "page" : undefined}>Mentoring</Link>
        <Link href="/admin/requests?mode=COACHING" className="text-brand-700 underline" aria-current={filter === "COACHING" ? "page" : undefined}>Coaching</Link>
      </nav>
      <Pagination label="Pages of open requests" {...pages} hrefFor={hrefFor} />
      <TableRegion label="Open requests, longest waiting first">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Open requests, longest waiting first</caption>
          <thead>
            <tr className="border-b-2 border-brand-600">
              <th scope="col" className="py-2 pr-3">Waiting since</th>
              <th scope="col" className="py-2 pr-3">Mentee</th>
              <th scope="col" className="py-2 pr-3">Asking for</th>
              <th scope="col" className="py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id} className="border-b border-brand-100">
                <td className="py-2 pr-3"><Link href={`/admin/requests/${request.id}`} className="text-brand-700 underline">{formatDate(request.createdAt)}</Link></td>
                <td className="py-2 pr-3">{request.mentee.name} <span className="text-muted">· {[request.mentee.grade, request.mentee.specialty, request.mentee.region].filter(Boolean).join(", ")}</span></td>
                <td className="py-2 pr-3">{MODE_LABELS[request.mode]}{request.area ? `: ${request.area}` : ""}</td>
                <td className="py-2">{request.liveProposal ? LIVE[request.liveProposal] : "Unmatched"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {pages.pageCount > 1 && <Pagination label="Pages of open requests (end of list)" {...pages} hrefFor={hrefFor} />}
    </div>
  );
}
