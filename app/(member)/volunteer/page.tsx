import type { Metadata } from "next";
import { OfferForm } from "@/components/volunteering/offer-form";
import { getActor } from "@/lib/auth";
import { getReferenceOptions } from "@/lib/data/reference";
import { getMyOffers } from "@/lib/data/volunteering";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Volunteer" };

export default async function VolunteerPage() {
  const actor = await getActor();
  const [offers, options] = await loadPageData(() => Promise.all([getMyOffers(actor), getReferenceOptions()]));
  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800">Volunteer as a mentor or coach</h1>
        <p className="text-muted">
          Seniority means knowledge and experience, not age or title: an ST6 can mentor new higher trainees. You can offer
          both, and the programme lead reviews every match before you are asked to accept it.
        </p>
      </div>
      <section aria-labelledby="mentoring-heading" className="space-y-4 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="mentoring-heading" className="text-xl font-semibold">Mentoring</h2>
        <p className="text-muted">An ongoing relationship, typically 18–24 months, checking in as and when.</p>
        <OfferForm mode="MENTORING" offer={offers.find((o) => o.mode === "MENTORING")} options={options} />
      </section>
      <section aria-labelledby="coaching-heading" className="space-y-4 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="coaching-heading" className="text-xl font-semibold">Coaching</h2>
        <p className="text-muted">Time-limited and structured, for example six sessions over six months on one development area.</p>
        <OfferForm mode="COACHING" offer={offers.find((o) => o.mode === "COACHING")} options={options} />
      </section>
    </div>
  );
}
