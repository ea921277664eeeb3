import "server-only";
import { randomUUID } from "node:crypto";
import { deliverEmail } from "./transport";

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The magic-link email. Sent at once rather than through the outbox: the person is waiting at the
 * screen, and if it fails they can simply ask again.
 */
export async function sendSignInLink({ to, url, expires }: { to: string; url: string; expires: Date }) {
  const minutes = Math.round((expires.getTime() - Date.now()) / 60_000);
  const text = [
    "Sign in to Coaching and Mentoring",
    "",
    "Use this link to sign in. It works once, only for this email address, and expires in " + `${minutes} minutes:`,
    "",
    url,
    "",
    "If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.",
  ].join("\n");
  const html = `<!doctype html><html lang="en-GB"><body style="font-family:Arial,sans-serif;color:#1c2430;line-height:1.5">
<h1 style="font-size:20px;color:#134842">Sign in to Coaching and Mentoring</h1>
<p>Use this link to sign in. It works once, only for this email address, and expires in ${minutes} minutes.</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#185a54;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none">Sign in</a></p>
<p style="font-size:13px;color:#4b5563">Or paste this address into your browser:<br>${escapeHtml(url)}</p>
<p style="font-size:13px;color:#4b5563">If you did not ask to sign in, you can ignore this email.</p>
</body></html>`;
  await deliverEmail({
    to,
    subject: "Your sign-in link",
    text,
    html,
    messageId: `<sign-in.${randomUUID()}@mentoring.local>`,
  });
}
