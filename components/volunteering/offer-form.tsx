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
import { saveOfferAction, withdrawOfferAction } from "@/lib/actions/volunteering";
import type { ReferenceOptions } from "@/lib/data/reference";
import type { OfferDto } from "@/lib/data/volunteering";
import { MEETING_MODE_LABELS, MEETING_MODES } from "@/lib/validation/common";
import { offerSchema } from "@/lib/validation/volunteering";

type Input = z.input<typeof offerSchema>;
type Output = z.output<typeof offerSchema>;

export function OfferForm({ mode, offer, options }: { mode: "MENTORING" | "COACHING"; offer: OfferDto | undefined; options: ReferenceOptions }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const noun = mode === "MENTORING" ? "mentees" : "coachees";
  const prefix = mode.toLowerCase();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(offerSchema),
    defaultValues: {
      mode,
      capacity: offer?.capacity ?? 1,
      acceptedGradeRanks: (offer?.acceptedGradeRanks ?? []).map(String) as unknown as number[],
      developmentAreaIds: offer?.developmentAreaIds ?? [],
      meetingMode: offer?.meetingMode ?? "EITHER",
    },
  });

  async function onSubmit(values: Output) {
    setMessage(undefined);
    const result = await saveOfferAction(values);
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(result.error, setError) });
    setMessage({ tone: "success", text: values.capacity === 0 ? "Saved. You are paused: no new matches until you raise your capacity." : "Saved. Thank you for volunteering." });
    router.refresh();
  }

  async function onWithdraw() {
    const result = await withdrawOfferAction({ mode });
    if (!result.ok) return setMessage({ tone: "error", text: result.error.message });
    setMessage({ tone: "success", text: "You are no longer volunteering for this. Current pairs carry on." });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5" aria-label={mode === "MENTORING" ? "Mentoring offer" : "Coaching offer"}>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <input type="hidden" {...register("mode")} />
      {offer && (
        <p className="text-muted">
          You are {offer.capacity === 0 ? "paused" : `supporting ${offer.activeCount} of up to ${offer.capacity}`} {noun}.
        </p>
      )}
      <Field label={`How many ${noun} at once?`} hint="0 pauses new matches. Lowering it never ends a current pair." error={errors.capacity?.message} required>
        {(props) => <input {...props} {...register("capacity")} type="number" min={0} max={10} inputMode="numeric" className={`${inputClass} max-w-32`} />}
      </Field>
      <ChoiceGroup legend="Which grades will you take?" hint="Leave all unticked for any grade." type="checkbox" name={`${prefix}-grades`}
        registration={register("acceptedGradeRanks")} error={errors.acceptedGradeRanks?.message} columns={2}
        options={options.grades.map((grade) => ({ value: String(grade.rank), label: grade.name }))} />
      <ChoiceGroup legend={mode === "COACHING" ? "Development areas you can coach" : "What you can help with"} type="checkbox" name={`${prefix}-areas`}
        registration={register("developmentAreaIds")} error={errors.developmentAreaIds?.message} columns={2}
        options={options.developmentAreas.map((area) => ({ value: area.id, label: area.name }))} />
      <ChoiceGroup legend="How will you meet?" type="radio" name={`${prefix}-meeting`} registration={register("meetingMode")} error={errors.meetingMode?.message} columns={3}
        options={MEETING_MODES.map((m) => ({ value: m, label: MEETING_MODE_LABELS[m] }))} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : offer ? "Save changes" : `Offer to ${mode === "MENTORING" ? "mentor" : "coach"}`}</Button>
        {offer && <Button variant="secondary" onClick={onWithdraw}>Stop volunteering for {mode === "MENTORING" ? "mentoring" : "coaching"}</Button>}
      </div>
    </form>
  );
}
