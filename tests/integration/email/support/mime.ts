// Just enough MIME (RFC 2045–2047) to read what nodemailer sends: headers, nested multiparts,
// base64 and quoted-printable bodies, encoded-word subjects. No parsing library is installed,
// and this small one keeps the assertions about the real bytes on the wire.

export interface MimePart {
  headers: Record<string, string>;
  contentType: string;
  /** The decoded body (UTF-8). */
  body: string;
  /** Filename from Content-Disposition or Content-Type, if any. */
  filename: string | null;
  parts: MimePart[];
}

function splitHeadAndBody(raw: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return [raw, ""];
  return [raw.slice(0, match.index), raw.slice(match.index + match[0].length)];
}

export function parseHeaders(head: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

function param(value: string, name: string): string | null {
  const match = new RegExp(`${name}\\*?=("([^"]*)"|[^;\\s]+)`, "i").exec(value);
  return match ? (match[2] ?? match[1]) : null;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const unwrapped = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < unwrapped.length; i++) {
    const char = unwrapped[i];
    if (char === "=" && /^[0-9A-Fa-f]{2}$/.test(unwrapped.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unwrapped.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? "7bit").toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=), as nodemailer writes non-ASCII subjects. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

export function parseMime(raw: string): MimePart {
  const [head, rawBody] = splitHeadAndBody(raw);
  const headers = parseHeaders(head);
  const contentType = (headers["content-type"] ?? "text/plain").split(";")[0].trim().toLowerCase();
  const filename = param(headers["content-disposition"] ?? "", "filename") ?? param(headers["content-type"] ?? "", "name");
  if (contentType.startsWith("multipart/")) {
    const boundary = param(headers["content-type"], "boundary");
    if (!boundary) throw new Error("multipart without a boundary");
    const sections = rawBody.split(`--${boundary}`);
    const parts = sections
      .slice(1)
      .filter((section) => !section.startsWith("--"))
      .map((section) => parseMime(section.replace(/^\r?\n/, "").replace(/\r?\n$/, "")));
    return { headers, contentType, body: "", filename, parts };
  }
  return { headers, contentType, body: decodeBody(rawBody, headers["content-transfer-encoding"]), filename, parts: [] };
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

export function readMessage(raw: string) {
  const root = parseMime(raw);
  const all = leaves(root);
  const text = all.find((p) => p.contentType === "text/plain" && !p.filename)?.body ?? null;
  const html = all.find((p) => p.contentType === "text/html" && !p.filename)?.body ?? null;
  const attachments = all.filter((p) => p.filename);
  return { headers: root.headers, subject: decodeEncodedWords(root.headers.subject ?? ""), text, html, attachments };
}
