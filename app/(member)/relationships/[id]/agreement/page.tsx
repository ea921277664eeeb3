import type { Metadata } from "next";
import { AgreementForm } from "@/components/relationships/agreement-form";
import { BackLink, EndedNotice, relationshipTitle } from "@/components/relationships/sections";
import { getActor } from "@/lib/auth";
import { getRelationship } from "@/lib/data/relationships";
import { loadPageData } from "@/lib/page-data";
import { DEFAULT_CONFIDENTIALITY, londonDateInput, todayInLondon } from "@/lib/validation/relationships";

export const metadata: Metadata = { title: "Your agreement" };

export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const relationship = await loadPageData(() => getRelationship(actor, id));
  const a = relationship.agreement;
  const coaching = relationship.mode === "COACHING";
  const plannedEnd = a?.plannedEndAt ?? relationship.plannedEndAt;
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/relationships/${relationship.id}#agreement`}>{relationshipTitle(relationship)}</BackLink>
      <h1 className="text-2xl font-semibold text-brand-800">{a ? "Change your agreement" : "Write your agreement"}</h1>
      {!relationship.canEdit ? (
        <EndedNotice relationship={relationship} />
      ) : (
        <>
          <p className="text-muted">
            A short agreement at the start helps you both: what you expect, how often you meet, what stays between you, and when you plan to finish.
            You can change it at any time; the other person then confirms it again.
          </p>
          <AgreementForm
            relationshipId={relationship.id}
            otherName={relationship.other.name}
            today={todayInLondon(relationship.now)}
            endHint={
              coaching
                ? `Coaching is time-limited: ${relationship.sessions?.planned ?? 6} sessions, usually over about six months.`
                : "Mentoring typically runs for 18 to 24 months. You can end earlier or agree to go on."
            }
            initial={{
              expectations: a?.expectations ?? "",
              meetingFrequency: a?.meetingFrequency ?? (coaching ? "One session every three to four weeks, for an hour" : "Every six to eight weeks, for an hour"),
              confidentiality: a?.confidentiality ?? DEFAULT_CONFIDENTIALITY,
              plannedEndDate: plannedEnd ? londonDateInput(plannedEnd) : "",
            }}
          />
        </>
      )}
    </div>
  );
}
