import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";

// Convenience redirects only; each page's data function checks the caller again.
export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!actor.profileCompleted) redirect("/onboarding");
  return children;
}
