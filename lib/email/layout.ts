// One renderer for every notification: a template describes its content as blocks, and this turns
// them into a plain-text part and an HTML part that say the same thing. Escaping happens here and
// only here, so no template can forget it. The HTML is simple semantic markup with inline styles:
// it reads well in any client, with images off, and with a screen reader (lang set, real headings,
// links with their own words).

export interface EmailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
}

export interface RenderContext {
  /** The app's public URL (NEXTAUTH_URL). */
  appUrl: string;
  /** One-click unsubscribe page for this kind and recipient; absent for essential mail. */
  unsubscribeUrl?: string;
  /** The member's email preferences page. */
  preferencesUrl?: string;
}

export interface LinkItem {
  label: string;
  url: string;
}

export type Block =
  | { type: "paragraph"; text: string }
  | { type: "list"; items: string[] }
  | { type: "details"; rows: { term: string; value: string; url?: string }[] }
  | { type: "actions"; links: LinkItem[] };

export interface EmailContent {
  subject: string;
  heading: string;
  greeting?: string;
  blocks: Block[];
  /** Why the person gets this email; the unsubscribe line follows for non-essential mail. */
  reason: string;
  attachments?: EmailAttachment[];
}

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Only web, mail and phone links; anything else (javascript:, data:) is a bug, so it throws. */
export function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (!["https:", "http:", "mailto:", "tel:"].includes(parsed.protocol)) throw new Error(`Refusing to put a ${parsed.protocol} link in an email.`);
  return parsed.toString();
}

/** Header values must be one line: a name with a newline must not start a new header. */
export const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();

export function greetingFor(name: string | null | undefined): string {
  const clean = name ? oneLine(name) : "";
  return clean ? `Dear ${clean},` : "Hello,";
}

const COLORS = { text: "#1c2430", heading: "#134842", muted: "#4b5563", button: "#185a54", rule: "#d1d5db" };

// In the text part, values (names, free text) stay on their line: a line break in a name must not
// start a line that looks like something else.
function textBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return oneLine(block.text);
    case "list":
      return block.items.map((item) => `- ${oneLine(item)}`).join("\n");
    case "details":
      return block.rows.map((row) => `${oneLine(row.term)}: ${oneLine(row.value)}`).join("\n");
    case "actions":
      return block.links.map((link) => `${link.label}:\n${safeUrl(link.url)}`).join("\n\n");
  }
}

function htmlBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul style="margin:0 0 16px;padding-left:24px">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "details":
      return `<dl style="margin:0 0 16px">${block.rows
        .map((row) => {
          const value = row.url ? `<a href="${escapeHtml(safeUrl(row.url))}" style="color:${COLORS.button}">${escapeHtml(row.value)}</a>` : escapeHtml(row.value);
          return `<dt style="font-weight:bold;margin-top:8px">${escapeHtml(row.term)}</dt><dd style="margin:0">${value}</dd>`;
        })
        .join("")}</dl>`;
    case "actions":
      return `<p style="margin:0 0 16px">${block.links
        .map(
          (link) =>
            `<a href="${escapeHtml(safeUrl(link.url))}" style="display:inline-block;background:${COLORS.button};color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;margin:0 8px 8px 0">${escapeHtml(link.label)}</a>`,
        )
        .join(" ")}</p>`;
  }
}

export function renderEmail(content: EmailContent, ctx: RenderContext): RenderedEmail {
  const subject = oneLine(content.subject);
  const footerText: string[] = [content.reason];
  const footerHtml: string[] = [`<p style="margin:0 0 8px">${escapeHtml(content.reason)}</p>`];
  if (ctx.unsubscribeUrl) {
    footerText.push(`Stop emails like this:\n${safeUrl(ctx.unsubscribeUrl)}`);
    footerHtml.push(`<p style="margin:0 0 8px"><a href="${escapeHtml(safeUrl(ctx.unsubscribeUrl))}" style="color:${COLORS.muted}">Stop emails like this</a></p>`);
  } else {
    footerText.push("This is an essential message about your place in the programme, so it cannot be turned off.");
    footerHtml.push(`<p style="margin:0 0 8px">This is an essential message about your place in the programme, so it cannot be turned off.</p>`);
  }
  if (ctx.preferencesUrl) {
    footerText.push(`Choose which emails you get:\n${safeUrl(ctx.preferencesUrl)}`);
    footerHtml.push(`<p style="margin:0"><a href="${escapeHtml(safeUrl(ctx.preferencesUrl))}" style="color:${COLORS.muted}">Choose which emails you get</a></p>`);
  }

  const text = [
    oneLine(content.heading),
    "",
    ...(content.greeting ? [content.greeting, ""] : []),
    content.blocks.map(textBlock).join("\n\n"),
    "",
    "--",
    "RCPsych Coaching and Mentoring",
    footerText.join("\n\n"),
    "",
  ].join("\n");

  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:${COLORS.text}">
<p style="margin:0 0 16px;font-size:14px;color:${COLORS.muted}">RCPsych Coaching and Mentoring</p>
<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px;color:${COLORS.heading}">${escapeHtml(content.heading)}</h1>
${content.greeting ? `<p style="margin:0 0 16px">${escapeHtml(content.greeting)}</p>\n` : ""}${content.blocks.map(htmlBlock).join("\n")}
<hr style="border:none;border-top:1px solid ${COLORS.rule};margin:24px 0 16px">
<div style="font-size:13px;color:${COLORS.muted}">
${footerHtml.join("\n")}
</div>
</div>
</body>
</html>
`;
  return { subject, text, html, ...(content.attachments?.length ? { attachments: content.attachments } : {}) };
}
