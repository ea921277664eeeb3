import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth";
import { getDashboard } from "@/lib/data/dashboard";
import { formatDate, MODE_LABELS } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await getActor();
  const dashboard = await loadPageData(() => getDashboard(actor));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold text-brand-800">Welcome{dashboard.name ? `, ${dashboard.name}` : ""}</h1>

      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-xl font-semibold">Your requests</h2>
        {dashboard.openRequests.length === 0 ? (
          <p className="text-muted">
            You have no open requests. <Link href="/requests/new" className="text-brand-700 underline">Ask for a mentor or a coach</Link>.
          </p>
        ) : (
          <ul className="space-y-2">
            {dashboard.openRequests.map((request) => (
              <li key={request.id} className="rounded-lg border border-brand-100 bg-white p-4">
                <Link href={`/requests/${request.id}`} className="font-medium text-brand-700 underline">
                  {MODE_LABELS[request.mode]}{request.area ? `: ${request.area}` : ""}
                </Link>
                <p className="text-sm text-muted">
                  Asked {formatDate(request.createdAt)} · open until {formatDate(request.expiresAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="volunteer-heading" className="space-y-3">
        <h2 id="volunteer-heading" className="text-xl font-semibold">Volunteering</h2>
        {dashboard.offers.length === 0 ? (
          <p className="text-muted">
            You are not volunteering yet. <Link href="/volunteer" className="text-brand-700 underline">Offer to mentor or coach</Link>.
          </p>
        ) : (
          <ul className="space-y-2">
            {dashboard.offers.map((offer) => (
              <li key={offer.mode} className="rounded-lg border border-brand-100 bg-white p-4">
                <span className="font-medium">{MODE_LABELS[offer.mode]}</span>:{" "}
                {offer.capacity === 0 ? "paused" : `${offer.active} of ${offer.capacity} ${offer.capacity === 1 ? "place" : "places"} taken`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
