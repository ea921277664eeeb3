import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listCapturedEmails } from "@/lib/data/dev-mailbox";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Development only: shows mail captured when SMTP_URL is not set. A production build answers 404. */
export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (process.env.NODE_ENV === "production") notFound();
  const { to } = await searchParams;
  const emails = await listCapturedEmails(to);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">Development mailbox</h1>
      <p className="text-muted">
        Mail is captured here because SMTP_URL is not set. {to ? `Showing mail to ${to}.` : "Newest first, last 50."}
      </p>
      {emails.length === 0 && <p>No mail yet. Ask for a sign-in link and it will appear here.</p>}
      <ol className="space-y-4">
        {emails.map((email) => (
          <li key={email.id} className="rounded-lg border border-brand-100 bg-white p-4">
            <h2 className="font-semibold">{email.subject}</h2>
            <p className="text-sm text-muted">
              To {email.toAddress} · {email.createdAt.toLocaleString("en-GB", { timeZone: "Europe/London" })}
            </p>
            <div className="mt-3 whitespace-pre-wrap break-words font-mono text-sm">
              {email.text.split(URL_PATTERN).map((part, index) =>
                index % 2 === 1 ? (
                  <a key={index} href={part} className="text-brand-700 underline">
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
