"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { acceptProposalAction, declineProposalAction } from "@/lib/actions/matching";

export function RespondToProposal({ proposalId, noun }: { proposalId: string; noun: string }) {
  const router = useRouter();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();

  async function accept() {
    setBusy(true);
    const result = await acceptProposalAction({ proposalId });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.error.message });
    router.push(`/relationships/${result.data.relationshipId}`);
  }

  async function decline() {
    setBusy(true);
    const result = await declineProposalAction({ proposalId, reason });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.error.message });
    setMessage({ tone: "success", text: "Thank you for letting us know. The programme lead will find someone else." });
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={accept} disabled={busy}>Accept and be introduced</Button>
        <Button variant="secondary" onClick={() => setDeclining(!declining)} aria-expanded={declining} disabled={busy}>Decline…</Button>
      </div>
      {declining && (
        <div className="space-y-2 rounded-md border border-brand-100 p-3">
          <label htmlFor="decline-reason" className="block font-medium">
            Anything the programme lead should know? <span className="font-normal text-muted">(optional, not shared with the {noun})</span>
          </label>
          <textarea id="decline-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className={inputClass} />
          <Button variant="danger" onClick={decline} disabled={busy}>Decline</Button>
        </div>
      )}
    </div>
  );
}
