"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { applyServerErrors } from "@/components/forms/server-errors";
import { SelectField } from "@/components/forms/select-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { saveProfileAction } from "@/lib/actions/profile";
import type { MyProfileDto } from "@/lib/data/profile";
import type { ReferenceOptions } from "@/lib/data/reference";
import { MEETING_MODE_LABELS, MEETING_MODES } from "@/lib/validation/common";
import { PREFERRED_TIMES, profileSchema } from "@/lib/validation/profile";

type Input = z.input<typeof profileSchema>;
type Output = z.output<typeof profileSchema>;

export function ProfileForm({ profile, options }: { profile: MyProfileDto; options: ReferenceOptions }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      name: profile.name ?? "",
      careerGradeId: profile.careerGradeId ?? "",
      specialtyId: profile.specialtyId ?? "",
      regionId: profile.regionId ?? "",
      employerId: profile.employerId ?? "",
      employerOther: profile.employerOther ?? "",
      interests: profile.interests.join(", "),
      gmcNumber: profile.gmcNumber ?? "",
      bio: profile.bio ?? "",
      phone: profile.phone ?? "",
      meetingMode: profile.meetingMode,
      availabilityHoursPerMonth: profile.availabilityHoursPerMonth ?? "",
      preferredTimes: profile.preferredTimes as Input["preferredTimes"],
    },
  });

  async function onSubmit(values: Output) {
    setMessage(undefined);
    const result = await saveProfileAction(values);
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(result.error, setError) });
    setMessage({ tone: "success", text: "Your profile is saved." });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Your name" error={errors.name?.message} required>
        {(props) => <input {...props} {...register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField label="Career grade" options={options.grades} error={errors.careerGradeId?.message} registration={register("careerGradeId")} required />
        <SelectField label="Specialty" options={options.specialties} error={errors.specialtyId?.message} registration={register("specialtyId")} required />
        <SelectField label="Region" options={options.regions} error={errors.regionId?.message} registration={register("regionId")} required />
        <SelectField label="Employer" options={options.employers} error={errors.employerId?.message} registration={register("employerId")} placeholder="Not listed / choose…" />
      </div>
      <Field label="Employer, if not listed" error={errors.employerOther?.message}>
        {(props) => <input {...props} {...register("employerOther")} autoComplete="organization" className={inputClass} />}
      </Field>
      <Field label="Interests" hint="Separate them with commas, e.g. psychosis, medical education." error={errors.interests?.message}>
        {(props) => <input {...props} {...register("interests")} className={inputClass} />}
      </Field>
      <Field label="Short bio" hint="What you would like a mentor, mentee or coach to know. Up to 1000 characters." error={errors.bio?.message}>
        {(props) => <textarea {...props} {...register("bio")} rows={4} className={inputClass} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="GMC number" hint="7 digits." error={errors.gmcNumber?.message}>
          {(props) => <input {...props} {...register("gmcNumber")} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field label="Phone" hint="Shown only to people you are matched with." error={errors.phone?.message}>
          {(props) => <input {...props} {...register("phone")} type="tel" autoComplete="tel" className={inputClass} />}
        </Field>
      </div>
      <ChoiceGroup legend="How do you like to meet?" type="radio" name="meetingMode" registration={register("meetingMode")} error={errors.meetingMode?.message}
        options={MEETING_MODES.map((mode) => ({ value: mode, label: MEETING_MODE_LABELS[mode] }))} columns={3} />
      <Field label="Hours a month you can give" hint="A rough figure is fine." error={errors.availabilityHoursPerMonth?.message}>
        {(props) => <input {...props} {...register("availabilityHoursPerMonth")} type="number" min={0} max={40} inputMode="numeric" className={`${inputClass} max-w-32`} />}
      </Field>
      <ChoiceGroup legend="Preferred times" type="checkbox" name="preferredTimes" registration={register("preferredTimes")} error={errors.preferredTimes?.message}
        options={PREFERRED_TIMES.map((time) => ({ value: time, label: time[0].toUpperCase() + time.slice(1) }))} columns={2} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
