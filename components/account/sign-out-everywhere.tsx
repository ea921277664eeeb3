"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/actions/account";

export function SignOutEverywhere() {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    const result = await signOutEverywhereAction();
    if (!result.ok) {
      setBusy(false);
      return setError(result.error.message);
    }
    // This device's session is gone too; clear its cookie and go home.
    await signOut({ callbackUrl: "/" });
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
