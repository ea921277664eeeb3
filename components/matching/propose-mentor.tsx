"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { proposeMentorAction } from "@/lib/actions/matching";
import type { ShortlistDto } from "@/lib/data/proposals";
import { ShortlistPicker } from "./shortlist-picker";

/** Asks a mentor of the lead's choosing for an open request (outside a round). */
export function ProposeMentor({ shortlist, requestId, menteeName }: { shortlist: ShortlistDto; requestId: string; menteeName: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  async function submit(choice: { mentorId: string; justification: string | null }) {
    setBusy(true);
    const result = await proposeMentorAction({ requestId, ...choice });
    setBusy(false);
    if (!result.ok) {
      const detail = Object.values(result.error.fieldErrors ?? {})[0]?.[0];
      return setMessage({ tone: "error", text: `${result.error.message}${detail ? ` ${detail}` : ""}` });
    }
    setMessage({ tone: "success", text: "Approved: the mentor has been asked by email." });
    router.refresh();
  }
  return (
    <div className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <ShortlistPicker shortlist={shortlist} menteeName={menteeName} busy={busy} submitLabel="Ask this mentor" onSubmit={submit} />
    </div>
  );
}
