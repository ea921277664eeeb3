"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { applyServerErrors } from "@/components/forms/server-errors";
import { SelectField } from "@/components/forms/select-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { createRequestAction } from "@/lib/actions/requests";
import type { ReferenceOptions } from "@/lib/data/reference";
import { MEETING_MODE_LABELS, MEETING_MODES } from "@/lib/validation/common";
import { PREFERRED_GENDERS, requestSchema } from "@/lib/validation/requests";
import { PeoplePicker, type Safeguard } from "./people-picker";

type Input = z.input<typeof requestSchema>;
type Output = z.output<typeof requestSchema>;

export function RequestForm({ options, initialMode }: { options: ReferenceOptions; initialMode: "MENTORING" | "COACHING" }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [safeguards, setSafeguards] = useState<Safeguard[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(requestSchema),
    defaultValues: {
      mode: initialMode,
      specialtyPreference: initialMode === "COACHING" ? "ANY" : "SAME",
      regionPreference: "ANY",
      meetingMode: "EITHER",
      wantsIndependence: false,
      preferEthnicMinority: false,
      preferImgExperience: false,
    },
  });
  const mode = useWatch({ control, name: "mode" });
  const peopleError = errors.excludedPersonIds?.message ?? errors.conflicts?.message;

  async function onSubmit(values: Output) {
    setFormError(undefined);
    const result = await createRequestAction({
      ...values,
      excludedPersonIds: safeguards.filter((s) => s.kind === "EXCLUDE").map((s) => s.person.id),
      conflicts: safeguards.flatMap((s) => (s.kind === "EXCLUDE" ? [] : [{ personId: s.person.id, kind: s.kind }])),
    });
    if (!result.ok) return setFormError(applyServerErrors(result.error, setError));
    router.push(`/requests/${result.data.id}?created=1`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {formError && <Alert tone="error">{formError}</Alert>}
      <ChoiceGroup legend="What are you asking for?" type="radio" name="mode" registration={register("mode")} error={errors.mode?.message} columns={2}
        options={[
          { value: "MENTORING", label: "A mentor", description: "Ongoing support with your professional development, typically 18–24 months." },
          { value: "COACHING", label: "A coach", description: "Structured, time-limited help with one development area." },
        ]} />
      <SelectField label={mode === "COACHING" ? "Development area" : "Main development area"} required={mode === "COACHING"}
        hint={mode === "COACHING" ? "Coaching focuses on one area." : "Helps us find someone who can help with it."}
        options={options.developmentAreas} error={errors.developmentAreaId?.message} registration={register("developmentAreaId")} />
      <Field label="What do you hope to achieve?" hint="A few sentences: your situation and what would help." error={errors.aims?.message} required>
        {(props) => <textarea {...props} {...register("aims")} rows={5} className={inputClass} />}
      </Field>
      <ChoiceGroup legend="Their specialty" type="radio" name="specialtyPreference" registration={register("specialtyPreference")} error={errors.specialtyPreference?.message} columns={3}
        hint={mode === "COACHING" ? "A coach from outside your specialty often brings a fresh view." : undefined}
        options={[{ value: "SAME", label: "Same as mine" }, { value: "DIFFERENT", label: "A different one" }, { value: "ANY", label: "No preference" }]} />
      <ChoiceGroup legend="Their region" type="radio" name="regionPreference" registration={register("regionPreference")} error={errors.regionPreference?.message} columns={3}
        options={[{ value: "SAME", label: "My region" }, { value: "DIFFERENT", label: "Another region" }, { value: "ANY", label: "No preference" }]} />
      <ChoiceGroup legend="How would you like to meet?" type="radio" name="meetingMode" registration={register("meetingMode")} error={errors.meetingMode?.message} columns={3}
        options={MEETING_MODES.map((m) => ({ value: m, label: MEETING_MODE_LABELS[m] }))} />
      <div className="flex items-start gap-2">
        <input id="wantsIndependence" type="checkbox" {...register("wantsIndependence")} className="mt-1 h-4 w-4 accent-brand-700" />
        <label htmlFor="wantsIndependence">
          Someone independent of my employer
          <span className="block text-sm text-muted">We will not suggest anyone who works for the same trust or health board.</span>
        </label>
      </div>
      <fieldset className="space-y-3 rounded-md border border-brand-100 p-4">
        <legend className="px-1 font-medium">Optional preferences</legend>
        <p className="text-sm text-muted">Used only if you choose them, and only with volunteers who have consented to share this.</p>
        <Field label="I would prefer a mentor or coach who is" error={errors.preferGender?.message}>
          {(props) => (
            <select {...props} {...register("preferGender", { setValueAs: (v) => (v === "" ? null : v) })} className={inputClass}>
              <option value="">Any gender</option>
              {PREFERRED_GENDERS.map((g) => <option key={g} value={g}>{g}</option>)}
            </select>
          )}
        </Field>
        <div className="flex items-start gap-2">
          <input id="preferEthnicMinority" type="checkbox" {...register("preferEthnicMinority")} className="mt-1 h-4 w-4 accent-brand-700" />
          <label htmlFor="preferEthnicMinority">From a minority ethnic background</label>
        </div>
        <div className="flex items-start gap-2">
          <input id="preferImgExperience" type="checkbox" {...register("preferImgExperience")} className="mt-1 h-4 w-4 accent-brand-700" />
          <label htmlFor="preferImgExperience">With experience as an international medical graduate</label>
        </div>
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-brand-100 p-4" aria-describedby={peopleError ? "people-error" : undefined} aria-invalid={peopleError ? true : undefined}>
        <legend className="px-1 font-medium">Conflicts of interest</legend>
        <p className="text-sm text-muted">
          Your supervisors, line manager, appraiser or ARCP assessor will never be proposed. Add anyone else you would rather not be matched with.
        </p>
        <PeoplePicker value={safeguards} onChange={setSafeguards} />
        {/* The server checks the people chosen here (not found, yourself); without this its message had nowhere to go. */}
        {peopleError && <p id="people-error" role="alert" className="text-sm font-medium text-red-700">{peopleError}</p>}
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Sending…" : "Send my request"}</Button>
    </form>
  );
}
