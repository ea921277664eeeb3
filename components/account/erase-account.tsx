"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { eraseMemberAction, eraseMyAccountAction } from "@/lib/actions/privacy";

/** Erase the caller's own account (no userId) or, for the programme lead, a member's. */
export function EraseAccount({ userId, name }: { userId?: string; name?: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<string>();
  const self = !userId;
  const inputId = `erase-${userId ?? "me"}`;

  async function erase() {
    const result = self ? await eraseMyAccountAction({ confirmation }) : await eraseMemberAction({ userId, confirmation });
    if (!result.ok) return setError(`${result.error.message} ${Object.values(result.error.fieldErrors ?? {}).flat().join(" ")}`.trim());
    if (self) router.push("/");
    setOpen(false);
    router.refresh();
  }

  if (!open) {
    return (
      <Button variant={self ? "danger" : "link"} onClick={() => setOpen(true)} aria-label={self ? undefined : `Erase ${name}`}>
        {self ? "Erase my account…" : "Erase…"}
      </Button>
    );
  }
  return (
    <div className="space-y-2 rounded-md border border-red-700 p-3">
      {error && <Alert tone="error">{error}</Alert>}
      <p>
        {self ? "Your profile, notes, equality answers and open requests will be deleted and you will be signed out." : `${name}'s personal data will be deleted and their sessions ended.`}{" "}
        Past relationships stay in the other person&rsquo;s record under &ldquo;Erased member&rdquo;. This cannot be undone.
      </p>
      <label htmlFor={inputId} className="block font-medium">Type &ldquo;erase&rdquo; to confirm</label>
      <input id={inputId} value={confirmation} onChange={(e) => setConfirmation(e.target.value)} className={`${inputClass} max-w-48`} />
      <div className="flex gap-2">
        <Button variant="danger" onClick={erase}>Erase</Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </div>
  );
}
