import type { Metadata } from "next";
import { EndRelationshipForm } from "@/components/relationships/end-relationship-form";
import { BackLink, EndedNotice, relationshipTitle } from "@/components/relationships/sections";
import { modeWords } from "@/components/relationships/words";
import { getActor } from "@/lib/auth";
import { getRelationship } from "@/lib/data/relationships";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "End the relationship" };

export default async function EndRelationshipPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const relationship = await loadPageData(() => getRelationship(actor, id));
  const words = modeWords(relationship.mode);
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/relationships/${relationship.id}`}>{relationshipTitle(relationship)}</BackLink>
      <h1 className="text-2xl font-semibold text-brand-800">{relationship.mode === "COACHING" ? "Close the coaching" : "End the mentoring"}</h1>
      {!relationship.canEdit ? (
        <EndedNotice relationship={relationship} />
      ) : (
        <>
          <p className="text-muted">
            Ending well matters as much as starting well. Either of you can end the {words.activity} at any time, with no fault on either side.
            {relationship.role === "MENTEE" ? ` Afterwards you can ask for a new ${words.helper} if you would like one.` : ""}
          </p>
          <EndRelationshipForm relationshipId={relationship.id} mode={relationship.mode} area={relationship.area} activity={words.activity} />
        </>
      )}
    </div>
  );
}
