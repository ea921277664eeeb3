"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { removeConflictAction, removeExclusionAction } from "@/lib/actions/requests";
import type { SafeguardsDto } from "@/lib/data/requests";
import { CONFLICT_LABELS } from "@/lib/validation/requests";

export function SafeguardsList({ safeguards }: { safeguards: SafeguardsDto }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  async function remove(action: Promise<{ ok: boolean; error?: { message: string } }>) {
    const result = await action;
    if (!result.ok) setError(result.error?.message);
    else router.refresh();
  }
  if (safeguards.conflicts.length === 0 && safeguards.exclusions.length === 0) {
    return <p className="text-muted">Nobody yet. You can add people when you ask for a mentor or coach.</p>;
  }
  return (
    <div className="space-y-2">
      {error && <p role="alert" className="text-red-700">{error}</p>}
      <ul className="divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white">
        {safeguards.conflicts.map((conflict) => (
          <li key={`${conflict.person.id}-${conflict.kind}`} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              {conflict.person.name} <span className="text-muted">· {CONFLICT_LABELS[conflict.kind as keyof typeof CONFLICT_LABELS]}</span>
            </span>
            <Button variant="link" aria-label={`Remove ${conflict.person.name} as ${CONFLICT_LABELS[conflict.kind as keyof typeof CONFLICT_LABELS]}`}
              onClick={() => remove(removeConflictAction({ personId: conflict.person.id, kind: conflict.kind }))}>
              Remove
            </Button>
          </li>
        ))}
        {safeguards.exclusions.map((exclusion) => (
          <li key={exclusion.person.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              {exclusion.person.name} <span className="text-muted">· never match me with</span>
            </span>
            <Button variant="link" aria-label={`Remove ${exclusion.person.name} from your exclusions`} onClick={() => remove(removeExclusionAction({ personId: exclusion.person.id }))}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
