"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { roundProgressAction, runRoundAction } from "@/lib/actions/matching";
import type { ReferenceOptions } from "@/lib/data/reference";

/**
 * Runs a matching round. The browser chooses the round's id, so while the round runs it can ask
 * for its progress and show it (a progress bar, announced to screen readers).
 */
export function RunRoundForm({ options }: { options: ReferenceOptions }) {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);

  async function run(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const roundId = crypto.randomUUID();
    setRunning(true);
    setError(undefined);
    setProgress(0);
    const poll = setInterval(async () => {
      const result = await roundProgressAction({ roundId });
      if (result.ok) setProgress(result.data.progress);
    }, 700);
    const result = await runRoundAction({
      roundId,
      mode: data.get("mode") || null,
      regionId: data.get("regionId") || null,
      careerGradeIds: data.getAll("careerGradeIds"),
    });
    clearInterval(poll);
    setRunning(false);
    if (!result.ok) return setError(result.error.message);
    router.push(`/admin/rounds/${result.data.roundId}`);
  }

  return (
    <form ref={formRef} onSubmit={run} className="space-y-4 rounded-lg border border-brand-100 bg-white p-5" aria-label="Run a matching round">
      <h2 className="text-xl font-semibold">Run a matching round</h2>
      <p className="text-muted">Matches every open request that fits these filters. Nobody is told anything until you approve.</p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="round-mode" className="block font-medium">Mode</label>
          <select id="round-mode" name="mode" className={inputClass} disabled={running}>
            <option value="">Mentoring and coaching</option>
            <option value="MENTORING">Mentoring only</option>
            <option value="COACHING">Coaching only</option>
          </select>
        </div>
        <div>
          <label htmlFor="round-region" className="block font-medium">Region of the mentee</label>
          <select id="round-region" name="regionId" className={inputClass} disabled={running}>
            <option value="">All regions</option>
            {options.regions.map((region) => <option key={region.id} value={region.id}>{region.name}</option>)}
          </select>
        </div>
      </div>
      <fieldset disabled={running}>
        <legend className="font-medium">Grades of the mentee <span className="font-normal text-muted">(none ticked: all)</span></legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {options.grades.map((grade) => (
            <div key={grade.id} className="flex items-center gap-2">
              <input id={`round-grade-${grade.id}`} type="checkbox" name="careerGradeIds" value={grade.id} className="h-4 w-4 accent-brand-700" />
              <label htmlFor={`round-grade-${grade.id}`}>{grade.code}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={running}>{running ? "Matching…" : "Run the round"}</Button>
        {running && (
          <div className="flex items-center gap-2">
            <progress max={100} value={progress} aria-label="Round progress" className="w-48" />
            <span role="status">{progress}%</span>
          </div>
        )}
      </div>
    </form>
  );
}
