import type { Metadata } from "next";
import { ScheduleCheckInForm } from "@/components/relationships/schedule-check-in-form";
import { BackLink, EndedNotice, relationshipTitle } from "@/components/relationships/sections";
import { modeWords } from "@/components/relationships/words";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth";
import { getRelationship } from "@/lib/data/relationships";
import { formatDate } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { todayInLondon } from "@/lib/validation/relationships";

export const metadata: Metadata = { title: "Book a check-in" };

export default async function BookCheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const relationship = await loadPageData(() => getRelationship(actor, id));
  const words = modeWords(relationship.mode);
  const s = relationship.sessions;
  const full = s !== null && s.held + s.booked >= s.planned;
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/relationships/${relationship.id}#check-ins`}>{relationshipTitle(relationship)}</BackLink>
      <h1 className="text-2xl font-semibold text-brand-800">{s ? `Book session ${Math.min(s.held + s.booked + 1, s.planned)} of ${s.planned}` : "Book a check-in"}</h1>
      {!relationship.canEdit ? (
        <EndedNotice relationship={relationship} />
      ) : full ? (
        <Alert tone="info" title={`All ${s!.planned} sessions are booked or held`}>
          Coaching is time-limited to the agreed number of sessions. Cancel a booked session to free its place, or close the coaching with its outcome.
        </Alert>
      ) : (
        <>
          <p className="text-muted">
            {s
              ? `Coaching sessions are booked in advance.${relationship.plannedEndAt ? ` The coaching is planned to finish by ${formatDate(relationship.plannedEndAt)}.` : ""}`
              : `Mentoring check-ins happen as and when they help; book one here if you have agreed a time, and you both get a calendar invitation.`}
          </p>
          <ScheduleCheckInForm
            relationshipId={relationship.id}
            today={todayInLondon(relationship.now)}
            initial={{ date: "", time: "", durationMinutes: 60, meetingMode: "ONLINE" }}
            submitLabel={s ? `Book ${words.meeting}` : "Book check-in"}
          />
        </>
      )}
    </div>
  );
}
