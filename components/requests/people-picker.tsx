"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { searchPeopleAction } from "@/lib/actions/requests";
import type { PersonDto } from "@/lib/data/requests";
import { CONFLICT_KINDS, CONFLICT_LABELS } from "@/lib/validation/requests";

export type Safeguard = { person: PersonDto; kind: (typeof CONFLICT_KINDS)[number] | "EXCLUDE" };

/**
 * Finds colleagues by name (never by email: nobody sees contact details before a match) and adds
 * them as a declared conflict of interest or a plain exclusion.
 */
export function PeoplePicker({ value, onChange }: { value: Safeguard[]; onChange: (next: Safeguard[]) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PersonDto[]>([]);
  const [status, setStatus] = useState("");
  const [kind, setKind] = useState<Safeguard["kind"]>("EDUCATIONAL_SUPERVISOR");

  async function search() {
    const result = await searchPeopleAction({ query });
    if (!result.ok) {
      setResults([]);
      setStatus(result.error.fieldErrors?.query?.[0] ?? result.error.message);
      return;
    }
    setResults(result.data);
    setStatus(result.data.length ? `${result.data.length} found` : "Nobody found with that name.");
  }

  function add(person: PersonDto) {
    if (value.some((s) => s.person.id === person.id && s.kind === kind)) return;
    onChange([...value, { person, kind }]);
    setStatus(`Added ${person.name}.`);
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor={`${id}-kind`} className="block font-medium">They are my…</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Safeguard["kind"])} className={inputClass}>
            {CONFLICT_KINDS.map((k) => (
              <option key={k} value={k}>{CONFLICT_LABELS[k]}</option>
            ))}
            <option value="EXCLUDE">Someone I would rather not be matched with</option>
          </select>
        </div>
        <div className="grow">
          <label htmlFor={`${id}-query`} className="block font-medium">Find them by name</label>
          <input id={`${id}-query`} value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass}
            onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); void search(); } }} />
        </div>
        <Button variant="secondary" onClick={search}>Search</Button>
      </div>
      <p role="status" className="text-sm text-muted">{status}</p>
      {results.length > 0 && (
        <ul className="divide-y divide-brand-100 rounded-md border border-brand-100 bg-white" aria-label="Search results">
          {results.map((person) => (
            <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
              <span>{person.name} <span className="text-sm text-muted">{[person.grade, person.specialty, person.region].filter(Boolean).join(" · ")}</span></span>
              <Button variant="link" onClick={() => add(person)} aria-label={`Add ${person.name}`}>Add</Button>
            </li>
          ))}
        </ul>
      )}
      {value.length > 0 && (
        <ul className="space-y-1" aria-label="People you have added">
          {value.map((s) => (
            <li key={`${s.person.id}-${s.kind}`} className="flex flex-wrap items-center gap-3">
              <span>{s.person.name}: {s.kind === "EXCLUDE" ? "do not match" : CONFLICT_LABELS[s.kind]}</span>
              <Button variant="link" aria-label={`Remove ${s.person.name}`} onClick={() => onChange(value.filter((x) => x !== s))}>Remove</Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
