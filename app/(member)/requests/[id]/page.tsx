import type { Metadata } from "next";
import { ShortlistRanking } from "@/components/requests/shortlist-ranking";
import { WithdrawRequestButton } from "@/components/requests/withdraw-request-button";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth";
import { getMyShortlist } from "@/lib/data/mentee-shortlist";
import { getRequest } from "@/lib/data/requests";
import { isMenteeShortlistEnabled } from "@/lib/data/settings";
import { formatDate, formatDateTime, MODE_LABELS } from "@/lib/format";
import { PREFERENCE_LABELS, REQUEST_STATUS_LABELS } from "@/lib/labels";
import { MEETING_MODE_LABELS } from "@/lib/validation/common";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Your request" };

export default async function RequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const request = await loadPageData(() => getRequest(actor, id));
  const shortlist = request.isOwner && request.status === "OPEN" && (await isMenteeShortlistEnabled()) ? await loadPageData(() => getMyShortlist(actor, id)) : null;
  return (
    <div className="max-w-3xl space-y-6">
      {created && request.status === "OPEN" && (
        <Alert tone="success" title="Your request is in">
          The programme lead will propose a match. We will email you when someone accepts.
        </Alert>
      )}
      <h1 className="text-2xl font-semibold text-brand-800">
        {MODE_LABELS[request.mode]}{request.area ? `: ${request.area}` : ""}
      </h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Status</dt>
        <dd>{REQUEST_STATUS_LABELS[request.status]}{request.status === "OPEN" ? ` until ${formatDate(request.expiresAt)}` : ""}</dd>
        <dt className="font-medium">What you hope to achieve</dt>
        <dd className="whitespace-pre-wrap">{request.aims}</dd>
        <dt className="font-medium">Preferences</dt>
        <dd>
          {PREFERENCE_LABELS.specialty[request.specialtyPreference]} · {PREFERENCE_LABELS.region[request.regionPreference]} · {MEETING_MODE_LABELS[request.meetingMode]}
          {request.wantsIndependence ? " · independent of my employer" : ""}
        </dd>
      </dl>
      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-xl font-semibold">Timeline</h2>
        <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
          {request.timeline.map((event, index) => (
            <li key={index}>
              <p className="text-sm text-muted"><time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time></p>
              <p>{event.detail ?? event.kind}</p>
            </li>
          ))}
        </ol>
      </section>
      {shortlist && (
        <section aria-labelledby="shortlist-heading" className="space-y-3">
          <h2 id="shortlist-heading" className="text-xl font-semibold">Your best matches</h2>
          <p className="text-muted">
            Rank the people you would most like to work with. The programme lead takes your preferences into account and still
            approves every match; nobody is told about your ranking.
          </p>
          <ShortlistRanking requestId={request.id} shortlist={shortlist} />
        </section>
      )}
      {request.isOwner && request.status === "OPEN" && <WithdrawRequestButton requestId={request.id} />}
    </div>
  );
}
