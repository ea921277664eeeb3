import type { Metadata } from "next";
import { RequestForm } from "@/components/requests/request-form";
import { getReferenceOptions } from "@/lib/data/reference";
import { requirePageMember } from "@/lib/page-data";

export const metadata: Metadata = { title: "Ask for a mentor or coach" };

export default async function NewRequestPage({ searchParams }: { searchParams: Promise<{ mode?: string }> }) {
  await requirePageMember();
  const { mode } = await searchParams;
  const options = await getReferenceOptions();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">Ask for a mentor or coach</h1>
      <p className="text-muted">
        The programme lead reviews every proposed match, and the volunteer accepts it, before you are introduced. You can
        withdraw at any time.
      </p>
      <RequestForm options={options} initialMode={mode === "COACHING" ? "COACHING" : "MENTORING"} />
    </div>
  );
}
