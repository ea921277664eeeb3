import type { Metadata } from "next";
import Link from "next/link";
import { NoteForm } from "@/components/relationships/note-form";
import { CancelCheckInButton } from "@/components/relationships/pair-actions";
import { ScheduleCheckInForm } from "@/components/relationships/schedule-check-in-form";
import { BackLink, NoteList, relationshipTitle } from "@/components/relationships/sections";
import { formatMinutes, linkClass, modeWords, primaryLinkClass } from "@/components/relationships/words";
import { getActor } from "@/lib/auth";
import { getCheckIn } from "@/lib/data/check-ins";
import { getRelationship } from "@/lib/data/relationships";
import { formatDate, formatDateTime } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { GOAL_STATUS_LABELS } from "@/lib/validation/goals";
import { londonDateInput, londonTimeInput, todayInLondon } from "@/lib/validation/relationships";

export const metadata: Metadata = { title: "Check-in" };

export default async function CheckInPage({ params }: { params: Promise<{ id: string; checkInId: string }> }) {
  const { id, checkInId } = await params;
  const actor = await getActor();
  const [relationship, checkIn] = await loadPageData(() => Promise.all([getRelationship(actor, id), getCheckIn(actor, { relationshipId: id, checkInId })]));
  const words = modeWords(relationship.mode);
  const name = checkIn.sessionNumber ? `Session ${checkIn.sessionNumber}` : words.Meeting;
  const at = checkIn.occurredAt ?? checkIn.scheduledAt;
  const booked = checkIn.status === "SCHEDULED";
  return (
    <div className="max-w-3xl space-y-8">
      <BackLink href={`/relationships/${relationship.id}#check-ins`}>{relationshipTitle(relationship)}</BackLink>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800">
          {name}
          {at ? `: ${booked ? formatDateTime(at) : formatDate(at)}` : ""}
        </h1>
        <p>
          {checkIn.status === "SCHEDULED" ? "Booked" : checkIn.status === "COMPLETED" ? "Held" : "Cancelled"}
          {checkIn.durationMinutes ? ` · ${formatMinutes(checkIn.durationMinutes)}` : ""} · {checkIn.meetingMode === "IN_PERSON" ? "in person" : "online"}
        </p>
        {checkIn.scheduledAt && checkIn.status !== "COMPLETED" && (
          <p>
            <a href={`/relationships/${relationship.id}/check-ins/${checkIn.id}/calendar`} className={linkClass} download>
              {checkIn.status === "CANCELLED" ? "Calendar file to remove it (.ics)" : "Add to calendar (.ics)"}
            </a>
          </p>
        )}
      </div>

      {booked && relationship.canEdit && (
        <>
          <Link href={`/relationships/${relationship.id}/check-ins/log?checkIn=${checkIn.id}`} className={primaryLinkClass}>Log this {words.meeting}</Link>
          <section aria-labelledby="move-heading" className="space-y-4">
            <h2 id="move-heading" className="text-xl font-semibold">Move it</h2>
            <ScheduleCheckInForm
              relationshipId={relationship.id}
              checkInId={checkIn.id}
              today={todayInLondon(relationship.now)}
              submitLabel={`Move ${words.meeting}`}
              initial={{
                date: londonDateInput(checkIn.scheduledAt!),
                time: londonTimeInput(checkIn.scheduledAt!),
                durationMinutes: checkIn.durationMinutes ?? 60,
                meetingMode: checkIn.meetingMode === "IN_PERSON" ? "IN_PERSON" : "ONLINE",
              }}
            />
          </section>
          <section aria-labelledby="cancel-heading" className="space-y-3">
            <h2 id="cancel-heading" className="text-xl font-semibold">Cancel it</h2>
            <CancelCheckInButton checkInId={checkIn.id} relationshipId={relationship.id} meetingWord={words.meeting} />
          </section>
        </>
      )}

      {checkIn.status === "COMPLETED" && (
        <section aria-labelledby="summary-heading" className="space-y-3">
          <h2 id="summary-heading" className="text-xl font-semibold">Summary</h2>
          <p className="whitespace-pre-wrap">{checkIn.summary}</p>
          {checkIn.goalUpdates.length > 0 && (
            <>
              <h3 className="font-semibold">Progress on goals</h3>
              <ul className="list-disc pl-5">
                {checkIn.goalUpdates.map((u, i) => (
                  <li key={i}>{u.goalTitle}: {GOAL_STATUS_LABELS[u.status].toLowerCase()}, {u.progress}%</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-xl font-semibold">Notes on this {words.meeting}</h2>
        <NoteList notes={checkIn.notes} empty="No notes yet." />
        {relationship.canEdit && <NoteForm relationshipId={relationship.id} checkInId={checkIn.id} />}
      </section>
    </div>
  );
}
