"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { updateEmailPreferencesAction } from "@/lib/actions/email";
import type { EmailPreferenceDto } from "@/lib/data/email";

/** Ticked = send me this. Essential mail (sign-in, proposals, introductions, endings) is not listed. */
export function EmailPreferencesForm({ preferences }: { preferences: EmailPreferenceDto[] }) {
  const [enabled, setEnabled] = useState(() => new Set(preferences.filter((p) => p.enabled).map((p) => p.kind)));
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [busy, setBusy] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await updateEmailPreferencesAction({ optOuts: preferences.filter((p) => !enabled.has(p.kind)).map((p) => p.kind) });
    setBusy(false);
    setMessage(result.ok ? { tone: "success", text: "Your email choices are saved." } : { tone: "error", text: result.error.message });
  }

  return (
    <form onSubmit={save} className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <fieldset className="space-y-2">
        <legend className="font-medium">Send me</legend>
        {preferences.map((preference) => (
          <div key={preference.kind} className="flex items-start gap-2">
            <input
              id={`email-${preference.kind}`}
              type="checkbox"
              checked={enabled.has(preference.kind)}
              onChange={(event) => {
                const next = new Set(enabled);
                if (event.target.checked) next.add(preference.kind);
                else next.delete(preference.kind);
                setEnabled(next);
              }}
              className="mt-1 h-4 w-4 accent-brand-700"
            />
            <label htmlFor={`email-${preference.kind}`}>
              {preference.label}
              <span className="block text-sm text-muted">{preference.description}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <p className="text-sm text-muted">Sign-in links, proposals to you, introductions and relationship endings are always sent.</p>
      <Button type="submit" disabled={busy}>{busy ? "Saving…" : "Save email choices"}</Button>
    </form>
  );
}
