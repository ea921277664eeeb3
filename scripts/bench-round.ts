/**
 * A matching round as the programme lead runs it, through the database, at national scale.
 *
 *   npm run bench:round                       (the national round: 8,000 requests, 4,000 offers)
 *   tsx scripts/bench-round.ts --instance large-2000 --runs 3
 *
 * bench:matching times the engine on plain inputs; this times everything around it as well. It
 * starts a temporary embedded PostgreSQL (or uses a fresh database on TEST_DATABASE_URL's server),
 * applies the migrations, stores the benchmark's generated instance as members, offers, requests,
 * exclusions, conflicts and relationships, then runs whole rounds with the app's own code
 * (lib/data/rounds.ts) and prints one JSON line per step with the median of `runs`:
 * - load: reading the open requests and offers and mapping them to engine inputs;
 * - round: runMatchingRound end to end (load, engine, storing every proposal with its
 *   explanation in one transaction; each round supersedes the last one's proposals);
 * - review-page: the data of the round's review page, first page and a later one;
 * - rounds-list, overview-page, requests-page, reports-page: the lead's other pages' data;
 * - approve-all-steps: "approve all" as the review page drives it, three steps of 100 proposals
 *   (every step to the end with --approve-all: 78 steps for a national round).
 * Each line has `ms` (median wall time), `runs_ms`, and what was loaded or stored. With --keep
 * the database stays up (its URL is printed) until Ctrl-C, to look at the round in the app.
 */
import { generateInstance, INSTANCES, median, readOption } from "./bench-matching";
import { prismaEnvironment, runPrisma } from "./lib/prisma-cli";
import { allowServerOnlyImports } from "./lib/server-only-hook";
import { createTemporaryDatabaseOn, startTemporaryEmbeddedDatabase } from "./lib/temporary-database";
import type { MenteeInput, MentorInput } from "../lib/matching/types";

allowServerOnlyImports();

const GRADES = ["FY", "CT1", "CT2", "CT3", "ST4", "ST5", "ST6", "ST7", "SAS", "SPEC", "NEWCONS", "CONS"];
const DAY = 86_400_000;

/** Stores the generated round as the app's rows; request ages are kept relative to now. */
async function storeInstance(mentees: MenteeInput[], mentors: MentorInput[], instanceNow: number) {
  const { db } = await import("../lib/db");
  const client = db();
  const now = Date.now();
  const chunked = async <T,>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let k = 0; k < rows.length; k += 5000) await insert(rows.slice(k, k + 5000));
  };

  const names = (pairs: [string, string][]) => [...new Map(pairs)].map(([id, name]) => ({ id, name }));
  const specialties = names([...mentees, ...mentors].map((p) => [p.specialtyId, p.specialtyName]));
  const regions = names([...mentees, ...mentors].map((p) => [p.regionId, p.regionName]));
  const areaIds = new Set<string>();
  for (const m of mentors) for (const a of m.developmentAreaIds) areaIds.add(a);
  for (const m of mentees) if (m.developmentAreaId) areaIds.add(m.developmentAreaId);
  const areaNames = new Map(mentees.flatMap((m) => (m.developmentAreaId ? [[m.developmentAreaId, m.developmentAreaName ?? m.developmentAreaId] as const] : [])));
  const employers = new Set([...mentees, ...mentors].flatMap((p) => (p.employerId ? [p.employerId] : [])));

  await client.careerGrade.createMany({ data: GRADES.map((code, k) => ({ id: `grade-${k + 1}`, code, name: code, rank: k + 1 })) });
  await client.specialty.createMany({ data: specialties.map((s) => ({ ...s, code: s.id })) });
  await client.region.createMany({ data: regions.map((r) => ({ ...r, code: r.id })) });
  await client.employer.createMany({ data: [...employers].map((id) => ({ id, name: id })) });
  await client.developmentArea.createMany({ data: [...areaIds].map((id) => ({ id, code: id, name: areaNames.get(id) ?? id })) });

  // People: every mentor person, every mentee person (a few are the same person), eight "holders"
  // who fill the places mentors already give, and the programme lead.
  const people = new Map<string, MenteeInput | MentorInput>();
  for (const p of [...mentors, ...mentees]) if (!people.has(p.personId)) people.set(p.personId, p);
  // One set of holders per mode: a person offering both may hold places in each.
  const holders = (mode: string) => [1, 2, 3, 4].map((k) => `holder-${mode.toLowerCase()}-${k}`);
  const users = [...people].map(([id, p]) => ({
    id,
    email: `${id}@bench.invalid`,
    name: `Member ${id}`,
    careerGradeId: `grade-${p.gradeRank}`,
    specialtyId: p.specialtyId,
    regionId: p.regionId,
    employerId: p.employerId,
    profileCompletedAt: new Date(now),
  }));
  await chunked(users, (data) => client.user.createMany({ data }));
  await client.user.createMany({ data: [...holders("MENTORING"), ...holders("COACHING"), "lead"].map((id) => ({ id, email: `${id}@bench.invalid`, name: id, role: id === "lead" ? ("ADMIN" as const) : ("MEMBER" as const) })) });

  const equality = [...new Map(mentors.map((m) => [m.personId, m.attributes])).entries()]
    .filter(([, a]) => a.gender !== undefined || a.ethnicMinority !== undefined || a.imgExperience !== undefined)
    .map(([userId, a]) => ({ userId, consentedAt: new Date(now), gender: a.gender ?? null, ethnicMinority: a.ethnicMinority ?? null, imgStatus: a.imgExperience ?? null }));
  await chunked(equality, (data) => client.equalityData.createMany({ data }));

  const offerId = (m: MentorInput) => `offer-${m.personId}-${m.mode}`;
  await chunked(mentors, (chunk) =>
    client.volunteerOffer.createMany({
      data: chunk.map((m) => ({ id: offerId(m), userId: m.personId, mode: m.mode, capacity: m.capacity, acceptedGradeRanks: m.acceptedGradeRanks, meetingMode: m.meetingMode })),
    }),
  );
  await chunked(
    mentors.flatMap((m) => m.developmentAreaIds.map((developmentAreaId) => ({ offerId: offerId(m), developmentAreaId }))),
    (data) => client.volunteerOfferArea.createMany({ data }),
  );
  // Places already taken: active relationships with the holders.
  await chunked(
    mentors.flatMap((m) => holders(m.mode).slice(0, m.activeCount).map((menteeId) => ({ menteeId, mentorId: m.personId, mode: m.mode }))),
    (data) => client.relationship.createMany({ data }),
  );

  // One open request per person and mode (the database enforces it): a repeat is left out.
  const seen = new Set<string>();
  const requests = mentees.filter((m) => !seen.has(`${m.personId}:${m.mode}`) && seen.add(`${m.personId}:${m.mode}`));
  await chunked(requests, (chunk) =>
    client.mentoringRequest.createMany({
      data: chunk.map((m) => {
        const createdAt = new Date(now - (instanceNow - m.waitingSinceMs));
        return {
          id: m.requestId,
          menteeId: m.personId,
          mode: m.mode,
          developmentAreaId: m.developmentAreaId,
          aims: "Generated for the benchmark",
          specialtyPreference: m.specialtyPreference,
          regionPreference: m.regionPreference === "OTHER" ? ("DIFFERENT" as const) : m.regionPreference,
          meetingMode: m.meetingMode,
          wantsIndependence: m.wantsIndependence,
          preferGender: m.consentedPreferences.gender ?? null,
          preferEthnicMinority: m.consentedPreferences.ethnicMinorityMentor ?? false,
          preferImgExperience: m.consentedPreferences.imgExperience ?? false,
          createdAt,
          expiresAt: new Date(createdAt.getTime() + 365 * DAY),
        };
      }),
    }),
  );

  const pairs = (list: [string, string][]) => [...new Map(list.filter(([a, b]) => a !== b).map(([a, b]) => [`${a}|${b}`, [a, b] as const])).values()];
  const exclusions = pairs([...requests.flatMap((m) => m.excludedPersonIds.map((x): [string, string] => [m.personId, x])), ...mentors.flatMap((m) => m.excludedPersonIds.map((x): [string, string] => [m.personId, x]))]);
  await chunked(exclusions, (chunk) => client.exclusion.createMany({ data: chunk.map(([ownerId, excludedId]) => ({ ownerId, excludedId })) }));
  const conflicts = pairs([...requests.flatMap((m) => m.conflictPersonIds.map((x): [string, string] => [m.personId, x])), ...mentors.flatMap((m) => m.conflictPersonIds.map((x): [string, string] => [m.personId, x]))]);
  await chunked(conflicts, (chunk) => client.declaredConflict.createMany({ data: chunk.map(([declarerId, otherId]) => ({ declarerId, otherId, kind: "LINE_MANAGER" as const })) }));
  const ended = pairs(requests.flatMap((m) => m.previousPartnerIds.map((x): [string, string] => [m.personId, x])));
  await chunked(ended, (chunk) =>
    client.relationship.createMany({ data: chunk.map(([menteeId, mentorId]) => ({ menteeId, mentorId, mode: "MENTORING" as const, status: "ENDED" as const, endedAt: new Date(now - 90 * DAY) })) }),
  );
  return { requests: requests.length, offers: mentors.length, exclusions: exclusions.length, conflicts: conflicts.length, endedPairs: ended.length };
}

async function main() {
  const args = process.argv.slice(2);
  const instanceName = readOption(args, "--instance") ?? "national";
  const runs = Math.max(1, Number(readOption(args, "--runs") ?? 3));
  const spec = INSTANCES.find((s) => s.name === instanceName);
  if (!spec) throw new Error(`No instance ${instanceName}; one of ${INSTANCES.map((s) => s.name).join(", ")}`);

  const database = process.env.TEST_DATABASE_URL ? await createTemporaryDatabaseOn(process.env.TEST_DATABASE_URL, "mentoring_bench") : await startTemporaryEmbeddedDatabase("mentoring_bench");
  try {
    runPrisma(["migrate", "deploy"], { ...prismaEnvironment(), DATABASE_URL: database.url }, { quiet: true });
    process.env.DATABASE_URL = database.url;
    const { mentees, mentors, now } = generateInstance(spec);
    const t0 = performance.now();
    const stored = await storeInstance(mentees, mentors, now);
    console.log(JSON.stringify({ instance: spec.name, step: "store-instance", ms: Math.round(performance.now() - t0), ...stored }));

    const { db } = await import("../lib/db");
    const { loadMentees, loadMentors } = await import("../lib/data/matching");
    const { runMatchingRound, getRound, listRounds, ROUND_PAGE_SIZE } = await import("../lib/data/rounds");
    const { approveAllInRound } = await import("../lib/data/proposals");
    const lead = { id: "lead", email: "lead@bench.invalid", name: "lead", role: "ADMIN" as const, profileCompleted: true };
    const timed = async <T,>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const value = await work();
      return [value, performance.now() - start];
    };
    const report = (step: string, times: number[], extra: Record<string, unknown>) =>
      console.log(JSON.stringify({ instance: spec.name, step, ms: Math.round(median(times)), runs_ms: times.map(Math.round), ...extra }));

    const load: number[] = [];
    let loaded = { mentees: 0, mentors: 0 };
    for (let r = 0; r < runs; r++) {
      const [[m, o], ms] = await timed(() => Promise.all([loadMentees(db(), {}), loadMentors(db(), {})]));
      load.push(ms);
      loaded = { mentees: m.length, mentors: o.length };
    }
    report("load", load, loaded);

    const round: number[] = [];
    let last = { roundId: "", matched: 0, unmatched: 0 };
    for (let r = 0; r < runs; r++) {
      const [result, ms] = await timed(() => runMatchingRound(lead, { filters: {} }));
      round.push(ms);
      last = result;
    }
    report("round", round, { matched: last.matched, unmatched: last.unmatched });

    for (const page of [1, 40]) {
      const times: number[] = [];
      let bytes = 0;
      let shown = 0;
      for (let r = 0; r < runs; r++) {
        const [detail, ms] = await timed(() => getRound(lead, last.roundId, { page }));
        times.push(ms);
        bytes = Buffer.byteLength(JSON.stringify(detail));
        shown = detail.proposals.length;
      }
      report(`review-page-${page}`, times, { proposals_shown: shown, page_size: ROUND_PAGE_SIZE, dto_kb: Math.round(bytes / 1024) });
    }
    const [list, listMs] = await timed(() => listRounds(lead));
    report("rounds-list", [listMs], { rounds: list.length });
    // The lead's other pages over the same national programme.
    const { getProgrammeOverview, listOpenRequests } = await import("../lib/data/programme");
    const { getProgrammeReport } = await import("../lib/data/reports");
    const pages: [string, () => Promise<unknown>][] = [
      ["overview-page", () => getProgrammeOverview(lead)],
      ["requests-page", () => listOpenRequests(lead)],
      ["reports-page", () => getProgrammeReport(lead)],
    ];
    for (const [step, load] of pages) {
      const times: number[] = [];
      let bytes = 0;
      for (let r = 0; r < runs; r++) {
        const [data, ms] = await timed(load);
        times.push(ms);
        bytes = Buffer.byteLength(JSON.stringify(data));
      }
      report(step, times, { dto_kb: Math.round(bytes / 1024) });
    }

    // "Approve all" on the last round, as the review page drives it: steps of 100 proposals,
    // each going on from the last one's cursor. Three steps, or every one with --approve-all.
    const steps: number[] = [];
    let approved = 0;
    let refused = 0;
    let cursor: string | null = null;
    for (let step = 0; args.includes("--approve-all") || step < 3; step++) {
      const [result, ms] = await timed(() => approveAllInRound(lead, { roundId: last.roundId, after: cursor }));
      steps.push(ms);
      approved += result.approved;
      refused += result.refused.length;
      cursor = result.cursor;
      if (result.done) break;
    }
    const total = steps.reduce((a, b) => a + b, 0);
    report("approve-all-steps", steps, { steps: steps.length, approved, refused, ms_per_approval: Math.round((total / Math.max(1, approved + refused)) * 10) / 10 });

    if (args.includes("--keep")) {
      console.log(JSON.stringify({ instance: spec.name, step: "kept", url: database.url, lead: "lead@bench.invalid", note: "Ctrl-C stops and deletes the database" }));
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
    }
    await db().$disconnect();
  } finally {
    await database.stop();
  }
}

await main();
