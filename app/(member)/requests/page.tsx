import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth";
import { listMyRequests } from "@/lib/data/requests";
import { formatDate, MODE_LABELS } from "@/lib/format";
import { REQUEST_STATUS_LABELS } from "@/lib/labels";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Your requests" };

export default async function RequestsPage() {
  const actor = await getActor();
  const requests = await loadPageData(() => listMyRequests(actor));
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-brand-800">Your requests</h1>
        <Link href="/requests/new" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Ask for a mentor or coach</Link>
      </div>
      {requests.length === 0 ? (
        <p className="text-muted">You have not asked for a mentor or coach yet.</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((request) => (
            <li key={request.id} className="rounded-lg border border-brand-100 bg-white p-4">
              <Link href={`/requests/${request.id}`} className="font-medium text-brand-700 underline">
                {MODE_LABELS[request.mode]}{request.area ? `: ${request.area}` : ""}
              </Link>
              <p className="text-sm text-muted">
                {REQUEST_STATUS_LABELS[request.status]} · asked {formatDate(request.createdAt)}
                {request.status === "OPEN" ? ` · open until ${formatDate(request.expiresAt)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
