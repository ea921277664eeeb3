"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { archivePeerGroupAction } from "@/lib/actions/peer-groups";

export function ArchiveGroupButton({ groupId, name }: { groupId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  async function archive() {
    const result = await archivePeerGroupAction({ groupId });
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }
  return (
    <>
      <Button variant="link" onClick={archive} aria-label={`Archive ${name}`}>Archive</Button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </>
  );
}
