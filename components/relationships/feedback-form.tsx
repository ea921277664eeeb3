"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { submitFeedbackAction } from "@/lib/actions/relationships";
import { feedbackSchema, SATISFACTION_LABELS } from "@/lib/validation/relationships";

type Input = z.input<typeof feedbackSchema>;
type Output = z.output<typeof feedbackSchema>;

export function FeedbackForm({ relationshipId, activity }: { relationshipId: string; activity: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({ resolver: zodResolver(feedbackSchema), defaultValues: { relationshipId, comment: "" } });

  async function onSubmit(values: Output) {
    setFormError(undefined);
    const result = await submitFeedbackAction({ ...values, wouldRecommend: values.wouldRecommend ? "yes" : "no" });
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push(`/relationships/${relationshipId}?saved=feedback`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label="Feedback">
      {formError && <Alert tone="error">{formError}</Alert>}
      <ChoiceGroup
        legend={`Overall, how satisfied were you with the ${activity}?`}
        type="radio"
        name="satisfaction"
        columns={3}
        registration={register("satisfaction")}
        error={errors.satisfaction?.message}
        options={([1, 2, 3, 4, 5] as const).map((n) => ({ value: String(n), label: SATISFACTION_LABELS[n] }))}
      />
      <ChoiceGroup
        legend={`Would you recommend the college's ${activity} to a colleague?`}
        type="radio"
        name="wouldRecommend"
        columns={2}
        registration={register("wouldRecommend")}
        error={errors.wouldRecommend?.message}
        options={[{ value: "yes", label: "Yes" }, { value: "no", label: "No" }]}
      />
      <Field
        label="Anything you would like the programme lead to know"
        hint="Only the programme lead reads this, together with everyone else's feedback. Your partner never sees it."
        error={errors.comment?.message}
      >
        {(props) => <textarea {...props} {...register("comment")} rows={5} className={inputClass} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Sending…" : "Send feedback"}</Button>
    </form>
  );
}
