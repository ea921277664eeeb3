import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { listAuditLog } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { isStorableText } from "@/lib/validation/common";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Audit log" };

const querySchema = z.object({
  action: z.string().trim().max(60).refine(isStorableText).optional(),
  entityId: z.string().trim().max(64).refine(isStorableText).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = querySchema.catch({}).parse(await searchParams);
  const actor = await getActor();
  const { rows, hasMore } = await loadPageData(() => listAuditLog(actor, query));
  const page = query.page ?? 1;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold text-brand-800">Audit log</h1>
      <p className="text-muted">Every decision and administrative change, in the order it happened. Rows cannot be changed or deleted.</p>
      <form role="search" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="audit-action" className="block font-medium">Action starts with</label>
          <input id="audit-action" name="action" defaultValue={query.action} placeholder="proposal." className="rounded-md border border-gray-500 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="audit-entity" className="block font-medium">Record id</label>
          <input id="audit-entity" name="entityId" defaultValue={query.entityId} className="rounded-md border border-gray-500 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white">Filter</button>
      </form>
      <TableRegion label="Audit log entries, newest first">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Audit log entries, newest first</caption>
          <thead>
            <tr className="border-b-2 border-brand-600">
              <th scope="col" className="py-2 pr-3">When</th>
              <th scope="col" className="py-2 pr-3">Who</th>
              <th scope="col" className="py-2 pr-3">Action</th>
              <th scope="col" className="py-2 pr-3">Record</th>
              <th scope="col" className="py-2">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-brand-100 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(row.at)}</td>
                <td className="py-2 pr-3">{row.actor}</td>
                <td className="py-2 pr-3 font-mono">{row.action}</td>
                <td className="py-2 pr-3">{row.entityType}{row.entityId ? <span className="block font-mono text-xs text-muted">{row.entityId}</span> : null}</td>
                <td className="py-2"><code className="break-all text-xs">{JSON.stringify(row.data)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <nav aria-label="Pages" className="flex gap-4">
        {page > 1 && <Link className="text-brand-700 underline" href={{ query: { ...query, page: page - 1 } }}>Newer</Link>}
        {hasMore && <Link className="text-brand-700 underline" href={{ query: { ...query, page: page + 1 } }}>Older</Link>}
      </nav>
    </div>
  );
}
