import type { Metadata } from "next";
import Link from "next/link";
import { RunRoundForm } from "@/components/matching/run-round-form";
import { getActor } from "@/lib/auth";
import { getReferenceOptions } from "@/lib/data/reference";
import { listRounds } from "@/lib/data/rounds";
import { formatDateTime, MODE_LABELS } from "@/lib/format";
import { ROUND_STATUS_LABELS } from "@/lib/labels";
import { loadPageData } from "@/lib/page-data";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Matching rounds" };

export default async function RoundsPage() {
  const actor = await getActor();
  const [rounds, options] = await loadPageData(() => Promise.all([listRounds(actor), getReferenceOptions()]));
  const regionName = (id?: string) => options.regions.find((r) => r.id === id)?.name;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold text-brand-800">Matching rounds</h1>
      <RunRoundForm options={options} />
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">Earlier rounds</h2>
        {rounds.length === 0 ? (
          <p className="text-muted">No rounds yet.</p>
        ) : (
          <TableRegion label="Matching rounds, newest first">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Matching rounds, newest first</caption>
              <thead>
                <tr className="border-b-2 border-brand-600">
                  <th scope="col" className="py-2 pr-3">Started</th>
                  <th scope="col" className="py-2 pr-3">Scope</th>
                  <th scope="col" className="py-2 pr-3">Status</th>
                  <th scope="col" className="py-2 pr-3">Matched</th>
                  <th scope="col" className="py-2">Awaiting review</th>
                </tr>
              </thead>
              <tbody>
                {rounds.map((round) => (
                  <tr key={round.id} className="border-b border-brand-100">
                    <td className="py-2 pr-3">
                      <Link href={`/admin/rounds/${round.id}`} className="text-brand-700 underline">{formatDateTime(round.startedAt)}</Link>
                      <span className="block text-muted">by {round.runBy ?? "—"}</span>
                    </td>
                    <td className="py-2 pr-3">
                      {[round.filters.mode ? MODE_LABELS[round.filters.mode] : "Both modes", regionName(round.filters.regionId) ?? "all regions", round.filters.careerGradeIds?.length ? `${round.filters.careerGradeIds.length} grades` : "all grades"].join(" · ")}
                    </td>
                    <td className="py-2 pr-3">{ROUND_STATUS_LABELS[round.status]}</td>
                    <td className="py-2 pr-3">{round.matched === null ? "—" : `${round.matched} of ${round.mentees}`}</td>
                    <td className="py-2">{round.pending}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </div>
  );
}
