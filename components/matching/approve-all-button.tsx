"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { approveAllAction } from "@/lib/actions/matching";

export function ApproveAllButton({ roundId, count }: { roundId: string; count: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "warning" | "error"; text: string }>();
  async function approveAll() {
    setBusy(true);
    const result = await approveAllAction({ roundId });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.error.message });
    const { approved, refused } = result.data;
    setMessage({
      tone: refused.length ? "warning" : "success",
      text: `${approved} approved.${refused.length ? ` ${refused.length} could not be: ${refused.map((r) => r.reason).join(" ")}` : ""}`,
    });
    router.refresh();
  }
  return (
    <div className="space-y-2">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button disabled={busy || count === 0} onClick={approveAll}>{busy ? "Approving…" : `Approve all ${count} undecided`}</Button>
    </div>
  );
}
