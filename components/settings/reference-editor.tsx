"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { addReferenceItemAction, updateReferenceItemAction } from "@/lib/actions/settings";
import type { ReferenceItemDto } from "@/lib/data/reference";
import type { ReferenceKind } from "@/lib/validation/settings";

type Result = { ok: true } | { ok: false; error: { message: string; fieldErrors?: Record<string, string[]> } };
const messageOf = (result: Result) => (result.ok ? undefined : `${result.error.message} ${Object.values(result.error.fieldErrors ?? {}).flat().join(" ")}`.trim());

function ItemRow({ kind, item }: { kind: ReferenceKind; item: ReferenceItemDto }) {
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState(item.name);
  const [error, setError] = useState<string>();
  async function save(active: boolean) {
    const result = (await updateReferenceItemAction({ kind, id: item.id, name, active })) as Result;
    setError(messageOf(result));
    if (result.ok) router.refresh();
  }
  return (
    <li className="flex flex-wrap items-center gap-2 py-1">
      <label htmlFor={id} className="sr-only">Name</label>
      <input id={id} value={name} onChange={(e) => setName(e.target.value)} className={`${inputClass} max-w-md ${item.active ? "" : "text-muted line-through"}`} />
      {item.detail && <span className="text-sm text-muted">{item.detail}</span>}
      <Button variant="link" onClick={() => save(item.active)} disabled={name === item.name} aria-label={`Rename ${item.name}`}>Rename</Button>
      <Button variant="link" onClick={() => save(!item.active)} aria-label={`${item.active ? "Retire" : "Restore"} ${item.name}`}>{item.active ? "Retire" : "Restore"}</Button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </li>
  );
}

export function ReferenceEditor({ kind, title, items, regions }: { kind: ReferenceKind; title: string; items: ReferenceItemDto[]; regions: { id: string; name: string }[] }) {
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState("");
  const [regionId, setRegionId] = useState("");
  const [error, setError] = useState<string>();
  async function add(event: React.FormEvent) {
    event.preventDefault();
    if (kind === "careerGrade") return;
    const result = (await addReferenceItemAction({ kind, name, regionId: regionId || null })) as Result;
    setError(messageOf(result));
    if (result.ok) {
      setName("");
      router.refresh();
    }
  }
  return (
    <details className="rounded-lg border border-brand-100 bg-white p-4">
      <summary className="cursor-pointer font-medium">{title} ({items.filter((i) => i.active).length} in use)</summary>
      <ul className="mt-3">{items.map((item) => <ItemRow key={item.id} kind={kind} item={item} />)}</ul>
      {kind === "careerGrade" ? (
        <p className="mt-2 text-sm text-muted">Grades keep their order of experience, which matching compares; they can be renamed or retired, not added.</p>
      ) : (
        <form onSubmit={add} className="mt-3 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${id}-new`} className="block text-sm font-medium">Add</label>
            <input id={`${id}-new`} value={name} onChange={(e) => setName(e.target.value)} className={inputClass} />
          </div>
          {kind === "employer" && (
            <div>
              <label htmlFor={`${id}-region`} className="block text-sm font-medium">Region</label>
              <select id={`${id}-region`} value={regionId} onChange={(e) => setRegionId(e.target.value)} className={inputClass}>
                <option value="">None</option>
                {regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
              </select>
            </div>
          )}
          <Button type="submit" variant="secondary">Add</Button>
          {error && <p role="alert" className="w-full text-sm text-red-700">{error}</p>}
        </form>
      )}
    </details>
  );
}
