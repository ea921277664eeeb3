// RFC 8058 one-click unsubscribe. Mail clients POST "List-Unsubscribe=One-Click" to the URL in the
// List-Unsubscribe header; people who click the link in the email get a page whose button POSTs.
// GET never changes anything: link scanners and previewers follow every link they see.
import { checkUnsubscribeToken, unsubscribeWithToken } from "@/lib/data/email";
import { env } from "@/lib/env";
import { appLink, EMAIL_PATHS } from "@/lib/email/links";
import { unsubscribeConfirmPage, unsubscribeDonePage, unsubscribeErrorPage } from "@/lib/email/unsubscribe-page";

export const dynamic = "force-dynamic";

const headers = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
  // The page has one inline style block, no script, and one form that posts back here.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

function tokenFrom(request: Request): string | null {
  return new URL(request.url).searchParams.get("token");
}

export async function GET(request: Request) {
  const token = tokenFrom(request);
  const result = await checkUnsubscribeToken(token);
  if (!result.ok) return new Response(unsubscribeErrorPage(result), { status: 400, headers });
  const actionUrl = `${EMAIL_PATHS.unsubscribe}?token=${encodeURIComponent(token!)}`;
  return new Response(unsubscribeConfirmPage({ label: result.label, actionUrl }), { status: 200, headers });
}

export async function POST(request: Request) {
  // The token travels in the URL (RFC 8058); a form that put it in the body works too.
  let token = tokenFrom(request);
  if (!token && request.headers.get("content-type")?.includes("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(await request.text());
    token = form.get("token");
  }
  const result = await unsubscribeWithToken(token);
  if (!result.ok) return new Response(unsubscribeErrorPage(result), { status: 400, headers });
  const preferencesUrl = appLink(env().NEXTAUTH_URL, EMAIL_PATHS.emailPreferences);
  return new Response(unsubscribeDonePage({ label: result.label, preferencesUrl }), { status: 200, headers });
}
