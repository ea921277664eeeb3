// The relationship page's sections. Server components: they render DTOs and hold no data access.
import Link from "next/link";
import type { ReactNode } from "react";
import type { CheckInDto } from "@/lib/data/check-ins";
import type { GoalDto } from "@/lib/data/goals";
import type { NoteDto } from "@/lib/data/notes";
import type { RelationshipDto, TimelineEventDto } from "@/lib/data/relationships";
import { formatDate, formatDateTime } from "@/lib/format";
import { CHECK_IN_MODE_LABELS } from "@/lib/validation/check-ins";
import { GOAL_STATUS_LABELS } from "@/lib/validation/goals";
import { ConfirmAgreementButton } from "./pair-actions";
import { ProgressMeter } from "./progress-meter";
import { cardClass, formatAgo, formatMinutes, formatUntil, linkClass, modeWords, myRoleWord, otherRoleWord, primaryLinkClass, secondaryLinkClass } from "./words";

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="print:hidden">
      <Link href={href} className={linkClass}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}

export function relationshipTitle(r: Pick<RelationshipDto, "mode" | "other" | "area">): string {
  return `${modeWords(r.mode).Activity} with ${r.other.name}`;
}

/** "Ended" in words as well as colour. */
export function StatusTag({ status }: { status: "ACTIVE" | "ENDED" }) {
  return status === "ACTIVE" ? (
    <span className="rounded-full border border-green-700 bg-green-50 px-2 py-0.5 text-sm font-medium text-green-800">Active</span>
  ) : (
    <span className="rounded-full border border-gray-500 bg-gray-100 px-2 py-0.5 text-sm font-medium text-gray-800">Ended</span>
  );
}

export function RelationshipHeader({ relationship: r, now }: { relationship: RelationshipDto; now: Date }) {
  return (
    <header className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-brand-800">{relationshipTitle(r)}</h1>
        <StatusTag status={r.status} />
      </div>
      <p className="text-muted">
        You are the {myRoleWord(r.mode, r.role)}
        {r.area ? ` · ${r.mode === "COACHING" ? "development area" : "focus"}: ${r.area}` : ""} · started {formatDate(r.startedAt)}
        {r.status === "ACTIVE" && r.plannedEndAt ? ` · planned end ${formatDate(r.plannedEndAt)}` : ""}
        {r.endedAt ? ` · ended ${formatDate(r.endedAt)}` : ""}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className={cardClass}>
          <h2 className="font-semibold">Your {otherRoleWord(r.mode, r.role)}</h2>
          <p className="mt-1">{r.other.name}</p>
          <p className="text-sm text-muted">{[r.other.grade, r.other.specialty, r.other.region].filter(Boolean).join(" · ")}</p>
          {r.contact ? (
            <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="font-medium">Email</dt>
              <dd><a href={`mailto:${r.contact.email}`} className={linkClass}>{r.contact.email}</a></dd>
              <dt className="font-medium">Phone</dt>
              <dd>{r.contact.phone ? <a href={`tel:${r.contact.phone.replace(/\s+/g, "")}`} className={linkClass}>{r.contact.phone}</a> : "Not given"}</dd>
            </dl>
          ) : (
            <p className="mt-3 text-sm text-muted">Contact details are shown only while a relationship is active.</p>
          )}
        </div>
        <div className={cardClass}>
          {r.sessions ? (
            <>
              <h2 className="font-semibold">Sessions so far</h2>
              <p className="mt-1 text-lg font-medium">
                {r.sessions.held >= r.sessions.planned
                  ? `All ${r.sessions.planned} sessions held`
                  : `Session ${r.sessions.held + 1} of ${r.sessions.planned} next`}
              </p>
              <p className="text-sm text-muted">
                {r.sessions.held} held · {r.sessions.booked} booked · {Math.max(0, r.sessions.planned - r.sessions.held - r.sessions.booked)} left to book
              </p>
            </>
          ) : (
            <>
              <h2 className="font-semibold">Check-ins so far</h2>
              <p className="mt-1 text-lg font-medium">{r.lastCheckInAt ? `Last check-in ${formatAgo(r.lastCheckInAt, now)}` : "No check-ins logged yet"}</p>
              <p className="text-sm text-muted">
                {r.lastCheckInAt ? `On ${formatDate(r.lastCheckInAt)}. ` : ""}
                Mentoring happens as and when it helps; typically over 18 to 24 months.
              </p>
            </>
          )}
          {r.nextCheckIn && (
            <p className="mt-2 text-sm">
              Next: <Link href={`/relationships/${r.id}/check-ins/${r.nextCheckIn.id}`} className={linkClass}>{formatDateTime(r.nextCheckIn.scheduledAt)}</Link> ({formatUntil(r.nextCheckIn.scheduledAt, now)})
            </p>
          )}
        </div>
      </div>
    </header>
  );
}

export function AgreementSection({ relationship: r }: { relationship: RelationshipDto }) {
  const a = r.agreement;
  const other = r.other.name;
  return (
    <section aria-labelledby="agreement-heading" id="agreement" className="space-y-3">
      <h2 id="agreement-heading" className="text-xl font-semibold">Your agreement</h2>
      {!a ? (
        <>
          <p className="text-muted">
            Agree at the start what you expect of each other, how often you will meet, what stays confidential and when you plan to finish. You both confirm it.
          </p>
          {r.canEdit && <Link href={`/relationships/${r.id}/agreement`} className={primaryLinkClass}>Write the agreement</Link>}
        </>
      ) : (
        <div className={`${cardClass} space-y-3`}>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">What you expect of each other</dt>
            <dd className="whitespace-pre-wrap">{a.expectations}</dd>
            <dt className="font-medium">How often you meet</dt>
            <dd>{a.meetingFrequency}</dd>
            <dt className="font-medium">Confidentiality</dt>
            <dd className="whitespace-pre-wrap">{a.confidentiality}</dd>
            <dt className="font-medium">Planned end</dt>
            <dd>{a.plannedEndAt ? formatDate(a.plannedEndAt) : "Not set"}</dd>
          </dl>
          <ul className="space-y-1 text-sm">
            <li>{a.confirmedByMe ? `You confirmed it on ${formatDate(a.confirmedByMe)}.` : "You have not confirmed this version yet."}</li>
            <li>{a.confirmedByOther ? `${other} confirmed it on ${formatDate(a.confirmedByOther)}.` : `Waiting for ${other} to confirm this version.`}</li>
          </ul>
          {r.canEdit && (
            <div className="flex flex-wrap items-start gap-4">
              {!a.confirmedByMe && <ConfirmAgreementButton relationshipId={r.id} />}
              <Link href={`/relationships/${r.id}/agreement`} className={secondaryLinkClass}>Change the agreement</Link>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

export function GoalCard({ goal, relationshipId, canChange }: { goal: GoalDto; relationshipId: string; canChange: boolean }) {
  return (
    <li className={`${cardClass} space-y-2`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{goal.title}</h3>
        <span className="text-sm font-medium">{GOAL_STATUS_LABELS[goal.status]}</span>
      </div>
      <p className="text-sm"><span className="font-medium">How you will know: </span>{goal.measure}</p>
      <p className="text-sm text-muted">{goal.targetDate ? `Target date ${formatDate(goal.targetDate)}` : "No target date"}</p>
      <ProgressMeter value={goal.progress} label={`Progress on “${goal.title}”`} />
      <p className="text-sm">
        <Link href={`/relationships/${relationshipId}/goals/${goal.id}`} className={linkClass}>
          {canChange ? "Update or change" : "See its history"}<span className="sr-only">: {goal.title}</span>
        </Link>
      </p>
    </li>
  );
}

export function GoalsSection({ relationship: r, goals }: { relationship: RelationshipDto; goals: GoalDto[] }) {
  const words = modeWords(r.mode);
  const mine = r.role === "MENTEE";
  return (
    <section aria-labelledby="goals-heading" id="goals" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="goals-heading" className="text-xl font-semibold">Goals</h2>
        {mine && r.canEdit && <Link href={`/relationships/${r.id}/goals/new`} className={secondaryLinkClass}>Add a goal</Link>}
      </div>
      <p className="text-sm text-muted">
        {mine ? "Your goals: specific, with a way to tell when you have achieved them. You both see them; only you change them." : `Your ${words.helped}'s goals. They set and update them; you both see them.`}
      </p>
      {goals.length === 0 ? (
        <p className="text-muted">{mine ? "No goals yet. Start with one or two." : "No goals set yet."}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {goals.map((goal) => <GoalCard key={goal.id} goal={goal} relationshipId={r.id} canChange={mine && r.canEdit} />)}
        </ul>
      )}
    </section>
  );
}

export function NoteList({ notes, empty }: { notes: NoteDto[]; empty?: string }) {
  if (notes.length === 0) return empty ? <p className="text-muted">{empty}</p> : null;
  return (
    <ul className="space-y-2">
      {notes.map((note) => (
        <li key={note.id} className="rounded-md border border-brand-100 bg-brand-50 p-3">
          <p className="text-sm text-muted">
            {note.authorName} · {formatDateTime(note.createdAt)} · {note.visibility === "PRIVATE" ? "Private: only you can read this" : "Shared with both of you"}
          </p>
          <p className="mt-1 whitespace-pre-wrap">{note.body}</p>
        </li>
      ))}
    </ul>
  );
}

function checkInTitle(c: CheckInDto, meeting: string) {
  return c.sessionNumber ? `Session ${c.sessionNumber}` : meeting;
}

export function CheckInsSection({ relationship: r, checkIns, now }: { relationship: RelationshipDto; checkIns: CheckInDto[]; now: Date }) {
  const words = modeWords(r.mode);
  const upcoming = checkIns.filter((c) => c.status === "SCHEDULED").sort((a, b) => a.scheduledAt!.getTime() - b.scheduledAt!.getTime());
  const held = checkIns.filter((c) => c.status === "COMPLETED");
  const cancelled = checkIns.filter((c) => c.status === "CANCELLED");
  const coaching = r.mode === "COACHING";
  const left = r.sessions ? r.sessions.planned - r.sessions.held - r.sessions.booked : null;
  return (
    <section aria-labelledby="check-ins-heading" id="check-ins" className="space-y-4">
      <h2 id="check-ins-heading" className="text-xl font-semibold">{coaching ? "Sessions" : "Check-ins"}</h2>
      {r.canEdit && (
        <div className="flex flex-wrap gap-3">
          {coaching ? (
            left !== null && left > 0 ? (
              <>
                <Link href={`/relationships/${r.id}/check-ins/new`} className={primaryLinkClass}>Book session {r.sessions!.held + r.sessions!.booked + 1} of {r.sessions!.planned}</Link>
                <Link href={`/relationships/${r.id}/check-ins/log`} className={secondaryLinkClass}>Log a session held without booking</Link>
              </>
            ) : (
              <p className="text-muted">
                All {r.sessions!.planned} agreed sessions are booked or held. When the last one is done, <Link href={`/relationships/${r.id}/end`} className={linkClass}>close the coaching with its outcome</Link>.
              </p>
            )
          ) : (
            <>
              <Link href={`/relationships/${r.id}/check-ins/log`} className={primaryLinkClass}>Log a check-in</Link>
              <Link href={`/relationships/${r.id}/check-ins/new`} className={secondaryLinkClass}>Book a check-in</Link>
            </>
          )}
        </div>
      )}

      <h3 className="text-lg font-semibold">Booked</h3>
      {upcoming.length === 0 ? (
        <p className="text-muted">Nothing booked.</p>
      ) : (
        <ul className="space-y-3">
          {upcoming.map((c) => (
            <li key={c.id} className={`${cardClass} space-y-1`}>
              <p className="font-semibold">
                {checkInTitle(c, words.Meeting)}: {formatDateTime(c.scheduledAt!)}
                {c.scheduledAt! < now ? " (not logged yet)" : ""}
              </p>
              <p className="text-sm text-muted">{formatMinutes(c.durationMinutes ?? 60)} · {c.meetingMode === "IN_PERSON" ? "In person" : "Online"}</p>
              <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <a href={`/relationships/${r.id}/check-ins/${c.id}/calendar`} className={linkClass} download>
                  Add to calendar (.ics)<span className="sr-only">: {checkInTitle(c, words.meeting)} on {formatDateTime(c.scheduledAt!)}</span>
                </a>
                {r.canEdit && (
                  <>
                    <Link href={`/relationships/${r.id}/check-ins/log?checkIn=${c.id}`} className={linkClass}>
                      Log it<span className="sr-only">: {checkInTitle(c, words.meeting)} on {formatDateTime(c.scheduledAt!)}</span>
                    </Link>
                    <Link href={`/relationships/${r.id}/check-ins/${c.id}`} className={linkClass}>
                      Move or cancel<span className="sr-only">: {checkInTitle(c, words.meeting)} on {formatDateTime(c.scheduledAt!)}</span>
                    </Link>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3 className="text-lg font-semibold">Held</h3>
      {held.length === 0 ? (
        <p className="text-muted">None logged yet.</p>
      ) : (
        <ul className="space-y-3">
          {held.map((c) => (
            <li key={c.id} className={`${cardClass} space-y-2`}>
              <p className="font-semibold">
                <Link href={`/relationships/${r.id}/check-ins/${c.id}`} className={linkClass}>{checkInTitle(c, words.Meeting)}: {formatDate(c.occurredAt!)}</Link>
              </p>
              <p className="text-sm text-muted">{formatMinutes(c.durationMinutes ?? 0)} · {CHECK_IN_MODE_LABELS[c.meetingMode === "IN_PERSON" ? "IN_PERSON" : "ONLINE"]}</p>
              {c.summary && <p className="whitespace-pre-wrap">{c.summary}</p>}
              {c.goalUpdates.length > 0 && (
                <ul className="list-disc pl-5 text-sm">
                  {c.goalUpdates.map((u, i) => (
                    <li key={i}>{u.goalTitle}: {GOAL_STATUS_LABELS[u.status].toLowerCase()}, {u.progress}%</li>
                  ))}
                </ul>
              )}
              <NoteList notes={c.notes} />
            </li>
          ))}
        </ul>
      )}
      {cancelled.length > 0 && (
        <p className="text-sm text-muted">{cancelled.length} cancelled {cancelled.length === 1 ? words.meeting : `${words.meeting}s`}.</p>
      )}
    </section>
  );
}

export function TimelineSection({ events }: { events: TimelineEventDto[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-xl font-semibold">Timeline</h2>
      <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
        {events.map((event, index) => (
          <li key={index}>
            <p className="text-sm text-muted"><time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time></p>
            <p>{event.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** For sub-pages of an ended relationship, where nothing can change any more. */
export function EndedNotice({ relationship: r }: { relationship: RelationshipDto }) {
  return (
    <p className="text-muted">
      This {modeWords(r.mode).activity} ended{r.endedAt ? ` on ${formatDate(r.endedAt)}` : ""}, so it can no longer be changed. Everything you recorded stays in{" "}
      <Link href="/record" className={linkClass}>your record</Link>.
    </p>
  );
}
