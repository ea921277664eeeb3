import type { Metadata } from "next";
import Link from "next/link";
import { FeedbackForm } from "@/components/relationships/feedback-form";
import { RematchButton } from "@/components/relationships/pair-actions";
import { BackLink, relationshipTitle } from "@/components/relationships/sections";
import { linkClass, modeWords } from "@/components/relationships/words";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth";
import { getRelationship } from "@/lib/data/relationships";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Feedback" };

export default async function FeedbackPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ ended?: string }> }) {
  const [{ id }, { ended }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const relationship = await loadPageData(() => getRelationship(actor, id));
  const words = modeWords(relationship.mode);
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/relationships/${relationship.id}`}>{relationshipTitle(relationship)}</BackLink>
      {ended && relationship.status === "ENDED" && (
        <Alert tone="success" title={`The ${words.activity} has ended`}>We have emailed you both. Thank you for taking part.</Alert>
      )}
      <h1 className="text-2xl font-semibold text-brand-800">Your feedback</h1>
      {relationship.status !== "ENDED" ? (
        <p>You can give feedback once the {words.activity} has ended.</p>
      ) : relationship.feedbackGiven ? (
        <p>You have already given feedback on this {words.activity}. Thank you.</p>
      ) : (
        <>
          <p className="text-muted">Two minutes, three questions. It helps the programme lead make better matches.</p>
          <FeedbackForm relationshipId={relationship.id} activity={words.activity} />
        </>
      )}
      {relationship.status === "ENDED" && relationship.role === "MENTEE" && (
        <section aria-labelledby="rematch-heading" className="space-y-3 border-t border-brand-100 pt-6">
          <h2 id="rematch-heading" className="text-xl font-semibold">Would you like a new {words.helper}?</h2>
          <p className="text-muted">You can ask again at any time. The programme lead sees that you asked after a previous {words.activity} ended.</p>
          {relationship.rematchRequested ? (
            <Link href={`/requests/new?mode=${relationship.mode}`} className={linkClass}>Ask for a new {words.helper}</Link>
          ) : (
            <RematchButton relationshipId={relationship.id} helper={words.helper} />
          )}
        </section>
      )}
    </div>
  );
}
