"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/server-errors";
import { SelectField } from "@/components/forms/select-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { completeOnboardingAction } from "@/lib/actions/profile";
import type { ReferenceOptions } from "@/lib/data/reference";
import { onboardingSchema } from "@/lib/validation/profile";

type Input = z.input<typeof onboardingSchema>;
type Output = z.output<typeof onboardingSchema>;

export function OnboardingForm({ options, defaultName }: { options: ReferenceOptions; defaultName: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({ resolver: zodResolver(onboardingSchema), defaultValues: { name: defaultName } });

  async function onSubmit(values: Output) {
    setFormError(undefined);
    const result = await completeOnboardingAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label="Your name" hint="As you would like colleagues to see it, e.g. Dr Aisha Rahman." error={errors.name?.message} required>
        {(props) => <input {...props} {...register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <SelectField label="Career grade" options={options.grades} error={errors.careerGradeId?.message} registration={register("careerGradeId")} required
        hint="Locally employed doctors: choose the nearest grade." />
      <SelectField label="Specialty" options={options.specialties} error={errors.specialtyId?.message} registration={register("specialtyId")} required />
      <SelectField label="Region" hint="Your college division or devolved nation." options={options.regions} error={errors.regionId?.message} registration={register("regionId")} required />
      <SelectField label="Employer" hint="Your NHS trust or health board. Not listed? Leave this empty and type it below." options={options.employers}
        error={errors.employerId?.message} registration={register("employerId")} placeholder="Not listed / choose…" />
      <Field label="Employer, if not listed" error={errors.employerOther?.message}>
        {(props) => <input {...props} {...register("employerOther")} autoComplete="organization" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save and continue"}
      </Button>
    </form>
  );
}
