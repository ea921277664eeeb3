import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OnboardingForm } from "@/components/profile/onboarding-form";
import { getActor } from "@/lib/auth";
import { getMyProfile } from "@/lib/data/profile";
import { getReferenceOptions } from "@/lib/data/reference";

export const metadata: Metadata = { title: "Welcome" };

export default async function OnboardingPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=/onboarding");
  if (actor.profileCompleted) redirect("/dashboard");
  const [profile, options] = await Promise.all([getMyProfile(actor), getReferenceOptions()]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">Welcome: tell us a little about yourself</h1>
      <p className="text-muted">
        These five details let the programme suggest the right mentors, coaches and peer groups. You can add more to
        your profile later. Your email address is never shown to other members until you are matched.
      </p>
      <OnboardingForm options={options} defaultName={profile.name ?? ""} />
    </div>
  );
}
