import { EMAIL_KINDS } from "../kinds";
import { greetingFor, type Block } from "../layout";
import { appLink, EMAIL_PATHS } from "../links";
import { formatLondonDate } from "../london-time";
import { defineTemplate, roleWords, type Mode } from "./define";

export interface MentoringNudgeInput {
  recipientName: string | null;
  otherName: string | null;
  relationshipId: string;
  lastActivityAt: Date;
}

export const mentoringNudgeEmail = defineTemplate<MentoringNudgeInput>(EMAIL_KINDS.mentoringNudge, (input, ctx) => {
  const other = input.otherName ?? "your mentoring partner";
  const page = appLink(ctx.appUrl, EMAIL_PATHS.relationship(input.relationshipId));
  return {
    subject: `Time to catch up with ${other}?`,
    heading: "Time to catch up?",
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: `Nothing has been logged in your mentoring with ${other} since ${formatLondonDate(input.lastActivityAt)}.` },
      {
        type: "paragraph",
        text: "Mentoring happens as and when it is needed, and stepping back is part of it. A short message to say hello keeps the door open; if you have met, log the check-in so it counts for your appraisal.",
      },
      { type: "paragraph", text: "If the relationship has run its course, either of you can end it from the same page, with no fault on either side." },
      { type: "actions", links: [{ label: "Open your mentoring", url: page }] },
    ],
    reason: "You get this email because your mentoring has been quiet for a while.",
  };
});

export interface RelationshipEndedInput {
  recipientName: string | null;
  otherName: string | null;
  relationshipId: string;
  mode: Mode;
  role: "MENTEE" | "MENTOR";
  endedByRecipient: boolean;
  endedAt: Date;
}

export const relationshipEndedEmail = defineTemplate<RelationshipEndedInput>(EMAIL_KINDS.relationshipEnded, (input, ctx) => {
  const words = roleWords(input.mode);
  const other = input.otherName ?? `your ${words.activity} partner`;
  const blocks: Block[] = [
    {
      type: "paragraph",
      text: input.endedByRecipient
        ? `You ended your ${words.activity} with ${other} on ${formatLondonDate(input.endedAt)}.`
        : `Your ${words.activity} with ${other} ended on ${formatLondonDate(input.endedAt)}. Relationships end for many reasons, and no fault is implied.`,
    },
    { type: "paragraph", text: "Thank you for taking part. Your goals, check-ins and notes stay available, so you can use them for your appraisal." },
    { type: "paragraph", text: "Two minutes of feedback helps the programme lead make better matches:" },
    { type: "actions", links: [{ label: "Give feedback", url: appLink(ctx.appUrl, EMAIL_PATHS.feedback(input.relationshipId)) }] },
  ];
  if (input.role === "MENTEE") {
    blocks.push({ type: "paragraph", text: `If you would like another ${words.helper}, you can ask again at any time: ${appLink(ctx.appUrl, EMAIL_PATHS.requests)}` });
  }
  return {
    subject: `Your ${words.activity} with ${other} has ended`,
    heading: `Your ${words.activity} has ended`,
    greeting: greetingFor(input.recipientName),
    blocks,
    reason: `You get this email because you were in this ${words.activity} pair.`,
  };
});
