"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A button that runs one server action, optionally after a confirmation step, then refreshes the
 * page (or goes where the action says). The error, if any, is announced.
 */
export function ActionButton<T>({
  label,
  run,
  confirm,
  confirmLabel = "Yes",
  keepLabel = "No, keep it",
  variant = "secondary",
  next,
}: {
  label: string;
  run: () => Promise<ActionResult<T>>;
  confirm?: string;
  confirmLabel?: string;
  keepLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  next?: (data: T) => string | undefined;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function go() {
    setBusy(true);
    setError(undefined);
    const result = await run();
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error.message);
    const href = next?.(result.data);
    if (href) router.push(href);
    else router.refresh();
  }

  return (
    <div className="space-y-2">
      {error && <p role="alert" className="font-medium text-red-700">{error}</p>}
      {confirm && confirming ? (
        <div className="flex flex-wrap items-center gap-3" role="group" aria-label={label}>
          <span>{confirm}</span>
          <Button variant={variant === "secondary" ? "primary" : variant} onClick={go} disabled={busy}>{busy ? "Working…" : confirmLabel}</Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>{keepLabel}</Button>
        </div>
      ) : (
        <Button variant={variant} onClick={confirm ? () => setConfirming(true) : go} disabled={busy}>{busy ? "Working…" : label}</Button>
      )}
    </div>
  );
}
