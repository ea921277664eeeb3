import type { Metadata } from "next";
import Link from "next/link";
import { ApproveAllButton } from "@/components/matching/approve-all-button";
import { ExplanationView } from "@/components/matching/explanation-view";
import { ProposalReview } from "@/components/matching/proposal-review";
import { getActor } from "@/lib/auth";
import { getRound } from "@/lib/data/rounds";
import { formatDate, formatDateTime, MODE_LABELS } from "@/lib/format";
import { PROPOSAL_STATUS_LABELS, ROUND_STATUS_LABELS } from "@/lib/labels";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Matching round" };

const person = (p: { name: string; grade: string | null; specialty: string | null; region: string | null }) =>
  `${p.name} (${[p.grade, p.specialty, p.region].filter(Boolean).join(", ")})`;

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const round = await loadPageData(() => getRound(actor, id));
  const pending = round.proposals.filter((p) => p.status === "PROPOSED");
  const summary = round.summary;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p><Link href="/admin/rounds" className="text-brand-700 underline">All rounds</Link></p>
        <h1 className="text-2xl font-semibold text-brand-800">Round of {formatDateTime(round.startedAt)}</h1>
        <p className="text-muted">{ROUND_STATUS_LABELS[round.status]} · run by {round.runBy ?? "—"}</p>
      </div>
      {summary && (
        <section aria-labelledby="summary-heading" className="space-y-2">
          <h2 id="summary-heading" className="text-xl font-semibold">Result</h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {[
              ["Requests", summary.mentees],
              ["Matched", summary.matched],
              ["Not matched", summary.unmatched.length],
              ["Free places", summary.places],
              ["Total score", summary.totalScore],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-brand-100 bg-white p-3">
                <dt className="text-sm text-muted">{label}</dt>
                <dd className="text-xl font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-muted">
            {summary.optimal
              ? "Proven optimal: no other set of pairs matches more people, or the same number with a higher total score."
              : "Optimality was not certified for this round."}
            {summary.superseded ? ` ${summary.superseded} unreviewed proposals from earlier rounds were replaced.` : ""}
          </p>
        </section>
      )}

      <section aria-labelledby="proposals-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="proposals-heading" className="text-xl font-semibold">Proposed pairs ({round.proposals.length})</h2>
          <ApproveAllButton roundId={round.id} count={pending.length} />
        </div>
        <ol className="space-y-4">
          {round.proposals.map((proposal) => (
            <li key={proposal.id} className="space-y-3 rounded-lg border border-brand-100 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="font-semibold">
                    {MODE_LABELS[proposal.mode]}{proposal.area ? `: ${proposal.area}` : ""}
                  </h3>
                  <p>
                    <span className="text-muted">Mentee</span> {person(proposal.mentee)} <span className="text-muted">· waiting since {formatDate(proposal.waitingSince)}</span>
                  </p>
                  <p>
                    <span className="text-muted">{proposal.mode === "MENTORING" ? "Mentor" : "Coach"}</span> {person(proposal.mentor)}
                  </p>
                </div>
                <p className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium">{PROPOSAL_STATUS_LABELS[proposal.status]}</p>
              </div>
              <details>
                <summary className="cursor-pointer font-medium text-brand-700">Explanation (score {proposal.score})</summary>
                <div className="mt-2"><ExplanationView explanation={proposal.explanation} headingLevel={4} /></div>
              </details>
              {proposal.menteeRank && <p className="text-sm font-medium">The mentee ranked this {proposal.mode === "MENTORING" ? "mentor" : "coach"} number {proposal.menteeRank} on their shortlist.</p>}
              {proposal.rejectReason && <p className="text-sm">Reason: {proposal.rejectReason}</p>}
              {proposal.overrideJustification && <p className="text-sm">Override justification: {proposal.overrideJustification}</p>}
              {proposal.status === "PROPOSED" && <ProposalReview proposalId={proposal.id} requestId={proposal.requestId} menteeName={proposal.mentee.name} />}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="unmatched-heading" className="space-y-3">
        <h2 id="unmatched-heading" className="text-xl font-semibold">Not matched ({round.unmatched.length})</h2>
        {round.unmatched.length === 0 ? (
          <p className="text-muted">Every request in scope was matched.</p>
        ) : (
          <ul className="space-y-2">
            {round.unmatched.map((u) => (
              <li key={u.requestId} className="rounded-lg border border-brand-100 bg-white p-4">
                <p className="font-medium">{u.mentee ? person(u.mentee) : "A request"}{u.area ? ` · ${u.area}` : ""}</p>
                <p>{u.reason}</p>
                <p className="text-sm text-muted">
                  {u.counts.mentorsChecked} volunteers checked · {u.counts.suitable} suitable · {u.counts.suitableButFull} suitable but full
                  {Object.entries(u.counts.failedByRule).length > 0 && " · failing: " + Object.entries(u.counts.failedByRule).map(([rule, n]) => `${rule} ${n}`).join(", ")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
