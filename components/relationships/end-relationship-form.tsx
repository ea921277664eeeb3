"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { endRelationshipAction } from "@/lib/actions/relationships";
import { END_REASON_LABELS, END_REASONS, endCoachingSchema, endRelationshipSchema } from "@/lib/validation/relationships";

type Input = z.input<typeof endRelationshipSchema>;
type Output = z.output<typeof endRelationshipSchema>;

export function EndRelationshipForm({
  relationshipId,
  mode,
  area,
  activity,
}: {
  relationshipId: string;
  mode: "MENTORING" | "COACHING";
  area: string | null;
  activity: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const coaching = mode === "COACHING";
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(coaching ? endCoachingSchema : endRelationshipSchema),
    defaultValues: { relationshipId, detail: "", coachingOutcome: "" },
  });
  const reasons = END_REASONS.filter((r) => (coaching ? r !== "GOALS_MET" : r !== "SESSIONS_COMPLETE"));

  async function onSubmit(values: Output) {
    setFormError(undefined);
    const result = await endRelationshipAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push(`/relationships/${relationshipId}/feedback?ended=1`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label={`End the ${activity}`}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <ChoiceGroup
        legend="Why is it ending?"
        hint="Relationships end for many reasons. No fault is implied, and your partner sees the reason you choose."
        type="radio"
        name="reason"
        registration={register("reason")}
        error={errors.reason?.message}
        options={reasons.map((r) => ({ value: r, label: END_REASON_LABELS[r] }))}
      />
      <Field label="Anything to add" hint="Seen by both of you and the programme lead. Required if you chose “Another reason”." error={errors.detail?.message}>
        {(props) => <textarea {...props} {...register("detail")} rows={3} className={inputClass} />}
      </Field>
      {coaching && (
        <Field
          label={area ? `Outcome for ${area}` : "Outcome of the coaching"}
          hint="What changed for the development area you worked on. It goes into both your records for appraisal."
          error={errors.coachingOutcome?.message}
          required
        >
          {(props) => <textarea {...props} {...register("coachingOutcome")} rows={4} className={inputClass} />}
        </Field>
      )}
      <Alert tone="warning">
        Any {coaching ? "sessions" : "check-ins"} still booked will be cancelled. You will both get an email, and the goals, check-ins and notes stay available for your records.
      </Alert>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="danger" disabled={isSubmitting}>{isSubmitting ? "Ending…" : `End the ${activity}`}</Button>
        <Link href={`/relationships/${relationshipId}`} className="font-medium text-brand-700 underline underline-offset-4">Keep going</Link>
      </div>
    </form>
  );
}
