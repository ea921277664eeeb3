"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { updateProgrammeSettingsAction } from "@/lib/actions/settings";
import { programmeNumbersSchema, type ProgrammeNumbers } from "@/lib/validation/settings";

type Input = z.input<typeof programmeNumbersSchema>;

const FIELDS: { name: Exclude<keyof ProgrammeNumbers, "menteeShortlistEnabled">; label: string; hint: string }[] = [
  { name: "requestExpiryDays", label: "A request stays open for (days)", hint: "Unmatched requests expire after this; the member can ask again." },
  { name: "requestExpiryWarningDays", label: "Warn before expiry (days)", hint: "An email this many days before a request expires." },
  { name: "mentorResponseDays", label: "A mentor has to answer within (days)", hint: "After that the proposal lapses and the request returns to the pool." },
  { name: "coachingSessionsDefault", label: "Coaching sessions", hint: "The usual number of sessions in a coaching relationship." },
  { name: "coachingPeriodDays", label: "Coaching period (days)", hint: "How long a coaching relationship is planned to last." },
  { name: "nudgeAfterDays", label: "Nudge a quiet mentoring pair after (days)", hint: "No check-in for this long sends a gentle email." },
  { name: "stalledAfterDays", label: "Show a pair as stalled after (days)", hint: "Listed on the programme overview." },
];

export function ProgrammeNumbersForm({ current }: { current: ProgrammeNumbers }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, ProgrammeNumbers>({ resolver: zodResolver(programmeNumbersSchema), defaultValues: current });

  async function onSubmit(values: ProgrammeNumbers) {
    const result = await updateProgrammeSettingsAction(values);
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(result.error, setError) });
    setMessage({ tone: "success", text: "Programme settings saved." });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <Field key={field.name} label={field.label} hint={field.hint} error={errors[field.name]?.message} required>
            {(props) => <input {...props} {...register(field.name)} type="number" inputMode="numeric" className={`${inputClass} max-w-32`} />}
          </Field>
        ))}
      </div>
      <div className="flex items-start gap-2">
        <input id="menteeShortlistEnabled" type="checkbox" {...register("menteeShortlistEnabled")} className="mt-1 h-4 w-4 accent-brand-700" />
        <label htmlFor="menteeShortlistEnabled">
          Let mentees see and rank their shortlist
          <span className="block text-sm text-muted">Off by default. Mentees see their five best matches with explanations and rank them; you still approve every match.</span>
        </label>
      </div>
      <Button type="submit" disabled={isSubmitting}>Save programme settings</Button>
    </form>
  );
}
