import type { Metadata } from "next";
import { EraseAccount } from "@/components/account/erase-account";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { EmailPreferencesForm } from "@/components/email/email-preferences-form";
import { getActor } from "@/lib/auth";
import { getEmailPreferences } from "@/lib/data/email";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await getActor();
  const preferences = await loadPageData(() => getEmailPreferences(actor));
  return (
    <div className="max-w-2xl space-y-10">
      <h1 className="text-2xl font-semibold text-brand-800">Settings</h1>
      <section aria-labelledby="email-heading" className="space-y-3">
        <h2 id="email-heading" className="text-xl font-semibold">Email</h2>
        <EmailPreferencesForm preferences={preferences} />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">Devices</h2>
        <p className="text-muted">Lost a phone, or signed in on a shared computer? End every session, including this one.</p>
        <SignOutEverywhere />
      </section>
      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-xl font-semibold">Your data</h2>
        <p>
          <a href="/settings/data" className="text-brand-700 underline">Download everything we hold about you</a> (JSON). For a printable
          record of your mentoring and coaching for appraisal, see <a href="/record" className="text-brand-700 underline">your record</a>.
        </p>
        <EraseAccount />
      </section>
    </div>
  );
}
