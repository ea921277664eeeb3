"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { updateMatchingWeightsAction } from "@/lib/actions/settings";

type Weights = Record<string, Record<string, number | number[]>>;

const SECTION_LABELS: Record<string, string> = {
  gradeGap: "Grade gap",
  specialty: "Specialty",
  region: "Region",
  meetingMode: "Meeting mode",
  developmentArea: "Development area",
  consented: "Consented preferences",
  waiting: "Time waiting",
};

const KEY_LABELS: Record<string, string> = {
  mentoringStepsAhead: "Mentoring: points by grades ahead (1, 2, 3… steps)",
  coachingFurtherAlong: "Coaching: coach further along",
  coachingNotFurtherAlong: "Coaching: coach has the skill, not further along",
  mentoringSameByDefault: "Mentoring: same specialty",
  coachingDifferentByDefault: "Coaching: a different specialty",
  preferenceMet: "The mentee's stated preference met",
  sameInPerson: "Same region, can meet in person",
  sameOnline: "Same region, meeting online",
  sameChoice: "Both chose the same way",
  flexible: "Compatible because one is flexible",
  listed: "Mentor lists the mentee's area",
  gender: "Gender preference met",
  ethnicMinorityMentor: "Minority ethnic mentor, as asked",
  imgExperience: "IMG experience, as asked",
  pointsPerWeek: "Points per week waiting",
  maxPoints: "Most points for waiting",
};

const humanize = (key: string) => KEY_LABELS[key] ?? key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());

/**
 * The matching engine's soft-preference weights, one labelled field each. The engine validates
 * the whole object on save; lists are typed as comma-separated whole numbers.
 */
export function WeightsForm({ weights, isDefault }: { weights: Weights; isDefault: boolean }) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(weights).flatMap(([section, fields]) => Object.entries(fields).map(([key, value]) => [`${section}.${key}`, Array.isArray(value) ? value.join(", ") : String(value)]))),
  );
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string; details?: string[] }>();
  const [busy, setBusy] = useState(false);

  function build(): Weights {
    const result: Weights = {};
    for (const [path, text] of Object.entries(values)) {
      const [section, key] = path.split(".");
      const original = weights[section][key];
      result[section] ??= {};
      result[section][key] = Array.isArray(original) ? text.split(",").map((part) => Number(part.trim())) : Number(text);
    }
    return result;
  }

  async function save(reset: boolean) {
    setBusy(true);
    const result = await updateMatchingWeightsAction({ weights: reset ? null : build() });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.error.message, details: result.error.fieldErrors?.weights });
    setMessage({ tone: "success", text: reset ? "Weights reset to the defaults." : "Weights saved. The next round uses them." });
    router.refresh();
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(false); }} className="space-y-4">
      {message && (
        <Alert tone={message.tone} title={message.text}>
          {message.details && <ul className="list-disc pl-5">{message.details.map((d) => <li key={d}>{d}</li>)}</ul>}
        </Alert>
      )}
      <p className="text-muted">{isDefault ? "These are the engine's default weights." : "These weights differ from the engine's defaults."} Points are added per pair; every proposal shows each contribution.</p>
      <div className="grid gap-4 md:grid-cols-2">
        {Object.entries(weights).map(([section, fields]) => (
          <fieldset key={section} className="space-y-2 rounded-md border border-brand-100 bg-white p-3">
            <legend className="px-1 font-medium">{SECTION_LABELS[section] ?? humanize(section)}</legend>
            {Object.keys(fields).map((key) => {
              const id = `weight-${section}-${key}`;
              return (
                <div key={key} className="flex items-center justify-between gap-3">
                  <label htmlFor={id} className="text-sm">{humanize(key)}</label>
                  <input id={id} value={values[`${section}.${key}`]} onChange={(e) => setValues({ ...values, [`${section}.${key}`]: e.target.value })}
                    inputMode="numeric" className={`${inputClass} ${Array.isArray(fields[key]) ? "max-w-56" : "max-w-24"}`} />
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>Save weights</Button>
        <Button variant="secondary" disabled={busy || isDefault} onClick={() => save(true)}>Reset to defaults</Button>
      </div>
    </form>
  );
}
