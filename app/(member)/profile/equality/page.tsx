import type { Metadata } from "next";
import { EqualityForm } from "@/components/equality/equality-form";
import { getActor } from "@/lib/auth";
import { getMyEquality } from "@/lib/data/equality";
import { formatDate } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Equality monitoring" };

export default async function EqualityPage() {
  const actor = await getActor();
  const current = await loadPageData(() => getMyEquality(actor));
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">Equality monitoring</h1>
      <p>
        Answering is optional and changes nothing about your access to the programme. Your answers are stored apart from
        your profile, are never shown to other members, and appear in reports only as totals.
      </p>
      {current && <p className="text-muted">You consented on {formatDate(current.consentedAt)}.</p>}
      <EqualityForm current={current} />
    </div>
  );
}
