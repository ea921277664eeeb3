import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/profile/profile-form";
import { SafeguardsList } from "@/components/requests/safeguards-list";
import { getActor } from "@/lib/auth";
import { getMyProfile } from "@/lib/data/profile";
import { getReferenceOptions } from "@/lib/data/reference";
import { getMySafeguards } from "@/lib/data/requests";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await getActor();
  const [profile, options, safeguards] = await loadPageData(() => Promise.all([getMyProfile(actor), getReferenceOptions(), getMySafeguards(actor)]));
  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800">Your profile</h1>
        <p className="text-muted">
          Signed in as {profile.email}. Your email and phone are shown only to people you are matched with.
        </p>
      </div>
      <ProfileForm profile={profile} options={options} />
      <section aria-labelledby="safeguards-heading" className="space-y-3">
        <h2 id="safeguards-heading" className="text-xl font-semibold">People you will never be matched with</h2>
        <p className="text-muted">Your supervisors, line manager, appraiser or ARCP assessor, and anyone you chose to exclude. This works both ways.</p>
        <SafeguardsList safeguards={safeguards} />
      </section>
      <section aria-labelledby="equality-heading" className="space-y-2">
        <h2 id="equality-heading" className="text-xl font-semibold">Equality monitoring</h2>
        <p className="text-muted">
          Optional, and only with your consent. <Link href="/profile/equality" className="text-brand-700 underline">Review or change your answers</Link>.
        </p>
      </section>
    </div>
  );
}
