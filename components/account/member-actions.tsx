"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { setMemberDisabledAction, setMemberRoleAction } from "@/lib/actions/account";
import { EraseAccount } from "./erase-account";

export function MemberActions({ member }: { member: { id: string; name: string | null; role: "MEMBER" | "ADMIN"; disabled: boolean } }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const label = member.name ?? "this member";

  async function run(action: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    setBusy(true);
    setError(undefined);
    const result = await action();
    setBusy(false);
    if (!result.ok) setError(result.error?.message);
    else router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" disabled={busy} aria-label={`${member.role === "ADMIN" ? "Remove programme lead role from" : "Make programme lead:"} ${label}`}
        onClick={() => run(() => setMemberRoleAction({ userId: member.id, role: member.role === "ADMIN" ? "MEMBER" : "ADMIN" }))}>
        {member.role === "ADMIN" ? "Remove lead role" : "Make lead"}
      </Button>
      <Button variant={member.disabled ? "secondary" : "danger"} disabled={busy} aria-label={`${member.disabled ? "Enable" : "Disable"} ${label}`}
        onClick={() => run(() => setMemberDisabledAction({ userId: member.id, disabled: !member.disabled }))}>
        {member.disabled ? "Enable" : "Disable"}
      </Button>
      <EraseAccount userId={member.id} name={label} />
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
