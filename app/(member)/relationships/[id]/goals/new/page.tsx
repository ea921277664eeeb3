import type { Metadata } from "next";
import { GoalForm } from "@/components/relationships/goal-form";
import { BackLink, EndedNotice, relationshipTitle } from "@/components/relationships/sections";
import { modeWords } from "@/components/relationships/words";
import { getActor } from "@/lib/auth";
import { getRelationship } from "@/lib/data/relationships";
import { loadPageData } from "@/lib/page-data";
import { todayInLondon } from "@/lib/validation/relationships";

export const metadata: Metadata = { title: "Add a goal" };

export default async function NewGoalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const relationship = await loadPageData(() => getRelationship(actor, id));
  const words = modeWords(relationship.mode);
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/relationships/${relationship.id}#goals`}>{relationshipTitle(relationship)}</BackLink>
      <h1 className="text-2xl font-semibold text-brand-800">Add a goal</h1>
      {!relationship.canEdit ? (
        <EndedNotice relationship={relationship} />
      ) : relationship.role !== "MENTEE" ? (
        <p>Goals belong to your {words.helped}: they add and update them, and you both see them.</p>
      ) : (
        <>
          <p className="text-muted">
            {relationship.mode === "COACHING" && relationship.area
              ? `A goal for your coaching on ${relationship.area}. `
              : "A goal for your professional development. "}
            Make it specific, and say how you will know you have got there.
          </p>
          <GoalForm relationshipId={relationship.id} today={todayInLondon(relationship.now)} />
        </>
      )}
    </div>
  );
}
