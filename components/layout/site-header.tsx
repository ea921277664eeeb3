import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Actor } from "@/lib/authz";

const memberLinks = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/relationships", label: "Mentoring & coaching" },
  { href: "/requests", label: "Requests" },
  { href: "/volunteer", label: "Volunteer" },
  { href: "/groups", label: "Groups" },
  { href: "/profile", label: "Profile" },
];

export function SiteHeader({ actor }: { actor: Actor | null }) {
  const links = actor?.profileCompleted ? [...memberLinks, ...(actor.role === "ADMIN" ? [{ href: "/admin", label: "Programme" }] : [])] : [];
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={actor ? "/dashboard" : "/"} className="text-lg font-semibold text-brand-800 no-underline">
          Coaching and Mentoring
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="font-medium text-brand-700 underline-offset-4 hover:underline">
              {link.label}
            </Link>
          ))}
          {actor ? (
            <SignOutButton />
          ) : (
            <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
