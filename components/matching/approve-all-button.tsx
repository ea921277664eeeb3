"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { approveAllAction } from "@/lib/actions/matching";
import { formatNumber } from "@/lib/format";

type Progress = { approved: number; refused: { proposalId: string; reason: string }[] };

/**
 * Approves every undecided proposal of a round, a step of 100 at a time (under half a second
 * each; a national round takes about half a minute), showing how far it has gone. Stopping keeps
 * what was approved; the rest stay undecided.
 */
export function ApproveAllButton({ roundId, count }: { roundId: string; count: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress>();
  const [message, setMessage] = useState<{ tone: "success" | "warning" | "error"; text: string }>();
  const stopRequested = useRef(false);
  // Until the page shows the new statuses, its count is stale: keep the button off meanwhile.
  const [refreshing, startRefresh] = useTransition();

  async function approveAll() {
    setBusy(true);
    setMessage(undefined);
    stopRequested.current = false;
    const done: Progress = { approved: 0, refused: [] };
    setProgress(done);
    let after: string | null = null;
    let error: string | null = null;
    let finished = false;
    while (!stopRequested.current) {
      const result = await approveAllAction({ roundId, after });
      if (!result.ok) {
        error = result.error.message;
        break;
      }
      done.approved += result.data.approved;
      done.refused.push(...result.data.refused);
      setProgress({ ...done });
      after = result.data.cursor;
      if (result.data.done) {
        finished = true;
        break;
      }
    }
    setBusy(false);
    setProgress(undefined);
    const refusedText = done.refused.length
      ? ` ${done.refused.length} could not be: ${done.refused.slice(0, 5).map((r) => r.reason).join(" ")}${done.refused.length > 5 ? ` (and ${done.refused.length - 5} more; they are still awaiting your review)` : ""}`
      : "";
    const stoppedText = finished || error ? "" : " Stopped: the rest are still awaiting your review.";
    setMessage({
      tone: error ? "error" : done.refused.length || !finished ? "warning" : "success",
      text: `${formatNumber(done.approved)} approved.${refusedText}${stoppedText}${error ? ` ${error}` : ""}`,
    });
    startRefresh(() => router.refresh());
  }

  return (
    <div className="space-y-2">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={busy || refreshing || count === 0} onClick={approveAll}>
          {busy ? "Approving…" : `Approve all ${formatNumber(count)} undecided`}
        </Button>
        {busy && (
          <Button variant="secondary" onClick={() => (stopRequested.current = true)}>
            Stop
          </Button>
        )}
      </div>
      <p role="status" className="text-sm text-muted">
        {progress ? `Approved ${formatNumber(progress.approved)} of ${formatNumber(count)} so far${progress.refused.length ? `; ${progress.refused.length} could not be` : ""}…` : ""}
      </p>
    </div>
  );
}
