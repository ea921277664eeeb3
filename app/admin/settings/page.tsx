import type { Metadata } from "next";
import { ProgrammeNumbersForm } from "@/components/settings/programme-numbers-form";
import { ReferenceEditor } from "@/components/settings/reference-editor";
import { WeightsForm } from "@/components/settings/weights-form";
import { getActor } from "@/lib/auth";
import { requireAdmin } from "@/lib/authz";
import { effectiveWeights } from "@/lib/data/matching";
import { listReferenceData } from "@/lib/data/reference";
import { getProgrammeSettings } from "@/lib/data/settings";
import { DEFAULT_WEIGHTS } from "@/lib/matching";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Settings" };

export default async function AdminSettingsPage() {
  const actor = await getActor();
  const [settings, reference] = await loadPageData(async () => {
    requireAdmin(actor);
    return Promise.all([getProgrammeSettings(), listReferenceData(actor)]);
  });
  const { matchingWeights, ...numbers } = settings;
  const weights = effectiveWeights(matchingWeights);
  const regions = reference.region.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name }));
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold text-brand-800">Programme settings</h1>
      <section aria-labelledby="numbers-heading" className="space-y-3">
        <h2 id="numbers-heading" className="text-xl font-semibold">Timings</h2>
        <ProgrammeNumbersForm current={numbers} />
      </section>
      <section aria-labelledby="weights-heading" className="space-y-3">
        <h2 id="weights-heading" className="text-xl font-semibold">Matching weights</h2>
        <WeightsForm weights={JSON.parse(JSON.stringify(weights))} isDefault={weights === DEFAULT_WEIGHTS} />
      </section>
      <section aria-labelledby="reference-heading" className="space-y-3">
        <h2 id="reference-heading" className="text-xl font-semibold">Reference lists</h2>
        <p className="text-muted">Retired entries disappear from forms but stay on the profiles that use them.</p>
        <ReferenceEditor kind="careerGrade" title="Career grades" items={reference.careerGrade} regions={regions} />
        <ReferenceEditor kind="specialty" title="Specialties" items={reference.specialty} regions={regions} />
        <ReferenceEditor kind="region" title="Regions" items={reference.region} regions={regions} />
        <ReferenceEditor kind="employer" title="Employers (NHS trusts and boards)" items={reference.employer} regions={regions} />
        <ReferenceEditor kind="developmentArea" title="Development areas" items={reference.developmentArea} regions={regions} />
      </section>
    </div>
  );
}
