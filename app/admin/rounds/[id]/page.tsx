import type { Metadata } from "next";
import Link from "next/link";
import { ApproveAllButton } from "@/components/matching/approve-all-button";
import { ExplanationView } from "@/components/matching/explanation-view";
import { ProposalReview } from "@/components/matching/proposal-review";
import { getActor } from "@/lib/auth";
import { Pagination } from "@/components/ui/pagination";
import { getRound, type RoundPageQuery } from "@/lib/data/rounds";
import { formatDate, formatDateTime, formatNumber, MODE_LABELS } from "@/lib/format";
import { PROPOSAL_STATUS_LABELS, ROUND_STATUS_LABELS } from "@/lib/labels";
import { loadPageData } from "@/lib/page-data";
import { roundPageSchema, type ProposalStatus } from "@/lib/validation/matching";

export const metadata: Metadata = { title: "Matching round" };

// The order a lead works through a round: what needs a decision first.
const STATUS_ORDER: ProposalStatus[] = ["PROPOSED", "AWAITING_MENTOR", "ACCEPTED", "DECLINED", "EXPIRED", "REJECTED", "WITHDRAWN"];

const person = (p: { name: string; grade: string | null; specialty: string | null; region: string | null }) =>
  `${p.name} (${[p.grade, p.specialty, p.region].filter(Boolean).join(", ")})`;

/** The address of this round's page with some of its query changed; anchors keep the reader at the list they paged. */
function hrefWith(id: string, query: RoundPageQuery, change: RoundPageQuery, anchor: string): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set("status", next.status);
  if (next.page && next.page > 1) params.set("page", String(next.page));
  if (next.unmatchedPage && next.unmatchedPage > 1) params.set("unmatchedPage", String(next.unmatchedPage));
  const search = params.toString();
  return `/admin/rounds/${id}${search ? `?${search}` : ""}#${anchor}`;
}

export default async function RoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = roundPageSchema.parse(await searchParams);
  const actor = await getActor();
  const round = await loadPageData(() => getRound(actor, id, query));
  const summary = round.summary;
  const allProposals = Object.values(round.statusCounts).reduce((a, b) => a + b, 0);
  const filters: { status: ProposalStatus | undefined; label: string; count: number }[] = [
    { status: undefined, label: "All", count: allProposals },
    ...STATUS_ORDER.filter((status) => round.statusCounts[status] > 0 || status === round.statusFilter).map((status) => ({
      status,
      label: PROPOSAL_STATUS_LABELS[status],
      count: round.statusCounts[status],
    })),
  ];
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
            {(
              [
                ["Requests", summary.mentees],
                ["Matched", summary.matched],
                ["Not matched", summary.unmatchedCount],
                ["Free places", summary.places],
                ["Total score", summary.totalScore],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="rounded-lg border border-brand-100 bg-white p-3">
                <dt className="text-sm text-muted">{label}</dt>
                <dd className="text-xl font-semibold">{formatNumber(value)}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-muted">
            {summary.optimal
              ? "Proven optimal: no other set of pairs matches more people, or the same number with a higher total score."
              : "Optimality was not certified for this round."}
            {summary.superseded ? ` ${formatNumber(summary.superseded)} unreviewed proposals from earlier rounds were replaced.` : ""}
          </p>
        </section>
      )}

      <section aria-labelledby="proposals-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="proposals-heading" className="text-xl font-semibold">Proposed pairs ({formatNumber(allProposals)})</h2>
          <ApproveAllButton roundId={round.id} count={round.statusCounts.PROPOSED} />
        </div>
        {allProposals > 0 && (
          <nav aria-label="Show proposed pairs by status">
            <ul className="flex flex-wrap gap-2">
              {filters.map((f) => {
                const current = (f.status ?? null) === round.statusFilter;
                return (
                  <li key={f.status ?? "all"}>
                    <Link
                      href={hrefWith(round.id, query, { status: f.status, page: undefined }, "proposals-heading")}
                      aria-current={current ? "page" : undefined}
                      className={`inline-block rounded-full border px-3 py-1 text-sm ${current ? "border-brand-700 bg-brand-700 text-white" : "border-brand-200 bg-white text-brand-800 hover:bg-brand-50"}`}
                    >
                      {f.label} ({formatNumber(f.count)})
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        {round.proposals.length === 0 && allProposals > 0 && <p className="text-muted">No proposed pairs with this status.</p>}
        <Pagination
          label="Pages of proposed pairs"
          {...round.proposalPages}
          hrefFor={(page) => hrefWith(round.id, query, { page }, "proposals-heading")}
        />
        <ol className="space-y-4">
          {round.proposals.map((proposal) => (
            <li key={proposal.id} className="space-y-3 rounded-lg border border-brand-100 bg-white p-4">
              {/* The status stays top right beside long names on a wide screen; it wraps below them on a narrow one. */}
              <div className="flex flex-wrap items-start justify-between gap-2 sm:flex-nowrap">
                <div className="min-w-0">
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
                <p className="shrink-0 rounded-full bg-brand-50 px-3 py-1 text-sm font-medium">{PROPOSAL_STATUS_LABELS[proposal.status]}</p>
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
        {round.proposalPages.pageCount > 1 && (
          <Pagination
            label="Pages of proposed pairs (end of list)"
            {...round.proposalPages}
            hrefFor={(page) => hrefWith(round.id, query, { page }, "proposals-heading")}
          />
        )}
      </section>

      <section aria-labelledby="unmatched-heading" className="space-y-3">
        <h2 id="unmatched-heading" className="text-xl font-semibold">Not matched ({formatNumber(round.unmatchedPages.total)})</h2>
        <Pagination
          label="Pages of requests not matched"
          {...round.unmatchedPages}
          hrefFor={(unmatchedPage) => hrefWith(round.id, query, { unmatchedPage }, "unmatched-heading")}
        />
        {round.unmatchedPages.total === 0 ? (
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
