"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { signInEmailSchema, type SignInEmailInput } from "@/lib/validation/email";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | undefined>(initialError);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInEmailInput>({ resolver: zodResolver(signInEmailSchema) });

  async function onSubmit({ email }: SignInEmailInput) {
    setFormError(undefined);
    const result = await signIn("email", { email, callbackUrl, redirect: false });
    // next-auth's client keeps only the error code from the redirect, not its retryAfter.
    if (result?.error === "RateLimited") {
      setFormError(rateLimitMessage(null));
      return;
    }
    const target = result?.url ? new URL(result.url, window.location.origin) : null;
    if (!result || result.error || !target) {
      setFormError("We could not send a sign-in link just now. Please check the address and try again.");
      return;
    }
    router.push(`${target.pathname}?email=${encodeURIComponent(email.trim())}`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label="Email address" hint="We will email you a link that signs you in. No password needed." error={errors.email?.message} required>
        {(props) => <input {...props} {...register("email")} type="email" autoComplete="email" inputMode="email" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}

export function rateLimitMessage(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null;
  return minutes
    ? `Too many sign-in requests. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`
    : "Too many sign-in requests. Please wait up to 15 minutes and try again.";
}
