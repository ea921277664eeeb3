import type { Metadata } from "next";
import Link from "next/link";
import { RematchButton } from "@/components/relationships/pair-actions";
import { AgreementSection, CheckInsSection, GoalsSection, RelationshipHeader, TimelineSection } from "@/components/relationships/sections";
import { cardClass, linkClass, modeWords, secondaryLinkClass } from "@/components/relationships/words";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth";
import { listCheckIns } from "@/lib/data/check-ins";
import { listGoals } from "@/lib/data/goals";
import { listNotes } from "@/lib/data/notes";
import { getRelationship, getRelationshipTimeline } from "@/lib/data/relationships";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Working together" };

type Search = { booked?: string; logged?: string; saved?: string; cancelled?: string };

const SAVED: Record<string, string> = {
  goal: "Goal saved.",
  agreement: "Agreement saved. Your partner is asked to confirm any changes.",
  feedback: "Thank you for your feedback.",
};

export default async function RelationshipPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const [relationship, goals, checkIns, notes, timeline] = await loadPageData(() =>
    Promise.all([getRelationship(actor, id), listGoals(actor, id), listCheckIns(actor, id), listNotes(actor, id), getRelationshipTimeline(actor, id)]),
  );
  const now = relationship.now;
  const words = modeWords(relationship.mode);
  const booked = search.booked ? checkIns.find((c) => c.id === search.booked) : undefined;
  const myNotes = notes.filter((n) => n.isMine).length;
  const sharedWithMe = notes.length - myNotes;
  return (
    <div className="max-w-4xl space-y-10">
      {booked && (
        <Alert tone="success" title={`${booked.sessionNumber ? `Session ${booked.sessionNumber}` : words.Meeting} booked`}>
          We have emailed you both a calendar invitation.{" "}
          <a href={`/relationships/${relationship.id}/check-ins/${booked.id}/calendar`} className={linkClass} download>Add it to your calendar (.ics)</a>
        </Alert>
      )}
      {search.logged && <Alert tone="success">{words.Meeting} logged. Thank you: it counts towards your record for appraisal.</Alert>}
      {search.cancelled && <Alert tone="success">{words.Meeting} cancelled.</Alert>}
      {search.saved && SAVED[search.saved] && <Alert tone="success">{SAVED[search.saved]}</Alert>}

      <RelationshipHeader relationship={relationship} now={now} />

      {relationship.status === "ENDED" && (
        <section aria-labelledby="ended-heading" className={`${cardClass} space-y-3`}>
          <h2 id="ended-heading" className="text-xl font-semibold">How it ended</h2>
          <p>
            {relationship.endedByMe ? "You" : relationship.other.name} ended the {words.activity}
            {relationship.endReason ? `: ${relationship.endReason.label.charAt(0).toLowerCase()}${relationship.endReason.label.slice(1)}` : ""}.
            {relationship.endReason?.detail ? ` “${relationship.endReason.detail}”` : ""}
          </p>
          {relationship.coachingOutcome && (
            <p><span className="font-medium">Outcome{relationship.area ? ` for ${relationship.area}` : ""}: </span>{relationship.coachingOutcome}</p>
          )}
          <div className="flex flex-wrap items-start gap-4">
            {!relationship.feedbackGiven && <Link href={`/relationships/${relationship.id}/feedback`} className={secondaryLinkClass}>Give feedback</Link>}
            {relationship.role === "MENTEE" &&
              (relationship.rematchRequested ? (
                <Link href={`/requests/new?mode=${relationship.mode}`} className={secondaryLinkClass}>Ask for a new {words.helper}</Link>
              ) : (
                <RematchButton relationshipId={relationship.id} helper={words.helper} />
              ))}
          </div>
        </section>
      )}

      <AgreementSection relationship={relationship} />
      <GoalsSection relationship={relationship} goals={goals} />
      <CheckInsSection relationship={relationship} checkIns={checkIns} now={now} />

      <section aria-labelledby="notes-heading" id="notes" className="space-y-2">
        <h2 id="notes-heading" className="text-xl font-semibold">Notes</h2>
        <p>
          {myNotes === 0 ? "You have no notes yet" : `You have ${myNotes === 1 ? "1 note" : `${myNotes} notes`}`}
          {sharedWithMe > 0 ? `, and ${relationship.other.name} has shared ${sharedWithMe === 1 ? "1 note" : `${sharedWithMe} notes`} with you` : ""}.{" "}
          <Link href={`/relationships/${relationship.id}/notes`} className={linkClass}>{relationship.canEdit ? "Read and write notes" : "Read your notes"}</Link>
        </p>
        <p className="text-sm text-muted">Each note is private to you unless you choose to share it. The programme lead never reads notes.</p>
      </section>

      <TimelineSection events={timeline} />

      {relationship.canEdit && (
        <section aria-labelledby="end-heading" className="space-y-2 border-t border-brand-100 pt-6">
          <h2 id="end-heading" className="text-xl font-semibold">Ending</h2>
          <p className="text-muted">
            {relationship.mode === "COACHING"
              ? "When the sessions are done, close the coaching with its outcome. Either of you can end it earlier, with no fault on either side."
              : "When the mentoring has done its job, or is not working, either of you can end it, with no fault on either side."}
          </p>
          <Link href={`/relationships/${relationship.id}/end`} className={linkClass}>End the {words.activity}</Link>
        </section>
      )}
    </div>
  );
}
