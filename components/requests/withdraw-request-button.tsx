"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { withdrawRequestAction } from "@/lib/actions/requests";

export function WithdrawRequestButton({ requestId }: { requestId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  async function withdraw() {
    const result = await withdrawRequestAction({ requestId });
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }
  return (
    <div className="space-y-2">
      {error && <p role="alert" className="text-red-700">{error}</p>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-3" role="group" aria-label="Confirm withdrawal">
          <span>Withdraw this request? You can ask again at any time.</span>
          <Button variant="danger" onClick={withdraw}>Yes, withdraw</Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>Withdraw request</Button>
      )}
    </div>
  );
}
