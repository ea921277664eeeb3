import { EMAIL_KINDS } from "../kinds";
import { greetingFor } from "../layout";
import { appLink, EMAIL_PATHS } from "../links";
import { formatLondonDate } from "../london-time";
import { defineTemplate, roleWords, type Mode } from "./define";

export interface ProposalToMentorInput {
  recipientName: string | null;
  proposalId: string;
  mode: Mode;
  /** No name or contact details: those are shared only once the mentor accepts. */
  mentee: { grade: string | null; specialty: string | null; region: string | null };
  developmentArea: string | null;
  respondBy: Date | null;
}

export const proposalToMentorEmail = defineTemplate<ProposalToMentorInput>(EMAIL_KINDS.proposalToMentor, (input, ctx) => {
  const words = roleWords(input.mode);
  const page = EMAIL_PATHS.proposal(input.proposalId);
  const rows = [
    { term: "Career grade", value: input.mentee.grade ?? "Not given" },
    { term: "Specialty", value: input.mentee.specialty ?? "Not given" },
    { term: "Region", value: input.mentee.region ?? "Not given" },
    { term: "Looking for", value: `${words.aHelper}${input.developmentArea ? `, for help with ${input.developmentArea}` : ""}` },
  ];
  return {
    subject: `Would you be ${words.aHelper} for a colleague?`,
    heading: `A proposed ${words.helped} for you`,
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: `The programme lead has proposed you as ${words.aHelper} for a member of the programme:` },
      { type: "details", rows },
      {
        type: "paragraph",
        text: `Please accept or decline${input.respondBy ? ` by ${formatLondonDate(input.respondBy)}` : " when you can"}. Declining is fine. You will see their name and contact details once you accept, and they will see yours.`,
      },
      {
        type: "actions",
        links: [
          { label: "Accept", url: appLink(ctx.appUrl, `${page}?respond=accept`) },
          { label: "Decline", url: appLink(ctx.appUrl, `${page}?respond=decline`) },
        ],
      },
      { type: "paragraph", text: "Each link opens the proposal and asks you to confirm, so nothing happens until you do." },
    ],
    reason: `You get this email because you volunteered as ${words.aHelper}.`,
  };
});

export interface MatchConfirmedInput {
  recipientName: string | null;
  relationshipId: string;
  mode: Mode;
  /** The recipient's side of the pair. */
  role: "MENTEE" | "MENTOR";
  other: { name: string | null; email: string; phone: string | null; grade: string | null; specialty: string | null };
  developmentArea: string | null;
}

export const matchConfirmedEmail = defineTemplate<MatchConfirmedInput>(EMAIL_KINDS.matchConfirmed, (input, ctx) => {
  const words = roleWords(input.mode);
  const otherRole = input.role === "MENTEE" ? words.helper : words.helped;
  const otherName = input.other.name ?? input.other.email;
  const rows: { term: string; value: string; url?: string }[] = [
    { term: "Name", value: otherName },
    { term: "Email", value: input.other.email, url: `mailto:${input.other.email}` },
  ];
  if (input.other.phone) rows.push({ term: "Phone", value: input.other.phone, url: `tel:${input.other.phone.replace(/[^+\d]/g, "")}` });
  if (input.other.grade) rows.push({ term: "Career grade", value: input.other.grade });
  if (input.other.specialty) rows.push({ term: "Specialty", value: input.other.specialty });
  const nextStep =
    input.role === "MENTEE"
      ? `Please get in touch with ${otherName} in the next week or two to arrange your first check-in.`
      : `${otherName} has been asked to get in touch to arrange your first check-in; you are welcome to write first.`;
  return {
    subject: `Meet your ${otherRole}: ${otherName}`,
    heading: `Meet your ${otherRole}`,
    greeting: greetingFor(input.recipientName),
    blocks: [
      {
        type: "paragraph",
        text: `Your ${words.activity} match is confirmed${input.developmentArea ? `, for ${input.developmentArea}` : ""}. Here is your ${otherRole}:`,
      },
      { type: "details", rows },
      { type: "paragraph", text: nextStep },
      { type: "paragraph", text: "These contact details are shared only between the two of you. Please keep them private." },
      { type: "actions", links: [{ label: `Open your ${words.activity} page`, url: appLink(ctx.appUrl, EMAIL_PATHS.relationship(input.relationshipId)) }] },
    ],
    reason: `You get this email because you joined a ${words.activity} pair.`,
  };
});
