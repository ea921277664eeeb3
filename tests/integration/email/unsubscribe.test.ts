// The RFC 8058 one-click unsubscribe endpoint, called as Next.js calls it (Request in, Response out),
// against the real database: POST unsubscribes, GET only asks, a bad token changes nothing.
import { afterAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/email/unsubscribe/route";
import { db } from "@/lib/db";
import { EMAIL_KINDS } from "@/lib/email/kinds";
import { unsubscribeUrlFor } from "@/lib/email/outbox";
import { createUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { createMember } from "../../factories";
import { APP_URL, SECRET, setEnv } from "./support/env";

const restore = setEnv({ NEXTAUTH_URL: APP_URL, NEXTAUTH_SECRET: SECRET });
afterAll(restore);

const oneClick = (url: string) =>
  POST(new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));

const optOuts = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).emailOptOuts;

describe("/api/email/unsubscribe", () => {
  it("POST (one click) turns off exactly that kind for exactly that member, once, with an audit row", async () => {
    const member = await createMember();
    const other = await createMember();
    const url = unsubscribeUrlFor(member.id, EMAIL_KINDS.mentoringNudge);
    expect(url.startsWith(`${APP_URL}/api/email/unsubscribe?token=`)).toBe(true);

    const response = await oneClick(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Mentoring nudges");
    expect(await optOuts(member.id)).toEqual([EMAIL_KINDS.mentoringNudge]);
    expect(await optOuts(other.id)).toEqual([]);

    // Mail clients may retry: a second POST changes nothing.
    expect((await oneClick(url)).status).toBe(200);
    expect(await optOuts(member.id)).toEqual([EMAIL_KINDS.mentoringNudge]);
    expect(await db().auditLog.findMany({ where: { action: "email.unsubscribe" } })).toEqual([
      expect.objectContaining({ actorId: member.id, entityId: member.id, data: { kind: EMAIL_KINDS.mentoringNudge, via: "one-click link" } }),
    ]);
  });

  it("GET shows an accessible page whose button POSTs, and changes nothing (link scanners follow links)", async () => {
    const member = await createMember();
    const url = unsubscribeUrlFor(member.id, EMAIL_KINDS.checkInDue);
    const response = await GET(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<form method="post" action="\/api\/email\/unsubscribe\?token=[^"]+">/);
    expect(html).toContain('<button type="submit">Unsubscribe from Check-in reminders emails</button>');
    expect(await optOuts(member.id)).toEqual([]);
  });

  it("refuses a tampered, foreign or missing token with 400 and a clear message, changing nothing", async () => {
    const member = await createMember({ emailOptOuts: [] });
    const good = new URL(unsubscribeUrlFor(member.id, EMAIL_KINDS.checkInDue)).searchParams.get("token")!;
    const [payload, signature] = good.split(".");
    const forged = createUnsubscribeToken({ userId: member.id, kind: EMAIL_KINDS.checkInDue }, "someone else's secret");
    const otherKind = Buffer.from(JSON.stringify([member.id, EMAIL_KINDS.weeklyDigest])).toString("base64url");
    const bad = [
      `${payload}.${signature.slice(0, -2)}xx`,
      `${otherKind}.${signature}`, // the signature of another kind
      forged,
      "not-a-token",
      "",
    ];
    for (const token of bad) {
      const url = `${APP_URL}/api/email/unsubscribe?token=${encodeURIComponent(token)}`;
      for (const response of [await oneClick(url), await GET(new Request(url))]) {
        expect(response.status, token).toBe(400);
        expect(await response.text()).toContain("This unsubscribe link is not valid");
      }
    }
    expect((await POST(new Request(`${APP_URL}/api/email/unsubscribe`, { method: "POST" }))).status).toBe(400);
    expect(await optOuts(member.id)).toEqual([]);
    expect(await db().auditLog.count()).toBe(0);
  });

  it("refuses a token for an essential kind: those cannot be turned off", async () => {
    const member = await createMember();
    const token = createUnsubscribeToken({ userId: member.id, kind: EMAIL_KINDS.matchConfirmed }, SECRET);
    const response = await oneClick(`${APP_URL}/api/email/unsubscribe?token=${token}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("essential and cannot be turned off");
    expect(await optOuts(member.id)).toEqual([]);
  });
});
