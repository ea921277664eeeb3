import type { Metadata } from "next";
import Link from "next/link";
import { StatusTag } from "@/components/relationships/sections";
import { cardClass, formatAgo, linkClass, modeWords, otherRoleWord } from "@/components/relationships/words";
import { getActor } from "@/lib/auth";
import { listMyRelationships } from "@/lib/data/relationships";
import { formatDate, formatDateTime } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Mentoring and coaching" };

export default async function RelationshipsPage() {
  const actor = await getActor();
  const relationships = await loadPageData(() => listMyRelationships(actor));
  const asMentee = relationships.filter((r) => r.role === "MENTEE");
  const asMentor = relationships.filter((r) => r.role === "MENTOR");
  const now = new Date();
  const groups = [
    { id: "as-mentee", title: "Your mentors and coaches", items: asMentee },
    { id: "as-mentor", title: "People you mentor or coach", items: asMentor },
  ];
  return (
    <div className="max-w-4xl space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-brand-800">Mentoring and coaching</h1>
        <Link href="/record" className={linkClass}>Your record for appraisal</Link>
      </div>
      {relationships.length === 0 && (
        <p className="text-muted">
          You are not in a mentoring or coaching relationship yet. <Link href="/requests/new" className={linkClass}>Ask for a mentor or coach</Link>, or{" "}
          <Link href="/volunteer" className={linkClass}>offer to be one</Link>.
        </p>
      )}
      {groups.map((group) =>
        group.items.length === 0 ? null : (
          <section key={group.id} aria-labelledby={`${group.id}-heading`} className="space-y-3">
            <h2 id={`${group.id}-heading`} className="text-xl font-semibold">{group.title}</h2>
            <ul className="space-y-3">
              {group.items.map((r) => {
                const words = modeWords(r.mode);
                return (
                  <li key={r.id} className={`${cardClass} space-y-1`}>
                    <div className="flex flex-wrap items-center gap-3">
                      <Link href={`/relationships/${r.id}`} className={linkClass}>{words.Activity} with {r.otherName}</Link>
                      <StatusTag status={r.status} />
                    </div>
                    <p className="text-sm text-muted">
                      Your {otherRoleWord(r.mode, r.role)}
                      {r.area ? ` · ${r.area}` : ""} · started {formatDate(r.startedAt)}
                      {r.endedAt ? ` · ended ${formatDate(r.endedAt)}` : ""}
                    </p>
                    {r.status === "ACTIVE" && (
                      <p className="text-sm">
                        {r.sessions
                          ? `${r.sessions.held} of ${r.sessions.planned} sessions held`
                          : r.lastCheckInAt
                            ? `Last check-in ${formatAgo(r.lastCheckInAt, now)}`
                            : "No check-ins logged yet"}
                        {r.nextCheckInAt ? ` · next on ${formatDateTime(r.nextCheckInAt)}` : ""}
                        {r.needsMyConfirmation ? " · the agreement is waiting for you" : ""}
                      </p>
                    )}
                    {r.feedbackDue && (
                      <p className="text-sm">
                        <Link href={`/relationships/${r.id}/feedback`} className={linkClass}>Give feedback<span className="sr-only"> on your {words.activity} with {r.otherName}</span></Link>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
