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
import { createGoalAction, updateGoalAction } from "@/lib/actions/goals";
import { createGoalSchema, GOAL_STATUS_LABELS, GOAL_STATUSES, updateGoalSchema, type GoalStatus } from "@/lib/validation/goals";

type CreateInput = z.input<typeof createGoalSchema>;
type CreateOutput = z.output<typeof createGoalSchema>;

export interface GoalFormValues {
  id: string;
  title: string;
  measure: string;
  /** "YYYY-MM-DD" (London), or "" for none. */
  targetDate: string;
  status: GoalStatus;
  progress: number;
}

/**
 * Adds a goal, or changes one (pass `goal`). One form for both, so the wording and checks match;
 * the schema differs only in the id it carries and whether a past target date is refused.
 */
export function GoalForm({ relationshipId, goal, today }: { relationshipId: string; goal?: GoalFormValues; today: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const editing = Boolean(goal);
  const schema = editing ? updateGoalSchema : createGoalSchema;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateInput, unknown, CreateOutput>({
    // Both schemas take the same fields; the edit one carries goalId instead of relationshipId.
    resolver: zodResolver(schema as typeof createGoalSchema),
    defaultValues: {
      ...(editing ? { goalId: goal!.id } : { relationshipId }),
      title: goal?.title ?? "",
      measure: goal?.measure ?? "",
      targetDate: goal?.targetDate ?? "",
      status: goal?.status ?? "NOT_STARTED",
      progress: goal?.progress ?? 0,
    } as CreateInput,
  });

  async function onSubmit(values: CreateOutput) {
    setFormError(undefined);
    const result = editing ? await updateGoalAction(values) : await createGoalAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push(`/relationships/${relationshipId}?saved=goal#goals`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label={editing ? "Change this goal" : "Add a goal"}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label="Your goal" hint="Specific: what you want to be able to do, for example “Chair a ward round confidently”." error={errors.title?.message} required>
        {(props) => <input {...props} {...register("title")} type="text" autoComplete="off" className={inputClass} />}
      </Field>
      <Field
        label="How you will know you have achieved it"
        hint="Measurable: what someone could see, for example “Chaired three ward rounds with positive feedback from the team”."
        error={errors.measure?.message}
        required
      >
        {(props) => <textarea {...props} {...register("measure")} rows={3} className={inputClass} />}
      </Field>
      <Field label="Target date" hint="When you aim to have achieved it." error={errors.targetDate?.message}>
        {(props) => <input {...props} {...register("targetDate")} type="date" min={editing ? undefined : today} className={`${inputClass} max-w-xs`} />}
      </Field>
      <ChoiceGroup
        legend="Where does it stand?"
        type="radio"
        name="status"
        columns={2}
        registration={register("status")}
        error={errors.status?.message}
        hint="Marking a goal achieved sets its progress to 100%."
        options={GOAL_STATUSES.map((status) => ({ value: status, label: GOAL_STATUS_LABELS[status] }))}
      />
      <Field label="Progress (%)" hint="A number from 0 to 100: your own estimate." error={errors.progress?.message} required>
        {(props) => <input {...props} {...register("progress")} type="number" min={0} max={100} step={5} inputMode="numeric" className={`${inputClass} max-w-32`} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : editing ? "Save changes" : "Add goal"}</Button>
        <Link href={`/relationships/${relationshipId}#goals`} className="font-medium text-brand-700 underline underline-offset-4">Cancel</Link>
      </div>
    </form>
  );
}
