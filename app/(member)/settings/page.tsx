import type { Metadata } from "next";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { requirePageMember } from "@/lib/page-data";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageMember();
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-2xl font-semibold text-brand-800">Settings</h1>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">Devices</h2>
        <p className="text-muted">Lost a phone, or signed in on a shared computer? End every session, including this one.</p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
