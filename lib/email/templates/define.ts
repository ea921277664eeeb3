import type { EmailKind } from "../kinds";
import { renderEmail, type EmailContent, type RenderContext, type RenderedEmail } from "../layout";

export type Mode = "MENTORING" | "COACHING";
export type MeetingMode = "ONLINE" | "IN_PERSON" | "EITHER";

export interface EmailTemplate<Input> {
  kind: EmailKind;
  /** Pure: the same input and context always give the same email. */
  render(input: Input, ctx: RenderContext): RenderedEmail;
}

/** A template is a kind plus a function from typed input to content; layout and escaping are shared. */
export function defineTemplate<Input>(kind: EmailKind, content: (input: Input, ctx: RenderContext) => EmailContent): EmailTemplate<Input> {
  return { kind, render: (input, ctx) => renderEmail(content(input, ctx), ctx) };
}

/** The words for each side of a relationship in each mode. */
export function roleWords(mode: Mode) {
  return mode === "COACHING"
    ? { helper: "coach", helped: "coachee", activity: "coaching", aHelper: "a coach" }
    : { helper: "mentor", helped: "mentee", activity: "mentoring", aHelper: "a mentor" };
}

export function meetingModeWords(mode: MeetingMode): string {
  return mode === "ONLINE" ? "Online" : mode === "IN_PERSON" ? "In person (agree the place together)" : "Online or in person, as you agree";
}
