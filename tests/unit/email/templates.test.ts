import { describe, expect, it } from "vitest";
import { EMAIL_KINDS, ESSENTIAL_KINDS, isEssentialKind, OPTIONAL_KINDS } from "@/lib/email/kinds";
import { renderEmail, safeUrl, type RenderContext, type RenderedEmail } from "@/lib/email/layout";
import {
  checkInCancelledEmail,
  checkInDueEmail,
  checkInOverdueEmail,
  checkInScheduledEmail,
  matchConfirmedEmail,
  mentoringNudgeEmail,
  proposalToMentorEmail,
  relationshipEndedEmail,
  requestExpiredEmail,
  requestExpiringEmail,
  requestReceivedEmail,
  weeklyDigestEmail,
} from "@/lib/email/templates";

const EVIL = `Dr <script>alert("x")</script> & "Co" 'Ltd'\r\nBcc: victim@example.com`;
const when = new Date("2026-03-29T09:00:00Z");
const base: RenderContext = { appUrl: "https://mentoring.example.org", preferencesUrl: "https://mentoring.example.org/profile/email" };
const unsubscribe = "https://mentoring.example.org/api/email/unsubscribe?token=abc.def";

// Every template, with a hostile name everywhere a person's name or free text can appear.
const rendered: [string, RenderedEmail][] = [
  [EMAIL_KINDS.requestReceived, requestReceivedEmail.render({ recipientName: EVIL, mode: "MENTORING", developmentArea: EVIL, expiresAt: when }, { ...base, unsubscribeUrl: unsubscribe })],
  [EMAIL_KINDS.requestExpiring, requestExpiringEmail.render({ recipientName: EVIL, mode: "COACHING", expiresAt: when }, { ...base, unsubscribeUrl: unsubscribe })],
  [EMAIL_KINDS.requestExpired, requestExpiredEmail.render({ recipientName: EVIL, mode: "MENTORING" }, { ...base, unsubscribeUrl: unsubscribe })],
  [
    EMAIL_KINDS.proposalToMentor,
    proposalToMentorEmail.render(
      { recipientName: EVIL, proposalId: "p1", mode: "MENTORING", mentee: { grade: EVIL, specialty: null, region: "London" }, developmentArea: EVIL, respondBy: when },
      base,
    ),
  ],
  [
    EMAIL_KINDS.matchConfirmed,
    matchConfirmedEmail.render(
      { recipientName: EVIL, relationshipId: "r1", mode: "COACHING", role: "MENTEE", other: { name: EVIL, email: "coach@nhs.example", phone: "+44 7700 900000", grade: null, specialty: EVIL }, developmentArea: null },
      base,
    ),
  ],
  [
    EMAIL_KINDS.checkInScheduled,
    checkInScheduledEmail.render(
      {
        recipientName: EVIL,
        otherName: EVIL,
        relationshipId: "r1",
        mode: "MENTORING",
        scheduledAt: when,
        durationMinutes: 60,
        meetingMode: "ONLINE",
        sessionNumber: null,
        calendar: { uid: "check-in-c1@mentoring.example.org", sequence: 1, stamp: when },
      },
      { ...base, unsubscribeUrl: unsubscribe },
    ),
  ],
  [
    EMAIL_KINDS.checkInCancelled,
    checkInCancelledEmail.render(
      {
        recipientName: EVIL,
        otherName: EVIL,
        relationshipId: "r1",
        mode: "COACHING",
        scheduledAt: when,
        durationMinutes: 60,
        meetingMode: "IN_PERSON",
        sessionNumber: 2,
        calendar: { uid: "check-in-c1@mentoring.example.org", sequence: 2, stamp: when },
      },
      { ...base, unsubscribeUrl: unsubscribe },
    ),
  ],
  [EMAIL_KINDS.checkInDue, checkInDueEmail.render({ recipientName: EVIL, otherName: EVIL, relationshipId: "r1", mode: "MENTORING", scheduledAt: when, meetingMode: "EITHER" }, { ...base, unsubscribeUrl: unsubscribe })],
  [EMAIL_KINDS.checkInOverdue, checkInOverdueEmail.render({ recipientName: EVIL, otherName: EVIL, relationshipId: "r1", mode: "MENTORING", scheduledAt: when }, { ...base, unsubscribeUrl: unsubscribe })],
  [EMAIL_KINDS.mentoringNudge, mentoringNudgeEmail.render({ recipientName: EVIL, otherName: EVIL, relationshipId: "r1", lastActivityAt: when }, { ...base, unsubscribeUrl: unsubscribe })],
  [
    EMAIL_KINDS.relationshipEnded,
    relationshipEndedEmail.render({ recipientName: EVIL, otherName: EVIL, relationshipId: "r1", mode: "MENTORING", role: "MENTEE", endedByRecipient: false, endedAt: when }, base),
  ],
  [
    EMAIL_KINDS.weeklyDigest,
    weeklyDigestEmail.render(
      { recipientName: EVIL, week: "2026-W14", weekStarting: when, pendingApprovals: 3, awaitingMentor: 1, openRequests: 12, stalledPairs: 2, stalledAfterDays: 112, failedEmails: 0 },
      { ...base, unsubscribeUrl: unsubscribe },
    ),
  ],
];

describe("notification templates", () => {
  it("cover every kind sent through the outbox", () => {
    const all = Object.values(EMAIL_KINDS).filter((kind) => kind !== EMAIL_KINDS.signIn);
    expect(rendered.map(([kind]) => kind).sort()).toEqual([...all].sort());
    expect([...ESSENTIAL_KINDS, ...OPTIONAL_KINDS].sort()).toEqual(Object.values(EMAIL_KINDS).sort());
  });

  it.each(rendered)("%s: plain text and HTML, escaped, accessible, absolute links only", (kind, email) => {
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject.length).toBeGreaterThan(10);
    expect(email.text.length).toBeGreaterThan(100);
    expect(email.text).not.toMatch(/<(p|a|h1|ul|li|dl|dt|dd|div|br)\b/i); // plain text, not markup
    // HTML: a document with a language, one heading, no script or images; the hostile name is inert.
    expect(email.html.startsWith("<!doctype html>\n<html lang=\"en-GB\">")).toBe(true);
    expect(email.html.match(/<h1\b/g)).toHaveLength(1);
    expect(email.html).not.toMatch(/<script|<img|javascript:/i);
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot; &#39;Ltd&#39;");
    // Every link is absolute and has its own text.
    const links = [...email.html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, href, label] of links) {
      expect(href).toMatch(/^(https:\/\/mentoring\.example\.org\/|mailto:|tel:)/);
      expect(label.trim().length).toBeGreaterThan(2);
    }
    // The text part carries the same links as the HTML part (mail and phone as their addresses).
    for (const [, href, label] of links) expect(email.text).toContain(/^(mailto|tel):/.test(href) ? label : href.replace(/&amp;/g, "&"));
    // A name with a line break cannot start a line of its own (a fake "Bcc:" or a fake link).
    expect(email.text).not.toMatch(/^Bcc:/m);
    if (isEssentialKind(kind)) {
      expect(email.text).toContain("cannot be turned off");
      expect(email.text).not.toContain("/api/email/unsubscribe");
    } else {
      expect(email.text).toContain(`Stop emails like this:\n${unsubscribe}`);
    }
  });

  it("attaches the calendar file to the check-in scheduled and cancelled emails only", () => {
    for (const [kind, email] of rendered) {
      if (kind === EMAIL_KINDS.checkInScheduled || kind === EMAIL_KINDS.checkInCancelled) {
        expect(email.attachments).toEqual([expect.objectContaining({ filename: "check-in.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH" })]);
        expect(email.attachments![0].content).toContain("DTSTART;TZID=Europe/London:20260329T100000");
        expect(email.attachments![0].content.includes("STATUS:CANCELLED")).toBe(kind === EMAIL_KINDS.checkInCancelled);
      } else {
        expect(email.attachments).toBeUndefined();
      }
    }
  });

  it("links the proposal's accept and decline to /proposals/{id}, and the feedback to /relationships/{id}/feedback", () => {
    const proposal = rendered.find(([kind]) => kind === EMAIL_KINDS.proposalToMentor)![1];
    expect(proposal.html).toContain('href="https://mentoring.example.org/proposals/p1?respond=accept"');
    expect(proposal.html).toContain('href="https://mentoring.example.org/proposals/p1?respond=decline"');
    const ended = rendered.find(([kind]) => kind === EMAIL_KINDS.relationshipEnded)![1];
    expect(ended.html).toContain('href="https://mentoring.example.org/relationships/r1/feedback"');
    const digest = rendered.find(([kind]) => kind === EMAIL_KINDS.weeklyDigest)![1];
    expect(digest.text).toContain("3 proposed matches are waiting for your approval");
    expect(digest.html).toContain('href="https://mentoring.example.org/admin"');
    expect(digest.html).not.toContain("/admin/email"); // no failed mail, no link to it
  });

  it("puts both people's contact details in the introduction", () => {
    const match = rendered.find(([kind]) => kind === EMAIL_KINDS.matchConfirmed)![1];
    expect(match.subject.startsWith("Meet your coach: Dr <script>")).toBe(true);
    expect(match.html).toContain('href="mailto:coach@nhs.example"');
    expect(match.html).toContain('href="tel:+447700900000"');
    expect(match.text).toContain("Phone: +44 7700 900000");
  });

  it("refuses a link that is not web, mail or phone", () => {
    expect(() => safeUrl("javascript:alert(1)")).toThrow(/javascript/);
    expect(() => renderEmail({ subject: "s", heading: "h", blocks: [{ type: "actions", links: [{ label: "x", url: "data:text/html,hi" }] }], reason: "r" }, base)).toThrow();
    expect(safeUrl("https://mentoring.example.org/a b")).toBe("https://mentoring.example.org/a%20b");
  });
});
