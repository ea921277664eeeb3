"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/actions/account";

export function SignOutEverywhere() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    const result = await signOutEverywhereAction();
    if (!result.ok) {
      setBusy(false);
      return setError(result.error.message);
    }
    router.push("/");
    router.refresh();
  }
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button variant="secondary" onClick={onClick} disabled={busy}>
        {busy ? "Signing out…" : "Sign out of every device"}
      </Button>
    </div>
  );
}
