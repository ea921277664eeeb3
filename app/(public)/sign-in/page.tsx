import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { rateLimitMessage, SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const initialError = params.error === "RateLimited" ? rateLimitMessage(params.retryAfter ?? null) : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">Sign in</h1>
      <p className="text-muted">
        Enter the email address you use for the college. If you are new, we will set up your account when you follow
        the link.
      </p>
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
    </div>
  );
}
