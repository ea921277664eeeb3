"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ExplanationView } from "@/components/matching/explanation-view";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { rankShortlistAction } from "@/lib/actions/requests";
import type { MenteeShortlistDto } from "@/lib/data/mentee-shortlist";

const ORDINALS = ["1st", "2nd", "3rd", "4th", "5th"];

export function ShortlistRanking({ requestId, shortlist }: { requestId: string; shortlist: MenteeShortlistDto }) {
  const router = useRouter();
  const [ranks, setRanks] = useState<Record<string, string>>(() =>
    Object.fromEntries(shortlist.entries.map((e) => [e.mentor.id, e.myRank ? String(e.myRank) : ""])),
  );
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const chosen = Object.entries(ranks).filter(([, rank]) => rank);
    if (new Set(chosen.map(([, rank]) => rank)).size !== chosen.length) {
      return setMessage({ tone: "error", text: "Give each person a different place, or leave them unranked." });
    }
    const mentorIds = chosen.sort((a, b) => Number(a[1]) - Number(b[1])).map(([id]) => id);
    const result = await rankShortlistAction({ requestId, mentorIds });
    if (!result.ok) return setMessage({ tone: "error", text: result.error.message });
    setMessage({ tone: "success", text: "Thank you. The programme lead will see your preferences when matching." });
    router.refresh();
  }

  if (shortlist.entries.length === 0) return <p>Nobody is available who fits your request just now. The programme lead will keep looking.</p>;
  return (
    <form onSubmit={save} className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <ol className="space-y-3">
        {shortlist.entries.map((entry) => (
          <li key={entry.mentor.id} className="space-y-2 rounded-lg border border-brand-100 bg-white p-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <p className="font-medium">{entry.mentor.name}</p>
                <p className="text-sm text-muted">{[entry.mentor.grade, entry.mentor.specialty, entry.mentor.region].filter(Boolean).join(" · ")}</p>
              </div>
              <div>
                <label htmlFor={`rank-${entry.mentor.id}`} className="block text-sm font-medium">Your preference</label>
                <select id={`rank-${entry.mentor.id}`} value={ranks[entry.mentor.id]} onChange={(e) => setRanks({ ...ranks, [entry.mentor.id]: e.target.value })} className={inputClass}>
                  <option value="">Not ranked</option>
                  {shortlist.entries.map((_, index) => <option key={index} value={String(index + 1)}>{ORDINALS[index]}</option>)}
                </select>
              </div>
            </div>
            {entry.mentor.bio && <p className="text-sm">{entry.mentor.bio}</p>}
            <details>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Why they are suggested</summary>
              <div className="mt-2"><ExplanationView explanation={entry.explanation} headingLevel={4} /></div>
            </details>
          </li>
        ))}
      </ol>
      <Button type="submit">Save my preferences</Button>
    </form>
  );
}
