"use client";

import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ShortlistDto } from "@/lib/data/proposals";
import { ExplanationView } from "./explanation-view";

/**
 * Choose a mentor from a request's shortlist. The hard-rule checks of the chosen person are shown;
 * a rule-breaking choice asks for a justification (recorded in the audit log).
 */
export function ShortlistPicker({
  shortlist,
  menteeName,
  busy,
  submitLabel,
  onSubmit,
}: {
  shortlist: ShortlistDto;
  menteeName: string;
  busy: boolean;
  submitLabel: string;
  onSubmit: (choice: { mentorId: string; justification: string | null }) => void;
}) {
  const id = useId();
  const [mentorId, setMentorId] = useState("");
  const [justification, setJustification] = useState("");
  const chosen = shortlist.entries.find((e) => e.mentor.id === mentorId);
  const blocked = shortlist.disallowed.find((d) => d.mentor.id === mentorId);
  return (
    <div className="space-y-3">
      <label htmlFor={`${id}-mentor`} className="block font-medium">
        A {shortlist.request.mode === "MENTORING" ? "mentor" : "coach"} for {menteeName}
      </label>
      <select id={`${id}-mentor`} value={mentorId} onChange={(e) => setMentorId(e.target.value)} className={inputClass}>
        <option value="">Choose…</option>
        <optgroup label="Pass every rule">
          {shortlist.entries.map((e) => (
            <option key={e.mentor.id} value={e.mentor.id}>
              {e.mentor.name} · {e.mentor.grade} · {e.mentor.specialty} · {e.mentor.region} · score {e.score} · {e.freePlaces} free
            </option>
          ))}
        </optgroup>
        <optgroup label="Break a rule (needs a justification)">
          {shortlist.disallowed.map((d) => (
            <option key={d.mentor.id} value={d.mentor.id}>
              {d.mentor.name} · breaks: {d.brokenRules.map((r) => r.title).join(", ")}
            </option>
          ))}
        </optgroup>
      </select>
      {chosen && <ExplanationView explanation={chosen.explanation} headingLevel={4} />}
      {blocked && (
        <div className="space-y-2">
          <Alert tone="warning" title="This pair breaks a rule">
            <ul className="list-disc pl-5">
              {blocked.brokenRules.map((r) => (
                <li key={r.code}>{r.sentence}</li>
              ))}
            </ul>
          </Alert>
          <label htmlFor={`${id}-justification`} className="block font-medium">Justification (recorded in the audit log)</label>
          <textarea id={`${id}-justification`} value={justification} onChange={(e) => setJustification(e.target.value)} rows={3} className={inputClass} />
        </div>
      )}
      <Button disabled={busy || !mentorId} onClick={() => onSubmit({ mentorId, justification: blocked ? justification : null })}>
        {submitLabel}
      </Button>
    </div>
  );
}
