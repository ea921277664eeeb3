import { EMAIL_KINDS } from "../kinds";
import { greetingFor } from "../layout";
import { appLink, EMAIL_PATHS } from "../links";
import { formatLondonDate } from "../london-time";
import { defineTemplate, roleWords, type Mode } from "./define";

export interface RequestReceivedInput {
  recipientName: string | null;
  mode: Mode;
  developmentArea: string | null;
  expiresAt: Date;
}

export const requestReceivedEmail = defineTemplate<RequestReceivedInput>(EMAIL_KINDS.requestReceived, (input, ctx) => {
  const words = roleWords(input.mode);
  return {
    subject: `We have your request for ${words.aHelper}`,
    heading: `We have your request for ${words.aHelper}`,
    greeting: greetingFor(input.recipientName),
    blocks: [
      {
        type: "paragraph",
        text: `Thank you for asking for ${words.aHelper}${input.developmentArea ? ` to help with ${input.developmentArea}` : ""}. The programme lead reviews every proposed match before anyone is contacted, so finding the right person can take a few weeks.`,
      },
      {
        type: "paragraph",
        text: `Your request stays open until ${formatLondonDate(input.expiresAt)}. We will remind you before then if we have not found anyone.`,
      },
      { type: "actions", links: [{ label: "View your request", url: appLink(ctx.appUrl, EMAIL_PATHS.requests) }] },
    ],
    reason: `You get this email because you asked for ${words.aHelper} on RCPsych Coaching and Mentoring.`,
  };
});

export interface RequestExpiringInput {
  recipientName: string | null;
  mode: Mode;
  expiresAt: Date;
}

export const requestExpiringEmail = defineTemplate<RequestExpiringInput>(EMAIL_KINDS.requestExpiring, (input, ctx) => {
  const words = roleWords(input.mode);
  const date = formatLondonDate(input.expiresAt);
  return {
    subject: `Your request for ${words.aHelper} expires on ${date}`,
    heading: `Your request for ${words.aHelper} expires soon`,
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: `We have not yet found ${words.aHelper} for you, and your request expires on ${date}.` },
      { type: "paragraph", text: "If you still want one, open your request and keep it open. If you no longer need one, you need do nothing." },
      { type: "actions", links: [{ label: "Review your request", url: appLink(ctx.appUrl, EMAIL_PATHS.requests) }] },
    ],
    reason: `You get this email because your request for ${words.aHelper} is still open.`,
  };
});

export interface RequestExpiredInput {
  recipientName: string | null;
  mode: Mode;
}

export const requestExpiredEmail = defineTemplate<RequestExpiredInput>(EMAIL_KINDS.requestExpired, (input, ctx) => {
  const words = roleWords(input.mode);
  return {
    subject: `Your request for ${words.aHelper} has expired`,
    heading: `Your request for ${words.aHelper} has expired`,
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: `We are sorry we could not find ${words.aHelper} for you this time. Your request has now closed.` },
      { type: "paragraph", text: "You can ask again at any time; new volunteers join the programme every month." },
      { type: "actions", links: [{ label: "Ask again", url: appLink(ctx.appUrl, EMAIL_PATHS.requests) }] },
    ],
    reason: `You get this email because you asked for ${words.aHelper} on RCPsych Coaching and Mentoring.`,
  };
});
