"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { createPeerGroupsAction, previewPeerGroupsAction } from "@/lib/actions/peer-groups";
import type { GroupPreviewDto } from "@/lib/data/peer-groups";
import type { ReferenceOptions } from "@/lib/data/reference";

type Kind = "TRAINEE" | "DEPARTMENTAL" | "CPD";

// Sensible starting points per kind of group (ranks: 1–8 trainees, 9–10 SAS, 11 new consultant, 12 consultant).
const PRESETS: Record<Kind, { ranks: number[]; gradeMix: "MIXED" | "SIMILAR"; hint: string }> = {
  TRAINEE: { ranks: [1, 2, 3, 4, 5, 6, 7, 8], gradeMix: "MIXED", hint: "Experienced trainees with those starting out." },
  DEPARTMENTAL: { ranks: [11, 12], gradeMix: "MIXED", hint: "New consultants shown the ropes by established colleagues." },
  CPD: { ranks: [9, 10, 11, 12], gradeMix: "SIMILAR", hint: "Consultants and SAS doctors meeting at least four times a year." },
};

export function GroupFormer({ options }: { options: ReferenceOptions }) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("TRAINEE");
  const [gradeIds, setGradeIds] = useState(() => new Set(options.grades.filter((g) => PRESETS.TRAINEE.ranks.includes(g.rank)).map((g) => g.id)));
  const [regionId, setRegionId] = useState("");
  const [specialtyId, setSpecialtyId] = useState("");
  const [bySpecialty, setBySpecialty] = useState(false);
  const [sizes, setSizes] = useState({ minSize: 3, maxSize: 6 });
  const [preview, setPreview] = useState<GroupPreviewDto>();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [busy, setBusy] = useState(false);

  const input = () => ({ kind, regionId, specialtyId, careerGradeIds: [...gradeIds], ...sizes, gradeMix: PRESETS[kind].gradeMix, byRegion: true, bySpecialty });

  function choose(next: Kind) {
    setKind(next);
    setGradeIds(new Set(options.grades.filter((g) => PRESETS[next].ranks.includes(g.rank)).map((g) => g.id)));
    setPreview(undefined);
  }

  async function run(create: boolean) {
    setBusy(true);
    setMessage(undefined);
    const result = create ? await createPeerGroupsAction(input()) : await previewPeerGroupsAction(input());
    setBusy(false);
    if (!result.ok) return setMessage({ tone: "error", text: `${result.error.message} ${Object.values(result.error.fieldErrors ?? {}).flat().join(" ")}` });
    if (create) {
      setPreview(undefined);
      setMessage({ tone: "success", text: `${(result.data as { created: number }).created} groups created.` });
      router.refresh();
    } else setPreview(result.data as GroupPreviewDto);
  }

  return (
    <div className="space-y-4 rounded-lg border border-brand-100 bg-white p-5">
      <h2 className="text-xl font-semibold">Form peer groups</h2>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <fieldset>
        <legend className="font-medium">Kind of group</legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-3">
          {(Object.keys(PRESETS) as Kind[]).map((k) => (
            <div key={k} className="flex items-start gap-2">
              <input id={`kind-${k}`} type="radio" name="kind" checked={kind === k} onChange={() => choose(k)} className="mt-1 h-4 w-4 accent-brand-700" />
              <label htmlFor={`kind-${k}`}>{k === "TRAINEE" ? "Trainee peer mentoring" : k === "DEPARTMENTAL" ? "Departmental" : "CPD"}<span className="block text-sm text-muted">{PRESETS[k].hint}</span></label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="group-region" className="block font-medium">Region</label>
          <select id="group-region" value={regionId} onChange={(e) => setRegionId(e.target.value)} className={inputClass}>
            <option value="">All regions (groups stay within one region)</option>
            {options.regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="group-specialty" className="block font-medium">Specialty</label>
          <select id="group-specialty" value={specialtyId} onChange={(e) => setSpecialtyId(e.target.value)} className={inputClass}>
            <option value="">All specialties</option>
            {options.specialties.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
      </div>
      <fieldset>
        <legend className="font-medium">Grades</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-4">
          {options.grades.map((g) => (
            <div key={g.id} className="flex items-center gap-2">
              <input id={`group-grade-${g.id}`} type="checkbox" checked={gradeIds.has(g.id)} className="h-4 w-4 accent-brand-700"
                onChange={(e) => { const next = new Set(gradeIds); if (e.target.checked) next.add(g.id); else next.delete(g.id); setGradeIds(next); }} />
              <label htmlFor={`group-grade-${g.id}`}>{g.code}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="group-min" className="block font-medium">Smallest group</label>
          <input id="group-min" type="number" min={3} max={6} value={sizes.minSize} onChange={(e) => setSizes({ ...sizes, minSize: Number(e.target.value) })} className={`${inputClass} max-w-24`} />
        </div>
        <div>
          <label htmlFor="group-max" className="block font-medium">Largest group</label>
          <input id="group-max" type="number" min={3} max={6} value={sizes.maxSize} onChange={(e) => setSizes({ ...sizes, maxSize: Number(e.target.value) })} className={`${inputClass} max-w-24`} />
        </div>
        <div className="flex items-center gap-2">
          <input id="group-by-specialty" type="checkbox" checked={bySpecialty} onChange={(e) => setBySpecialty(e.target.checked)} className="h-4 w-4 accent-brand-700" />
          <label htmlFor="group-by-specialty">Keep each group within one specialty</label>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => run(false)} disabled={busy}>Preview groups</Button>
        {preview && preview.groups.length > 0 && <Button onClick={() => run(true)} disabled={busy}>Create these {preview.groups.length} groups</Button>}
      </div>
      {preview && (
        <div className="space-y-3" aria-live="polite">
          <p>{preview.considered} people considered · {preview.groups.length} groups · {preview.leftOut.length} left out</p>
          <ol className="grid gap-3 md:grid-cols-2">
            {preview.groups.map((g) => (
              <li key={g.key} className="rounded-md border border-brand-100 p-3">
                <p className="font-medium">{g.name}</p>
                <p className="text-sm text-muted">{g.explanation}</p>
                <ul className="mt-1 list-disc pl-5 text-sm">{g.members.map((m) => <li key={m.id}>{m.name} ({m.grade}, {m.specialty})</li>)}</ul>
              </li>
            ))}
          </ol>
          {preview.leftOut.length > 0 && (
            <details>
              <summary className="cursor-pointer">Left out ({preview.leftOut.length})</summary>
              <ul className="list-disc pl-5 text-sm">{preview.leftOut.map((l) => <li key={l.person.id}>{l.person.name}: {l.reason}</li>)}</ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
