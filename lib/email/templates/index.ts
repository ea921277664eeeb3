// Every notification template: pure functions from typed input to { subject, text, html, attachments? },
// each carrying its kind (lib/email/kinds.ts).
export { defineTemplate, type EmailTemplate, type MeetingMode, type Mode } from "./define";
export * from "./requests";
export * from "./matching";
export * from "./check-ins";
export * from "./relationships";
export * from "./digest";
