"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { approveProposalAction, overrideProposalAction, rejectProposalAction, shortlistAction } from "@/lib/actions/matching";
import type { ShortlistDto } from "@/lib/data/proposals";
import { ShortlistPicker } from "./shortlist-picker";

type Panel = "none" | "reject" | "override";

/** Approve, reject with a reason, or override with another mentor from the shortlist. */
export function ProposalReview({ proposalId, requestId, menteeName }: { proposalId: string; requestId: string; menteeName: string }) {
  const router = useRouter();
  const id = useId();
  const [panel, setPanel] = useState<Panel>("none");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldError, setFieldError] = useState<string>();
  const [reason, setReason] = useState("");
  const [shortlist, setShortlist] = useState<ShortlistDto>();

  async function act(action: () => Promise<{ ok: boolean; error?: { message: string; fieldErrors?: Record<string, string[]> } }>) {
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    const result = await action();
    setBusy(false);
    if (!result.ok) {
      setError(result.error?.message);
      setFieldError(Object.values(result.error?.fieldErrors ?? {})[0]?.[0]);
      return;
    }
    setPanel("none");
    router.refresh();
  }

  async function openOverride() {
    setPanel("override");
    if (shortlist) return;
    const result = await shortlistAction({ requestId });
    if (result.ok) setShortlist(result.data);
    else setError(result.error.message);
  }


  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}{fieldError ? ` ${fieldError}` : ""}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={() => act(() => approveProposalAction({ proposalId }))} aria-label={`Approve the proposal for ${menteeName}`}>Approve</Button>
        <Button variant="secondary" disabled={busy} onClick={() => setPanel(panel === "reject" ? "none" : "reject")} aria-expanded={panel === "reject"}>Reject…</Button>
        <Button variant="secondary" disabled={busy} onClick={openOverride} aria-expanded={panel === "override"}>Choose another…</Button>
      </div>
      {panel === "reject" && (
        <div className="space-y-2 rounded-md border border-brand-100 p-3">
          <label htmlFor={`${id}-reason`} className="block font-medium">Why reject this pair?</label>
          <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className={inputClass} />
          <Button variant="danger" disabled={busy} onClick={() => act(() => rejectProposalAction({ proposalId, reason }))}>Reject proposal</Button>
        </div>
      )}
      {panel === "override" && (
        <div className="space-y-3 rounded-md border border-brand-100 p-3">
          {!shortlist ? (
            <p role="status">Loading the shortlist…</p>
          ) : (
            <ShortlistPicker
              shortlist={shortlist}
              menteeName={menteeName}
              busy={busy}
              submitLabel="Approve with this mentor"
              onSubmit={(choice) => act(() => overrideProposalAction({ proposalId, ...choice }))}
            />
          )}
        </div>
      )}
    </div>
  );
}
