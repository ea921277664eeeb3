import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/relationships/print-button";
import { formatHours, formatMinutes, linkClass, secondaryLinkClass } from "@/components/relationships/words";
import { getActor } from "@/lib/auth";
import { getMyRecord, type RecordRelationshipDto, type RecordTotals } from "@/lib/data/record";
import { formatDate, formatDateTime } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { GOAL_STATUS_LABELS } from "@/lib/validation/goals";
import "./print.css";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Your record for appraisal" };

const ROLE = { MENTORING: { MENTEE: "Mentee", MENTOR: "Mentor" }, COACHING: { MENTEE: "Coachee", MENTOR: "Coach" } } as const;

function Totals({ title, totals, noun }: { title: string; totals: RecordTotals; noun: string }) {
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-4 print:border-gray-400">
      <h3 className="font-semibold">{title}</h3>
      <dl className="mt-2 grid grid-cols-[1fr_max-content] gap-x-4 gap-y-1">
        <dt>{noun}</dt>
        <dd className="text-right font-medium">{totals.relationships}</dd>
        <dt>Sessions and check-ins held</dt>
        <dd className="text-right font-medium">{totals.sessions}</dd>
        <dt>Hours</dt>
        <dd className="text-right font-medium">{formatHours(totals.minutes)}</dd>
        <dt>Goals achieved</dt>
        <dd className="text-right font-medium">{totals.goalsAchieved}</dd>
      </dl>
    </div>
  );
}

function RelationshipRecord({ r, index }: { r: RecordRelationshipDto; index: number }) {
  const role = ROLE[r.mode][r.role];
  const headingId = `record-${index}`;
  return (
    <section aria-labelledby={headingId} className="record-relationship space-y-3 border-t border-brand-100 pt-4 print:border-gray-400">
      <h3 id={headingId} className="text-lg font-semibold">
        {r.mode === "COACHING" ? "Coaching" : "Mentoring"} as {role.toLowerCase()}: {r.withLabel}
      </h3>
      <p className="text-muted print:text-black">
        {r.area ? `${r.area} · ` : ""}
        {formatDate(r.startedAt)} to {r.endedAt ? formatDate(r.endedAt) : "now (active)"} · {r.sessions.length} held · {formatMinutes(r.minutes)}
      </p>
      {r.coachingOutcome && (
        <p><span className="font-medium">Outcome: </span>{r.coachingOutcome}</p>
      )}
      {r.sessions.length > 0 && (
        <TableRegion label="Sessions and check-ins">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="text-left font-medium">Sessions and check-ins</caption>
            <thead>
              <tr className="border-b border-brand-100 print:border-gray-400">
                <th scope="col" className="py-1 pr-4">Date</th>
                <th scope="col" className="py-1 pr-4">Session</th>
                <th scope="col" className="py-1 pr-4">Length</th>
                <th scope="col" className="py-1">How</th>
              </tr>
            </thead>
            <tbody>
              {r.sessions.map((s, i) => (
                <tr key={i} className="border-b border-brand-100 print:border-gray-300">
                  <td className="py-1 pr-4">{formatDate(s.occurredAt)}</td>
                  <td className="py-1 pr-4">{s.sessionNumber ? `Session ${s.sessionNumber}` : "Check-in"}</td>
                  <td className="py-1 pr-4">{s.durationMinutes ? formatMinutes(s.durationMinutes) : "Not recorded"}</td>
                  <td className="py-1">{s.meetingMode === "IN_PERSON" ? "In person" : "Online"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {r.role === "MENTEE" && r.goals.length > 0 && (
        <TableRegion label="Goals">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="text-left font-medium">Goals</caption>
            <thead>
              <tr className="border-b border-brand-100 print:border-gray-400">
                <th scope="col" className="py-1 pr-4">Goal</th>
                <th scope="col" className="py-1 pr-4">How I would know</th>
                <th scope="col" className="py-1 pr-4">Status</th>
                <th scope="col" className="py-1">Progress</th>
              </tr>
            </thead>
            <tbody>
              {r.goals.map((g, i) => (
                <tr key={i} className="border-b border-brand-100 align-top print:border-gray-300">
                  <th scope="row" className="py-1 pr-4 font-normal">{g.title}</th>
                  <td className="py-1 pr-4">{g.measure}</td>
                  <td className="py-1 pr-4">{GOAL_STATUS_LABELS[g.status]}</td>
                  <td className="py-1">{g.progress}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {r.role === "MENTOR" && r.goalsTotal > 0 && (
        <p className="text-sm">{r.goalsAchieved} of {r.goalsTotal} of their goals achieved.</p>
      )}
      {r.myNotes.length > 0 && (
        <div className="space-y-2">
          <h4 className="font-medium">My notes and reflections</h4>
          <ul className="space-y-2">
            {r.myNotes.map((n, i) => (
              <li key={i} className="text-sm">
                <span className="text-muted print:text-black">{formatDate(n.createdAt)}{n.visibility === "SHARED" ? " (shared)" : ""}: </span>
                <span className="whitespace-pre-wrap">{n.body}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export default async function RecordPage() {
  const actor = await getActor();
  const record = await loadPageData(() => getMyRecord(actor));
  const asMentee = record.relationships.filter((r) => r.role === "MENTEE");
  const asMentor = record.relationships.filter((r) => r.role === "MENTOR");
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800">Mentoring and coaching record</h1>
        <p>
          {record.name}
          {record.grade ? `, ${record.grade}` : ""}. Prepared {formatDateTime(record.generatedAt)} for appraisal or revalidation.
        </p>
        <p className="text-sm text-muted print:text-black">
          It holds your own notes only. People you mentored or coached are shown by grade, not by name.
        </p>
        <div className="flex flex-wrap items-center gap-4 print:hidden">
          <PrintButton />
          <a href="/record/csv" className={secondaryLinkClass} download>Download as a spreadsheet (CSV)</a>
        </div>
      </div>

      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="text-xl font-semibold">In summary</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Totals title="Being mentored or coached" totals={record.asMentee} noun="Mentors and coaches" />
          <Totals title="Mentoring or coaching others" totals={record.asMentor} noun="Mentees and coachees" />
        </div>
      </section>

      {record.relationships.length === 0 ? (
        <p className="text-muted">
          Nothing to record yet. Your relationships appear here once they start. <Link href="/relationships" className={linkClass}>Your mentoring and coaching</Link>
        </p>
      ) : (
        <>
          {asMentee.length > 0 && (
            <section aria-labelledby="as-mentee-heading" className="space-y-4">
              <h2 id="as-mentee-heading" className="text-xl font-semibold">Being mentored or coached</h2>
              {asMentee.map((r, i) => <RelationshipRecord key={r.id} r={r} index={i} />)}
            </section>
          )}
          {asMentor.length > 0 && (
            <section aria-labelledby="as-mentor-heading" className="space-y-4">
              <h2 id="as-mentor-heading" className="text-xl font-semibold">Mentoring or coaching others</h2>
              {asMentor.map((r, i) => <RelationshipRecord key={r.id} r={r} index={asMentee.length + i} />)}
            </section>
          )}
        </>
      )}
    </div>
  );
}
