import type { Metadata } from "next";
import Link from "next/link";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold text-brand-800">Check your email</h1>
      <p>
        If {email ? <strong>{email}</strong> : "that address"} can sign in, a link is on its way. It works once and
        expires in {SIGN_IN_LINK_MINUTES} minutes.
      </p>
      <p className="text-muted">
        Nothing arrived? Check your junk folder, or <Link href="/sign-in" className="text-brand-700 underline">ask for another link</Link>.
      </p>
      {process.env.NODE_ENV !== "production" && (
        <p className="rounded-md bg-brand-50 p-3 text-sm">
          Development: without SMTP_URL, emails are captured in the <Link href="/dev/mailbox" className="text-brand-700 underline">development mailbox</Link>.
        </p>
      )}
    </div>
  );
}
