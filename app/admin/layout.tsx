import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth";

const sections = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/requests", label: "Requests" },
  { href: "/admin/rounds", label: "Matching rounds" },
  { href: "/admin/groups", label: "Peer groups" },
  { href: "/admin/members", label: "Members" },
  { href: "/admin/email", label: "Email" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit", label: "Audit log" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=/admin");
  if (actor.role !== "ADMIN") notFound();
  return (
    <div className="space-y-6">
      <nav aria-label="Programme administration" className="flex flex-wrap gap-x-4 gap-y-2 border-b border-brand-100 pb-3 text-sm">
        {sections.map((section) => (
          <Link key={section.href} href={section.href} className="font-medium text-brand-700 underline-offset-4 hover:underline">
            {section.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
