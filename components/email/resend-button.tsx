"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { resendEmailAction } from "@/lib/actions/email";

export function ResendButton({ emailId, subject }: { emailId: string; subject: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function resend() {
    setBusy(true);
    const result = await resendEmailAction({ emailId });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }
  return (
    <div>
      <Button variant="secondary" onClick={resend} disabled={busy} aria-label={`Resend “${subject}”`}>{busy ? "Queuing…" : "Resend"}</Button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
