import { EMAIL_KINDS } from "../kinds";
import { greetingFor } from "../layout";
import { appLink, EMAIL_PATHS } from "../links";
import { formatLondonDate } from "../london-time";
import { defineTemplate } from "./define";

export interface WeeklyDigestInput {
  recipientName: string | null;
  /** ISO week, e.g. 2026-W14. */
  week: string;
  weekStarting: Date;
  /** Proposed matches waiting for the programme lead's decision. */
  pendingApprovals: number;
  /** Approved proposals waiting for the mentor's answer. */
  awaitingMentor: number;
  openRequests: number;
  /** Active pairs with no activity for ProgrammeSettings.stalledAfterDays. */
  stalledPairs: number;
  stalledAfterDays: number;
  failedEmails: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const weeklyDigestEmail = defineTemplate<WeeklyDigestInput>(EMAIL_KINDS.weeklyDigest, (input, ctx) => {
  const items = [
    `${plural(input.pendingApprovals, "proposed match is", "proposed matches are")} waiting for your approval`,
    `${plural(input.awaitingMentor, "approved match is", "approved matches are")} waiting for the mentor's answer`,
    `${plural(input.openRequests, "request is", "requests are")} open`,
    `${plural(input.stalledPairs, "pair has", "pairs have")} had no activity for ${input.stalledAfterDays} days or more`,
    `${plural(input.failedEmails, "email", "emails")} could not be delivered`,
  ];
  const links = [{ label: "Open the programme dashboard", url: appLink(ctx.appUrl, EMAIL_PATHS.admin) }];
  if (input.failedEmails > 0) links.push({ label: "Review undelivered email", url: appLink(ctx.appUrl, EMAIL_PATHS.adminFailedEmail) });
  return {
    subject: `Programme digest, week of ${formatLondonDate(input.weekStarting)}: ${plural(input.pendingApprovals, "approval", "approvals")} waiting`,
    heading: `Programme digest for the week of ${formatLondonDate(input.weekStarting)}`,
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: "Here is where the programme stands this Monday morning:" },
      { type: "list", items },
      { type: "actions", links },
    ],
    reason: `You get this email every Monday because you are a programme lead (${input.week}).`,
  };
});
