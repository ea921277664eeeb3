// The tiny pages the unsubscribe endpoint answers with. Plain HTML (no app shell, no script), so
// it works from any mail client's browser. GET only ever shows a button; the button POSTs.
import { escapeHtml } from "./layout";

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – RCPsych Coaching and Mentoring</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1c2430;max-width:36rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.5rem;color:#134842}
button{font:inherit;background:#185a54;color:#fff;border:0;border-radius:6px;padding:.6rem 1.2rem;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
a{color:#185a54}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

export function unsubscribeConfirmPage({ label, actionUrl }: { label: string; actionUrl: string }): string {
  return page(
    "Stop these emails?",
    `<p>You will no longer get <strong>${escapeHtml(label)}</strong> emails from RCPsych Coaching and Mentoring. Essential emails about your place in the programme still arrive.</p>
<form method="post" action="${escapeHtml(actionUrl)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe from ${escapeHtml(label)} emails</button>
</form>`,
  );
}

export function unsubscribeDonePage({ label, preferencesUrl }: { label: string; preferencesUrl: string }): string {
  return page(
    "You are unsubscribed",
    `<p>You will no longer get <strong>${escapeHtml(label)}</strong> emails. You can turn them back on at any time from <a href="${escapeHtml(preferencesUrl)}">your email preferences</a>.</p>`,
  );
}

export function unsubscribeErrorPage({ message }: { message: string }): string {
  return page("We could not unsubscribe you", `<p role="alert">${escapeHtml(message)}</p><p>Nothing has been changed.</p>`);
}
