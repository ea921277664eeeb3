import type { Metadata } from "next";
import Link from "next/link";
import { ExplanationView } from "@/components/matching/explanation-view";
import { ProposeMentor } from "@/components/matching/propose-mentor";
import { getActor } from "@/lib/auth";
import { getRequestHistory } from "@/lib/data/programme";
import { getShortlist } from "@/lib/data/proposals";
import { getRequest } from "@/lib/data/requests";
import { formatDate, formatDateTime, MODE_LABELS } from "@/lib/format";
import { PREFERENCE_LABELS, PROPOSAL_STATUS_LABELS, REQUEST_STATUS_LABELS } from "@/lib/labels";
import { MEETING_MODE_LABELS } from "@/lib/validation/common";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Request" };

export default async function AdminRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const [request, history] = await loadPageData(() => Promise.all([getRequest(actor, id), getRequestHistory(actor, id)]));
  const live = history.proposals.find((p) => p.status === "PROPOSED" || p.status === "AWAITING_MENTOR");
  const shortlist = request.status === "OPEN" && live?.status !== "AWAITING_MENTOR" ? await loadPageData(() => getShortlist(actor, { requestId: id })) : null;
  return (
    <div className="max-w-4xl space-y-8">
      <p><Link href="/admin/requests" className="text-brand-700 underline">All open requests</Link></p>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-brand-800">{MODE_LABELS[request.mode]}{request.area ? `: ${request.area}` : ""}</h1>
        <p className="text-muted">{REQUEST_STATUS_LABELS[request.status]} · asked {formatDate(request.createdAt)}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {shortlist && (<><dt className="font-medium">Mentee</dt><dd>{shortlist.request.mentee.name} · {[shortlist.request.mentee.grade, shortlist.request.mentee.specialty, shortlist.request.mentee.region].filter(Boolean).join(", ")}</dd></>)}
        <dt className="font-medium">Hopes to achieve</dt>
        <dd className="whitespace-pre-wrap">{request.aims}</dd>
        <dt className="font-medium">Preferences</dt>
        <dd>
          {PREFERENCE_LABELS.specialty[request.specialtyPreference]} · {PREFERENCE_LABELS.region[request.regionPreference]} · {MEETING_MODE_LABELS[request.meetingMode]}
          {request.wantsIndependence ? " · independent of their employer" : ""}
        </dd>
      </dl>

      {history.menteeRanking.length > 0 && (
        <section aria-labelledby="ranking-heading" className="space-y-2">
          <h2 id="ranking-heading" className="text-xl font-semibold">The mentee&rsquo;s own ranking</h2>
          <ol className="list-decimal pl-5">{history.menteeRanking.map((p) => <li key={p.id}>{p.name} ({[p.grade, p.specialty, p.region].filter(Boolean).join(", ")})</li>)}</ol>
        </section>
      )}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">Timeline</h2>
        <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
          {[
            ...request.timeline.map((e) => ({ at: e.at, text: e.detail ?? e.kind })),
            ...history.proposals.map((p) => ({
              at: p.decidedAt ?? p.createdAt,
              text: `Proposal of ${p.mentor.name} (score ${p.score}): ${PROPOSAL_STATUS_LABELS[p.status as keyof typeof PROPOSAL_STATUS_LABELS]}${p.reason ? ` — ${p.reason}` : ""}`,
            })),
          ]
            .sort((a, b) => a.at.getTime() - b.at.getTime())
            .map((entry, index) => (
              <li key={index}>
                <p className="text-sm text-muted"><time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time></p>
                <p>{entry.text}</p>
              </li>
            ))}
        </ol>
      </section>

      {shortlist && (
        <section aria-labelledby="shortlist-heading" className="space-y-4">
          <h2 id="shortlist-heading" className="text-xl font-semibold">Best matches now</h2>
          {live?.status === "PROPOSED" && <p>A round has proposed a pair for this request; review it on its round page, or ask someone else below.</p>}
          <ol className="space-y-3">
            {shortlist.entries.map((entry) => (
              <li key={entry.mentor.id} className="rounded-lg border border-brand-100 bg-white p-4">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{entry.mentor.name}</span> · {[entry.mentor.grade, entry.mentor.specialty, entry.mentor.region].filter(Boolean).join(", ")} · score {entry.score} · {entry.freePlaces} free
                  </summary>
                  <div className="mt-2"><ExplanationView explanation={entry.explanation} /></div>
                </details>
              </li>
            ))}
          </ol>
          {shortlist.entries.length === 0 && <p>No volunteer passes every rule for this request right now.</p>}
          <div className="rounded-lg border border-brand-100 bg-white p-4">
            <ProposeMentor shortlist={shortlist} requestId={request.id} menteeName={shortlist.request.mentee.name} />
          </div>
        </section>
      )}
    </div>
  );
}
