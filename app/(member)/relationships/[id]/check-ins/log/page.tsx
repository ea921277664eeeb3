import type { Metadata } from "next";
import { LogCheckInForm } from "@/components/relationships/log-check-in-form";
import { BackLink, EndedNotice, relationshipTitle } from "@/components/relationships/sections";
import { modeWords, otherRoleWord } from "@/components/relationships/words";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth";
import { getCheckIn } from "@/lib/data/check-ins";
import { listGoals } from "@/lib/data/goals";
import { getRelationship } from "@/lib/data/relationships";
import { formatDateTime } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { londonDateInput, londonTimeInput, todayInLondon } from "@/lib/validation/relationships";

export const metadata: Metadata = { title: "Log a check-in" };

export default async function LogCheckInPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ checkIn?: string }> }) {
  const [{ id }, { checkIn: checkInId }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const [relationship, goals, booked] = await loadPageData(() =>
    Promise.all([getRelationship(actor, id), listGoals(actor, id), checkInId ? getCheckIn(actor, { relationshipId: id, checkInId }) : Promise.resolve(null)]),
  );
  const words = modeWords(relationship.mode);
  const s = relationship.sessions;
  const full = !booked && s !== null && s.held + s.booked >= s.planned;
  const openGoals = goals.filter((g) => g.status === "NOT_STARTED" || g.status === "IN_PROGRESS");
  const bookedAt = booked?.scheduledAt ?? null;
  const title = booked?.sessionNumber ? `Log session ${booked.sessionNumber}` : s ? "Log a session" : "Log a check-in";
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/relationships/${relationship.id}#check-ins`}>{relationshipTitle(relationship)}</BackLink>
      <h1 className="text-2xl font-semibold text-brand-800">{title}</h1>
      {!relationship.canEdit ? (
        <EndedNotice relationship={relationship} />
      ) : booked && booked.status !== "SCHEDULED" ? (
        <Alert tone="info">{booked.status === "COMPLETED" ? `This ${words.meeting} has already been logged.` : `This ${words.meeting} was cancelled.`}</Alert>
      ) : full ? (
        <Alert tone="info" title={`All ${s!.planned} sessions are booked or held`}>Log a booked session from its booking instead.</Alert>
      ) : (
        <>
          <p className="text-muted">
            {bookedAt ? `Booked for ${formatDateTime(bookedAt)}. ` : ""}
            Logging records that you met: it keeps your {words.activity} on track and counts towards your record for appraisal.
          </p>
          <LogCheckInForm
            relationshipId={relationship.id}
            checkInId={booked?.id}
            today={todayInLondon(relationship.now)}
            initial={{
              date: bookedAt ? londonDateInput(bookedAt) : todayInLondon(relationship.now),
              time: bookedAt ? londonTimeInput(bookedAt) : "",
              durationMinutes: booked?.durationMinutes ?? 60,
              meetingMode: booked?.meetingMode === "IN_PERSON" ? "IN_PERSON" : "ONLINE",
            }}
            goals={openGoals.map((g) => ({ id: g.id, title: g.title, status: g.status, progress: g.progress }))}
            canUpdateGoals={relationship.role === "MENTEE"}
            otherRole={otherRoleWord(relationship.mode, relationship.role)}
            meetingWord={words.meeting}
          />
        </>
      )}
    </div>
  );
}
