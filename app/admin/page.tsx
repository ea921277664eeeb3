import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth";
import { getProgrammeOverview, type PairDto } from "@/lib/data/programme";
import { formatDate, MODE_LABELS } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Programme" };

function daysSince(date: Date) {
  return Math.floor((Date.now() - date.getTime()) / 86_400_000);
}

function PairTable({ caption, pairs, column }: { caption: string; pairs: PairDto[]; column: "lastActivity" | "plannedEnd" }) {
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand-600">
            <th scope="col" className="py-2 pr-3">Mode</th>
            <th scope="col" className="py-2 pr-3">Mentee</th>
            <th scope="col" className="py-2 pr-3">Mentor or coach</th>
            <th scope="col" className="py-2">{column === "lastActivity" ? "Last activity" : "Planned end"}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={pair.id} className="border-b border-brand-100">
              <td className="py-2 pr-3">{MODE_LABELS[pair.mode]}</td>
              <td className="py-2 pr-3">{pair.mentee.name} ({pair.mentee.grade})</td>
              <td className="py-2 pr-3">{pair.mentor.name} ({pair.mentor.grade})</td>
              <td className="py-2">
                {column === "lastActivity" ? `${formatDate(pair.lastActivityAt)} (${daysSince(pair.lastActivityAt)} days ago)` : pair.plannedEndAt ? formatDate(pair.plannedEndAt) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export default async function AdminOverviewPage() {
  const actor = await getActor();
  const overview = await loadPageData(() => getProgrammeOverview(actor));
  const cards: [string, string | number, string][] = [
    ...overview.openRequests.map((r): [string, string | number, string] => [
      `Open ${r.mode === "MENTORING" ? "mentoring" : "coaching"} requests`,
      r.count,
      r.oldest ? `oldest waiting ${daysSince(r.oldest)} days` : "none waiting",
    ]),
    ["Proposals to review", overview.proposalsToReview, "from matching rounds"],
    ["Waiting for a mentor's answer", overview.awaitingMentor, "approved, not yet accepted"],
    ...overview.activePairs.map((p): [string, string | number, string] => [`Active ${p.mode === "MENTORING" ? "mentoring" : "coaching"} pairs`, p.count, ""]),
    ["Failed emails", overview.failedEmails, "after every retry"],
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold text-brand-800">Programme overview</h1>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map(([label, value, hint]) => (
          <div key={label} className="rounded-lg border border-brand-100 bg-white p-4">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
            {hint && <dd className="text-sm text-muted">{hint}</dd>}
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-4">
        <Link href="/admin/rounds" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Run or review matching</Link>
        <Link href="/admin/requests" className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">Open requests</Link>
        {overview.failedEmails > 0 && <Link href="/admin/email" className="rounded-md border border-red-700 px-4 py-2 font-medium text-red-700">Resend failed emails</Link>}
      </p>
      <section aria-labelledby="stalled-heading" className="space-y-3">
        <h2 id="stalled-heading" className="text-xl font-semibold">Stalled pairs ({overview.stalled.length})</h2>
        <p className="text-muted">Active pairs with no check-in or other activity for more than {overview.stalledAfterDays} days. They have been nudged by email.</p>
        {overview.stalled.length ? <PairTable caption="Stalled pairs, quietest first" pairs={overview.stalled} column="lastActivity" /> : <p>None.</p>}
      </section>
      <section aria-labelledby="ending-heading" className="space-y-3">
        <h2 id="ending-heading" className="text-xl font-semibold">Ending in the next 30 days ({overview.endingSoon.length})</h2>
        {overview.endingSoon.length ? <PairTable caption="Pairs reaching their planned end" pairs={overview.endingSoon} column="plannedEnd" /> : <p>None.</p>}
      </section>
    </div>
  );
}
