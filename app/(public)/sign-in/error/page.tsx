import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem" };

const messages: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "This sign-in link no longer works",
    body: "Sign-in links work once and expire after 10 minutes. It may already have been used, perhaps by your email's link scanner. Ask for a new one.",
  },
  AccessDenied: {
    title: "You cannot sign in with this account",
    body: "This account has been disabled. If you think this is a mistake, contact the programme team.",
  },
  EmailSignin: {
    title: "We could not send a sign-in link",
    body: "Please check the email address and try again.",
  },
};

const fallback = { title: "Something went wrong signing you in", body: "Please try again." };

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = (error && messages[error]) || fallback;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold text-brand-800">{message.title}</h1>
      <p>{message.body}</p>
      <Link href="/sign-in" className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Ask for a new sign-in link
      </Link>
    </div>
  );
}
