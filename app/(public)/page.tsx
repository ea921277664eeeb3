import Link from "next/link";
import { TableRegion } from "@/components/ui/table-region";

const differences = [
  { aspect: "Length", mentoring: "An ongoing relationship, typically 18–24 months", coaching: "Time-limited, for example up to six sessions over six months" },
  { aspect: "Structure", mentoring: "Informal: check in as and when, the mentor stepping back when less needed", coaching: "Structured: sessions scheduled in advance" },
  { aspect: "Who", mentoring: "Usually someone more experienced, often in your field", coaching: "Need not share your field; often better from outside your specialty" },
  { aspect: "Focus", mentoring: "Your professional development as a whole", coaching: "One named development area" },
];

const coachingExamples = [
  "Giving evidence at a First-Tier (mental health) Tribunal",
  "Induction of a new colleague: an IT “show and tell”",
  "CESR / Portfolio pathway submission for SAS doctors",
  "Preparing for a consultant interview",
  "Mock OSCE and CASC exam practice",
];

export default function LandingPage() {
  return (
    <div className="space-y-14">
      <section aria-labelledby="intro-heading" className="space-y-5">
        <h1 id="intro-heading" className="text-3xl font-semibold tracking-tight text-brand-800 sm:text-4xl">
          Peer mentoring and coaching for psychiatrists, at every stage of a career
        </h1>
        <p className="max-w-3xl text-lg leading-relaxed text-muted">
          Coaching and mentoring help us to learn, reflect and grow. This programme connects trainees, SAS doctors and
          consultants who want support with colleagues who volunteer to give it, in a trusted space, for professional
          development, retention and resilience.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-in" className="rounded-md bg-brand-700 px-5 py-3 font-medium text-white hover:bg-brand-800">
            Sign in to ask for support or volunteer
          </Link>
          <a href="#how-it-works" className="rounded-md border border-brand-600 px-5 py-3 font-medium text-brand-700 hover:bg-brand-50">
            How it works
          </a>
        </div>
      </section>

      <section aria-labelledby="modes-heading" className="space-y-4">
        <h2 id="modes-heading" className="text-2xl font-semibold text-brand-800">
          Mentoring and coaching: two ways of helping
        </h2>
        <p className="max-w-3xl text-muted">
          Both rely on relationship-building, active listening and constructive challenge, and both work towards goals
          and check in to chart progress. They differ in how long they last and how they are run.
        </p>
        <TableRegion label="How mentoring and coaching differ">
          <table className="w-full min-w-[36rem] border-collapse text-left">
            <caption className="sr-only">How mentoring and coaching differ</caption>
            <thead>
              <tr className="border-b-2 border-brand-600">
                <th scope="col" className="py-2 pr-4">
                  <span className="sr-only">Aspect</span>
                </th>
                <th scope="col" className="py-2 pr-4 text-brand-800">Mentoring</th>
                <th scope="col" className="py-2 text-brand-800">Coaching</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((row) => (
                <tr key={row.aspect} className="border-b border-brand-100 align-top">
                  <th scope="row" className="py-3 pr-4 font-medium">{row.aspect}</th>
                  <td className="py-3 pr-4">{row.mentoring}</td>
                  <td className="py-3">{row.coaching}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        <div className="rounded-lg border border-brand-100 bg-white p-5">
          <h3 className="font-semibold">Coaching our members already give one another</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
            {coachingExamples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-2xl font-semibold text-brand-800">
          Peer groups, not only pairs
        </h2>
        <p className="max-w-3xl text-muted">
          Rather than rigid pair-matching alone, the programme builds on groupings that already work: departmental and
          sector peer groups where new consultants are shown the ropes, trainee peer-mentoring groups where experienced
          trainees share what they are learning with those starting out, and CPD peer groups used for mutual support.
        </p>
      </section>

      <section aria-labelledby="who-heading" className="space-y-3">
        <h2 id="who-heading" className="text-2xl font-semibold text-brand-800">
          Who can take part
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          <li className="rounded-lg border border-brand-100 bg-white p-5">
            <h3 className="font-semibold">Ask for a mentor or coach</h3>
            <p className="mt-2 text-muted">
              Foundation doctors, core and higher trainees, SAS doctors and new consultants.
            </p>
          </li>
          <li className="rounded-lg border border-brand-100 bg-white p-5">
            <h3 className="font-semibold">Volunteer</h3>
            <p className="mt-2 text-muted">
              Consultants, SAS doctors and experienced trainees: an ST6 can mentor new higher trainees. Seniority means
              knowledge and experience, not age or job title.
            </p>
          </li>
          <li className="rounded-lg border border-brand-100 bg-white p-5">
            <h3 className="font-semibold">Both at once</h3>
            <p className="mt-2 text-muted">
              Many people are mentored and mentor others at the same time. You set how many people you can support,
              and can pause at any time.
            </p>
          </li>
        </ul>
      </section>

      <section id="how-it-works" aria-labelledby="how-heading" className="space-y-3">
        <h2 id="how-heading" className="text-2xl font-semibold text-brand-800">
          How it works
        </h2>
        <ol className="list-decimal space-y-2 pl-5 text-muted">
          <li>Complete a short profile: your grade, specialty, region and how you like to meet.</li>
          <li>Ask for a mentor or a coach, or volunteer to be one.</li>
          <li>
            The programme lead runs matching and reviews every proposed pair. Each proposal explains why it was made,
            and conflicts of interest (your supervisor, line manager or appraiser) are never proposed.
          </li>
          <li>Your mentor or coach accepts, you are introduced, and you agree how you will work together.</li>
          <li>Set goals and check in. Your notes stay private unless you choose to share them.</li>
        </ol>
      </section>
    </div>
  );
}
