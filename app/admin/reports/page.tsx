import type { Metadata } from "next";
import { getActor } from "@/lib/auth";
import { getProgrammeReport, SUPPRESS_BELOW } from "@/lib/data/reports";
import { MODE_LABELS } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Reports" };

const th = "py-2 pr-3";
const show = (value: number | null) => (value === null ? `fewer than ${SUPPRESS_BELOW}` : value);

export default async function ReportsPage() {
  const actor = await getActor();
  const report = await loadPageData(() => getProgrammeReport(actor));
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-brand-800">Reports</h1>
        <a href="/admin/reports/csv" className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">Download as CSV</a>
      </div>

      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-xl font-semibold">Requests and relationships</h2>
        <TableRegion label="Requests by outcome and relationships by state, per mode">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Requests by outcome and relationships by state, per mode</caption>
            <thead>
              <tr className="border-b-2 border-brand-600">
                {["Mode", "Open", "Matched", "Withdrawn", "Expired", "Median days to match", "Active pairs", "Ended pairs"].map((h) => <th key={h} scope="col" className={th}>{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {report.requests.map((r) => {
                const rel = report.relationships.find((x) => x.mode === r.mode)!;
                return (
                  <tr key={r.mode} className="border-b border-brand-100">
                    <th scope="row" className={th}>{MODE_LABELS[r.mode]}</th>
                    <td className={th}>{r.open}</td><td className={th}>{r.matched}</td><td className={th}>{r.withdrawn}</td><td className={th}>{r.expired}</td>
                    <td className={th}>{r.medianDaysToMatch ?? "—"}</td><td className={th}>{rel.active}</td><td className={th}>{rel.ended}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="regions-heading" className="space-y-3">
        <h2 id="regions-heading" className="text-xl font-semibold">Supply and demand by region</h2>
        <p className="text-muted">Where open requests outnumber free places, a call for volunteers in that division helps most.</p>
        <TableRegion label="Open requests, free volunteer places and active pairs by region">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Open requests, free volunteer places and active pairs by region</caption>
            <thead>
              <tr className="border-b-2 border-brand-600">
                {["Region", "Open requests", "Free places", "Active pairs"].map((h) => <th key={h} scope="col" className={th}>{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {report.regions.map((r) => (
                <tr key={r.region} className="border-b border-brand-100">
                  <th scope="row" className={th}>{r.region}</th>
                  <td className={th}>{r.openRequests}</td>
                  <td className={`${th} ${r.freePlaces < r.openRequests ? "font-semibold text-red-700" : ""}`}>{r.freePlaces}{r.freePlaces < r.openRequests ? " (short)" : ""}</td>
                  <td className={th}>{r.activePairs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="feedback-heading" className="space-y-3">
        <h2 id="feedback-heading" className="text-xl font-semibold">Feedback at the end of relationships</h2>
        <p>
          {report.feedback.responses} responses · mean satisfaction {report.feedback.meanSatisfaction ?? "—"} of 5 · {report.feedback.wouldRecommendPercent ?? "—"}% would recommend
        </p>
        {report.feedback.comments.length > 0 && (
          <details>
            <summary className="cursor-pointer font-medium text-brand-700">Comments ({report.feedback.comments.length}, without names)</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5">{report.feedback.comments.map((c, i) => <li key={i}>{c}</li>)}</ul>
          </details>
        )}
      </section>

      <section aria-labelledby="equality-heading" className="space-y-3">
        <h2 id="equality-heading" className="text-xl font-semibold">Equality monitoring</h2>
        <p className="text-muted">
          From the {report.equality.consented} members who consented. Counts under {SUPPRESS_BELOW} are not shown, so nobody can be identified.
        </p>
        <div className="grid gap-6 md:grid-cols-2">
          {report.equality.tables.map((t) => (
            <TableRegion key={t.question} label={t.question}>
              <table className="w-full border-collapse text-left text-sm">
                <caption className="text-left font-medium">{t.question}</caption>
                <thead>
                  <tr className="border-b-2 border-brand-600">
                    <th scope="col" className={th}>Answer</th><th scope="col" className={th}>Asking for support</th><th scope="col" className={th}>Volunteering</th>
                  </tr>
                </thead>
                <tbody>
                  {t.rows.map((row) => (
                    <tr key={row.answer} className="border-b border-brand-100">
                      <th scope="row" className={th}>{row.answer}</th><td className={th}>{show(row.mentees)}</td><td className={th}>{show(row.volunteers)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          ))}
        </div>
      </section>
    </div>
  );
}
