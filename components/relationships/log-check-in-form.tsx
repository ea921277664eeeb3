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
import { logCheckInAction } from "@/lib/actions/check-ins";
import { CHECK_IN_MODE_LABELS, CHECK_IN_MODES, DURATION_OPTIONS, logCheckInSchema } from "@/lib/validation/check-ins";
import { GOAL_STATUS_LABELS, GOAL_STATUSES, type GoalStatus } from "@/lib/validation/goals";
import { NOTE_VISIBILITIES, NOTE_VISIBILITY_LABELS } from "@/lib/validation/notes";
import type { BookingValues } from "./schedule-check-in-form";
import { formatMinutes } from "./words";

type Input = z.input<typeof logCheckInSchema>;
type Output = z.output<typeof logCheckInSchema>;

export interface LogGoal {
  id: string;
  title: string;
  status: GoalStatus;
  progress: number;
}

/**
 * Logs a check-in that happened. The mentee can move their goals with it (only changed goals are
 * sent); either person can add a note, private or shared.
 */
export function LogCheckInForm({
  relationshipId,
  checkInId,
  initial,
  goals,
  canUpdateGoals,
  otherRole,
  meetingWord,
  today,
}: {
  relationshipId: string;
  checkInId?: string;
  initial: BookingValues;
  goals: LogGoal[];
  canUpdateGoals: boolean;
  otherRole: string;
  meetingWord: string;
  today: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(logCheckInSchema),
    defaultValues: {
      relationshipId,
      checkInId: checkInId ?? null,
      ...initial,
      summary: "",
      goalUpdates: canUpdateGoals ? goals.map((g) => ({ goalId: g.id, status: g.status, progress: g.progress })) : [],
      note: "",
      noteVisibility: "PRIVATE",
    },
  });

  async function onSubmit(values: Output) {
    setFormError(undefined);
    const changed = values.goalUpdates.filter((u) => {
      const before = goals.find((g) => g.id === u.goalId);
      return !before || before.status !== u.status || before.progress !== u.progress;
    });
    const result = await logCheckInAction({ ...values, goalUpdates: changed });
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push(`/relationships/${relationshipId}?logged=${encodeURIComponent(result.data.id)}#check-ins`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label={`Log a ${meetingWord}`}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">When you met</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Date" error={errors.date?.message} required>
            {(props) => <input {...props} {...register("date")} type="date" max={today} className={inputClass} />}
          </Field>
          <Field label="Start time (UK time)" error={errors.time?.message} required>
            {(props) => <input {...props} {...register("time")} type="time" step={300} className={inputClass} />}
          </Field>
        </div>
        <Field label="How long it lasted" error={errors.durationMinutes?.message} required>
          {(props) => (
            <select {...props} {...register("durationMinutes")} className={`${inputClass} max-w-xs`}>
              {DURATION_OPTIONS.map((minutes) => (
                <option key={minutes} value={minutes}>{formatMinutes(minutes)}</option>
              ))}
            </select>
          )}
        </Field>
        <ChoiceGroup
          legend="How you met"
          type="radio"
          name="meetingMode"
          columns={2}
          registration={register("meetingMode")}
          error={errors.meetingMode?.message}
          options={CHECK_IN_MODES.map((mode) => ({ value: mode, label: CHECK_IN_MODE_LABELS[mode] }))}
        />
      </fieldset>

      <Field
        label="Summary"
        hint={`A few lines you both can read: what you covered and what happens next. Keep anything private for a private note below.`}
        error={errors.summary?.message}
        required
      >
        {(props) => <textarea {...props} {...register("summary")} rows={4} className={inputClass} />}
      </Field>

      {goals.length > 0 && (
        <fieldset className="space-y-4 rounded-md border border-brand-100 p-4">
          <legend className="px-1 text-lg font-semibold">Progress on goals</legend>
          {canUpdateGoals ? (
            <>
              <p className="text-sm text-muted">Move any goal this {meetingWord} moved on. Goals you leave as they are stay unchanged.</p>
              {errors.goalUpdates?.message && <p role="alert" className="text-sm font-medium text-red-700">{errors.goalUpdates.message}</p>}
              {goals.map((goal, index) => (
                <div key={goal.id} className="space-y-2 border-t border-brand-100 pt-3 first-of-type:border-t-0 first-of-type:pt-0">
                  <p className="font-medium">{goal.title}</p>
                  <input type="hidden" {...register(`goalUpdates.${index}.goalId`)} />
                  <div className="grid gap-4 sm:grid-cols-2">
                    <Field label={`Status: ${goal.title}`} error={errors.goalUpdates?.[index]?.status?.message} required>
                      {(props) => (
                        <select {...props} {...register(`goalUpdates.${index}.status`)} className={inputClass}>
                          {GOAL_STATUSES.map((status) => (
                            <option key={status} value={status}>{GOAL_STATUS_LABELS[status]}</option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field label={`Progress (%): ${goal.title}`} error={errors.goalUpdates?.[index]?.progress?.message} required>
                      {(props) => <input {...props} {...register(`goalUpdates.${index}.progress`)} type="number" min={0} max={100} step={5} inputMode="numeric" className={inputClass} />}
                    </Field>
                  </div>
                </div>
              ))}
            </>
          ) : (
            <p className="text-sm text-muted">Goals belong to your {otherRole}, who records progress on them.</p>
          )}
        </fieldset>
      )}

      <fieldset className="space-y-4 rounded-md border border-brand-100 p-4">
        <legend className="px-1 text-lg font-semibold">A note for yourself or both of you</legend>
        <Field label="Your note" hint="Reflections, things to remember, actions for yourself." error={errors.note?.message}>
          {(props) => <textarea {...props} {...register("note")} rows={4} className={inputClass} />}
        </Field>
        <ChoiceGroup
          legend="Who can read the note?"
          type="radio"
          name="noteVisibility"
          registration={register("noteVisibility")}
          error={errors.noteVisibility?.message}
          options={NOTE_VISIBILITIES.map((v) => ({ value: v, label: NOTE_VISIBILITY_LABELS[v].label, description: NOTE_VISIBILITY_LABELS[v].description }))}
        />
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : `Log ${meetingWord}`}</Button>
        <Link href={`/relationships/${relationshipId}#check-ins`} className="font-medium text-brand-700 underline underline-offset-4">Cancel</Link>
      </div>
    </form>
  );
}
