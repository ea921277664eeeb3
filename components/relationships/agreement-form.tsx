"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { saveAgreementAction } from "@/lib/actions/relationships";
import { agreementSchema } from "@/lib/validation/relationships";

type Input = z.input<typeof agreementSchema>;
type Output = z.output<typeof agreementSchema>;

export interface AgreementValues {
  expectations: string;
  meetingFrequency: string;
  confidentiality: string;
  plannedEndDate: string;
}

export function AgreementForm({
  relationshipId,
  initial,
  otherName,
  endHint,
  today,
}: {
  relationshipId: string;
  initial: AgreementValues;
  otherName: string;
  endHint: string;
  today: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({ resolver: zodResolver(agreementSchema), defaultValues: { relationshipId, ...initial } });

  async function onSubmit(values: Output) {
    setFormError(undefined);
    const result = await saveAgreementAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push(`/relationships/${relationshipId}?saved=agreement#agreement`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label="Your agreement">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label="What you expect of each other" hint="For example: preparation before meetings, how to get in touch between them, what each of you brings." error={errors.expectations?.message} required>
        {(props) => <textarea {...props} {...register("expectations")} rows={5} className={inputClass} />}
      </Field>
      <Field label="How often you will meet" hint="For example: “Every six to eight weeks, online, for an hour”." error={errors.meetingFrequency?.message} required>
        {(props) => <input {...props} {...register("meetingFrequency")} type="text" className={inputClass} />}
      </Field>
      <Field label="Confidentiality" hint="What stays between you, and the rare exceptions." error={errors.confidentiality?.message} required>
        {(props) => <textarea {...props} {...register("confidentiality")} rows={4} className={inputClass} />}
      </Field>
      <Field label="Planned end" hint={endHint} error={errors.plannedEndDate?.message}>
        {(props) => <input {...props} {...register("plannedEndDate")} type="date" min={today} className={`${inputClass} max-w-xs`} />}
      </Field>
      <p className="text-sm text-muted">Saving counts as your confirmation. If you change anything, {otherName} is asked to confirm it again.</p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save and confirm"}</Button>
        <Link href={`/relationships/${relationshipId}#agreement`} className="font-medium text-brand-700 underline underline-offset-4">Cancel</Link>
      </div>
    </form>
  );
}
