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
import { rescheduleCheckInAction, scheduleCheckInAction } from "@/lib/actions/check-ins";
import { CHECK_IN_MODE_LABELS, CHECK_IN_MODES, DURATION_OPTIONS, scheduleCheckInSchema } from "@/lib/validation/check-ins";
import { formatMinutes } from "./words";

type Input = z.input<typeof scheduleCheckInSchema>;
type Output = z.output<typeof scheduleCheckInSchema>;

export interface BookingValues {
  date: string;
  time: string;
  durationMinutes: number;
  meetingMode: "ONLINE" | "IN_PERSON";
}

/**
 * Books a check-in, or moves a booked one (pass `checkInId`). Times are UK time: the server turns
 * the date and time into an instant in Europe/London, so a booking across a clock change keeps
 * the time both people agreed.
 */
export function ScheduleCheckInForm({
  relationshipId,
  checkInId,
  initial,
  today,
  submitLabel,
}: {
  relationshipId: string;
  checkInId?: string;
  initial: BookingValues;
  today: string;
  submitLabel: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(scheduleCheckInSchema),
    defaultValues: { relationshipId, ...initial },
  });

  async function onSubmit(values: Output) {
    setFormError(undefined);
    const { relationshipId: _relationshipId, ...booking } = values;
    const result = checkInId ? await rescheduleCheckInAction({ checkInId, ...booking }) : await scheduleCheckInAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push(`/relationships/${relationshipId}?booked=${encodeURIComponent(result.data.id)}#check-ins`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label={checkInId ? "Move this check-in" : "Book a check-in"}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Date" error={errors.date?.message} required>
          {(props) => <input {...props} {...register("date")} type="date" min={today} className={inputClass} />}
        </Field>
        <Field label="Start time (UK time)" hint="24-hour clock, for example 17:30." error={errors.time?.message} required>
          {(props) => <input {...props} {...register("time")} type="time" step={300} className={inputClass} />}
        </Field>
      </div>
      <Field label="Length" error={errors.durationMinutes?.message} required>
        {(props) => (
          <select {...props} {...register("durationMinutes")} className={`${inputClass} max-w-xs`}>
            {DURATION_OPTIONS.map((minutes) => (
              <option key={minutes} value={minutes}>{formatMinutes(minutes)}</option>
            ))}
          </select>
        )}
      </Field>
      <ChoiceGroup
        legend="How will you meet?"
        type="radio"
        name="meetingMode"
        columns={2}
        registration={register("meetingMode")}
        error={errors.meetingMode?.message}
        options={CHECK_IN_MODES.map((mode) => ({ value: mode, label: CHECK_IN_MODE_LABELS[mode] }))}
      />
      <p className="text-sm text-muted">Both of you will get an email with a calendar invitation, and a reminder the day before.</p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Booking…" : submitLabel}</Button>
        <Link href={`/relationships/${relationshipId}#check-ins`} className="font-medium text-brand-700 underline underline-offset-4">Cancel</Link>
      </div>
    </form>
  );
}
