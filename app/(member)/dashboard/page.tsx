import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth";
import { getDashboard } from "@/lib/data/dashboard";
import { listProposalsAwaitingMe } from "@/lib/data/proposals";
import { listMyRelationships } from "@/lib/data/relationships";
import { formatDate, formatDateTime, MODE_LABELS } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Dashboard" };

const card = "rounded-lg border border-brand-100 bg-white p-4";

export default async function DashboardPage() {
  const actor = await getActor();
  const [dashboard, proposals, relationships] = await loadPageData(() => Promise.all([getDashboard(actor), listProposalsAwaitingMe(actor), listMyRelationships(actor)]));
  const active = relationships.filter((r) => r.status === "ACTIVE");
  const feedbackDue = relationships.filter((r) => r.feedbackDue);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold text-brand-800">Welcome{dashboard.name ? `, ${dashboard.name}` : ""}</h1>

      {proposals.length > 0 && (
        <section aria-labelledby="proposals-heading" className="space-y-3">
          <h2 id="proposals-heading" className="text-xl font-semibold">Waiting for your answer</h2>
          <ul className="space-y-2">
            {proposals.map((proposal) => (
              <li key={proposal.id} className={`${card} border-l-4 border-l-amber-600`}>
                <Link href={`/proposals/${proposal.id}`} className="font-medium text-brand-700 underline">
                  Would you {proposal.mode === "MENTORING" ? "mentor" : "coach"} {proposal.mentee.name}?
                </Link>
                <p className="text-sm text-muted">
                  {[proposal.mentee.grade, proposal.mentee.specialty, proposal.mentee.region].filter(Boolean).join(" · ")}
                  {proposal.respondBy ? ` · please answer by ${formatDate(proposal.respondBy)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="relationships-heading" className="space-y-3">
        <h2 id="relationships-heading" className="text-xl font-semibold">Your mentoring and coaching</h2>
        {active.length === 0 ? (
          <p className="text-muted">No active relationships yet.</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {active.map((r) => (
              <li key={r.id} className={card}>
                <Link href={`/relationships/${r.id}`} className="font-medium text-brand-700 underline">
                  {r.role === "MENTEE" ? `${MODE_LABELS[r.mode]} with ${r.otherName}` : `You ${r.mode === "MENTORING" ? "mentor" : "coach"} ${r.otherName}`}
                </Link>
                <p className="text-sm text-muted">
                  {r.sessions ? `Session ${Math.min(r.sessions.held + 1, r.sessions.planned)} of ${r.sessions.planned}` : r.lastCheckInAt ? `Last check-in ${formatDate(r.lastCheckInAt)}` : "No check-in logged yet"}
                  {r.nextCheckInAt ? ` · next ${formatDateTime(r.nextCheckInAt)}` : ""}
                </p>
                {r.needsMyConfirmation && <p className="text-sm font-medium text-amber-800">Your agreement needs confirming.</p>}
              </li>
            ))}
          </ul>
        )}
        {feedbackDue.length > 0 && (
          <p>
            Tell us how it went:{" "}
            {feedbackDue.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ", "}
                <Link href={`/relationships/${r.id}/feedback`} className="text-brand-700 underline">feedback on your time with {r.otherName}</Link>
              </span>
            ))}
            .
          </p>
        )}
        {relationships.length > 0 && (
          <p className="text-sm"><Link href="/record" className="text-brand-700 underline">Your record for appraisal</Link></p>
        )}
      </section>

      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-xl font-semibold">Your requests</h2>
        {dashboard.openRequests.length === 0 ? (
          <p className="text-muted">
            You have no open requests. <Link href="/requests/new" className="text-brand-700 underline">Ask for a mentor or a coach</Link>.
          </p>
        ) : (
          <ul className="space-y-2">
            {dashboard.openRequests.map((request) => (
              <li key={request.id} className={card}>
                <Link href={`/requests/${request.id}`} className="font-medium text-brand-700 underline">
                  {MODE_LABELS[request.mode]}{request.area ? `: ${request.area}` : ""}
                </Link>
                <p className="text-sm text-muted">Asked {formatDate(request.createdAt)} · open until {formatDate(request.expiresAt)}</p>
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
              <li key={offer.mode} className={card}>
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
