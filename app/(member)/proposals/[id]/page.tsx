import type { Metadata } from "next";
import { ExplanationView } from "@/components/matching/explanation-view";
import { RespondToProposal } from "@/components/proposals/respond-to-proposal";
import { getActor } from "@/lib/auth";
import { getProposalForMentor } from "@/lib/data/proposals";
import { formatDate } from "@/lib/format";
import { PROPOSAL_STATUS_LABELS } from "@/lib/labels";
import { MEETING_MODE_LABELS } from "@/lib/validation/common";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "A proposed match" };

export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const proposal = await loadPageData(() => getProposalForMentor(actor, id));
  const coaching = proposal.mode === "COACHING";
  const noun = coaching ? "coachee" : "mentee";
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">Would you {coaching ? "coach" : "mentor"} {proposal.mentee.name}?</h1>
      <p className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium w-fit">{PROPOSAL_STATUS_LABELS[proposal.status]}</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Grade, specialty, region</dt>
        <dd>{[proposal.mentee.grade, proposal.mentee.specialty, proposal.mentee.region].filter(Boolean).join(" · ")}</dd>
        {proposal.area && (<><dt className="font-medium">Development area</dt><dd>{proposal.area}</dd></>)}
        <dt className="font-medium">What they hope to achieve</dt>
        <dd className="whitespace-pre-wrap">{proposal.aims}</dd>
        {proposal.mentee.bio && (<><dt className="font-medium">About them</dt><dd>{proposal.mentee.bio}</dd></>)}
        <dt className="font-medium">Meeting</dt>
        <dd>{MEETING_MODE_LABELS[proposal.mentee.meetingMode as keyof typeof MEETING_MODE_LABELS]}</dd>
        {proposal.respondBy && proposal.status === "AWAITING_MENTOR" && (<><dt className="font-medium">Please answer by</dt><dd>{formatDate(proposal.respondBy)}</dd></>)}
      </dl>
      <section aria-labelledby="why-heading" className="space-y-2 rounded-lg border border-brand-100 bg-white p-4">
        <h2 id="why-heading" className="text-lg font-semibold">Why the programme suggested you</h2>
        <ExplanationView explanation={proposal.explanation} />
      </section>
      <p className="text-muted">Contact details are shared with both of you once you accept. Declining is fine and carries no judgement.</p>
      {proposal.isMentor && proposal.status === "AWAITING_MENTOR" && <RespondToProposal proposalId={proposal.id} noun={noun} />}
    </div>
  );
}
