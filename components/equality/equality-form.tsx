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
import { saveEqualityAction, withdrawEqualityAction } from "@/lib/actions/equality";
import type { EqualityDto } from "@/lib/data/equality";
import { equalitySchema, GENDER_OPTIONS } from "@/lib/validation/equality";

type Input = z.input<typeof equalitySchema>;
type Output = z.output<typeof equalitySchema>;

const toChoice = (value: boolean | null | undefined) => (value === true ? "yes" : value === false ? "no" : "unsaid");
const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unsaid", label: "Prefer not to say" },
];

export function EqualityForm({ current }: { current: EqualityDto | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(equalitySchema),
    defaultValues: {
      consent: (current ? true : undefined) as Input["consent"],
      gender: (current?.gender ?? undefined) as Input["gender"],
      ethnicity: current?.ethnicity ?? "",
      ethnicMinority: toChoice(current?.ethnicMinority),
      imgStatus: toChoice(current?.imgStatus),
      disability: toChoice(current?.disability),
    },
  });

  async function onSubmit(values: Output) {
    setMessage(undefined);
    const result = await saveEqualityAction({ ...values, ethnicMinority: toChoice(values.ethnicMinority), imgStatus: toChoice(values.imgStatus), disability: toChoice(values.disability) });
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(result.error, setError) });
    setMessage({ tone: "success", text: "Thank you. Your answers are saved." });
    router.refresh();
  }

  async function onWithdraw() {
    const result = await withdrawEqualityAction();
    if (!result.ok) return setMessage({ tone: "error", text: result.error.message });
    // consent: false, not undefined: react-hook-form leaves a checkbox ticked when reset to undefined,
    // and a box still ticked after withdrawing is not the explicit consent the next save needs.
    reset({ consent: false, gender: null, ethnicity: "", ethnicMinority: "unsaid", imgStatus: "unsaid", disability: "unsaid" } as unknown as Input);
    setMessage({ tone: "success", text: "Consent withdrawn. Your answers have been deleted." });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Gender" error={errors.gender?.message}>
        {(props) => (
          <select {...props} {...register("gender", { setValueAs: (v) => (v === "" ? null : v) })} className={inputClass}>
            <option value="">Not answered</option>
            {GENDER_OPTIONS.map((option) => (
              <option key={option} value={option}>{option}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Ethnicity, in your own words" error={errors.ethnicity?.message}>
        {(props) => <input {...props} {...register("ethnicity")} className={inputClass} />}
      </Field>
      <ChoiceGroup legend="Do you belong to a minority ethnic group?" type="radio" name="ethnicMinority" registration={register("ethnicMinority")} options={yesNo} columns={3} error={errors.ethnicMinority?.message} />
      <ChoiceGroup legend="Are you an international medical graduate (IMG)?" type="radio" name="imgStatus" registration={register("imgStatus")} options={yesNo} columns={3} error={errors.imgStatus?.message} />
      <ChoiceGroup legend="Do you consider yourself to have a disability?" type="radio" name="disability" registration={register("disability")} options={yesNo} columns={3} error={errors.disability?.message} />
      <div className="flex items-start gap-2 rounded-md border border-brand-100 bg-white p-3">
        <input id="consent" type="checkbox" {...register("consent")} aria-describedby={errors.consent ? "consent-error" : undefined} aria-invalid={errors.consent ? true : undefined} className="mt-1 h-4 w-4 accent-brand-700" />
        <label htmlFor="consent">
          I consent to the programme keeping these answers, apart from my profile, to monitor equality in aggregate and, only
          where I ask for it in a request, to find me a mentor or coach with shared experience. I can withdraw at any time,
          which deletes them.
        </label>
      </div>
      {errors.consent && <p id="consent-error" role="alert" className="text-sm font-medium text-red-700">{errors.consent.message}</p>}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save answers"}</Button>
        {current && (
          <Button variant="danger" onClick={onWithdraw}>Withdraw consent and delete my answers</Button>
        )}
      </div>
    </form>
  );
}
