// Realistic demo data. Deterministic (a fixed random seed) and idempotent: every row has a stable
// id and is inserted with skipDuplicates, so a second run inserts nothing and changes nothing.
import { createPrismaClient } from "../lib/db";
import {
  CAREER_GRADES,
  DEVELOPMENT_AREAS,
  EMPLOYERS,
  REGIONS,
  SPECIALTIES,
} from "./reference-data";
import type { Prisma } from "../lib/generated/prisma/client";
import { describeGroup } from "../lib/matching";

export const DEMO_ACCOUNTS = {
  trainee: "trainee@demo.example",
  mentor: "mentor@demo.example",
  lead: "lead@demo.example",
} as const;

const DAY = 24 * 60 * 60 * 1000;

/** mulberry32: small, fast, and the same sequence on every machine. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    sample: <T,>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

const FIRST_NAMES = [
  "Aisha", "Tom", "Priya", "James", "Fatima", "Oliver", "Mei", "Daniel", "Chiamaka", "Rhys",
  "Sofia", "Arjun", "Eilidh", "Kwame", "Hannah", "Yusuf", "Siobhan", "Ravi", "Grace", "Tariq",
  "Niamh", "Omar", "Catrin", "Wei", "Emma", "Adebayo", "Isla", "Hassan", "Lucy", "Deepa",
  "Callum", "Zainab", "Megan", "Kofi", "Anna", "Imran", "Ffion", "Sanjay", "Ruth", "Ibrahim",
  "Charlotte", "Nikhil", "Morag", "Chen", "Laura", "Emeka", "Bethan", "Ahmed", "Rachel", "Anjali",
];
const LAST_NAMES = [
  "Rahman", "Okafor", "Nair", "Campbell", "Hussain", "Evans", "Zhang", "Murphy", "Adeyemi", "Jones",
  "Patel", "MacLeod", "Mensah", "Walsh", "Khan", "O'Neill", "Sharma", "Thomas", "Ali", "Davies",
  "Wong", "Robertson", "Okonkwo", "Griffiths", "Iqbal", "Fraser", "Boateng", "Kelly", "Chaudhry", "Lewis",
  "Singh", "Stewart", "Nwosu", "Hughes", "Malik", "Reid", "Owusu", "Doherty", "Gupta", "Williams",
];
const INTERESTS = [
  "psychosis", "perinatal mental health", "eating disorders", "medical education", "quality improvement",
  "neurodevelopmental conditions", "substance misuse", "liaison", "psychotherapy", "digital mental health",
  "forensic risk assessment", "dementia", "leadership", "research methods", "wellbeing",
];
const MENTORING_AIMS = [
  "A sounding board while I find my feet in a new post, and advice on how to get things done here.",
  "Guidance on planning the next stage of my career and building a portfolio.",
  "Support preparing for MRCPsych and balancing exams with clinical work.",
  "Someone further along to talk through my professional development with, every couple of months.",
  "Help understanding the language and culture of a new organisation after moving from overseas.",
  "Advice on developing a special interest and finding teaching and research opportunities.",
];
const TIMES = ["weekday mornings", "weekday lunchtimes", "weekday evenings", "weekends"];

// How many people at each grade: a programme has many consultants and trainees.
const GRADE_COUNTS: Record<string, number> = {
  FY: 22, CT1: 30, CT2: 26, CT3: 24, ST4: 22, ST5: 20, ST6: 20, ST7: 18,
  SD: 30, SAS: 20, NEWCONS: 32, CONS: 76,
};

export interface SeedSummary {
  people: number;
  offers: number;
  requests: number;
  relationships: number;
}

type Client = ReturnType<typeof createPrismaClient>;

/** Reference data and the settings row: what every environment, including tests, starts from. */
export async function seedReferenceData(prisma: Client) {
  await prisma.careerGrade.createMany({ data: [...CAREER_GRADES], skipDuplicates: true });
  await prisma.specialty.createMany({ data: [...SPECIALTIES], skipDuplicates: true });
  await prisma.region.createMany({ data: [...REGIONS], skipDuplicates: true });
  await prisma.employer.createMany({ data: EMPLOYERS, skipDuplicates: true });
  await prisma.developmentArea.createMany({ data: [...DEVELOPMENT_AREAS], skipDuplicates: true });
  await prisma.programmeSettings.createMany({ data: [{ id: 1, matchingWeights: {} }], skipDuplicates: true });
}

export async function seed(prisma: Client, now = new Date()): Promise<SeedSummary> {
  const random = createRandom(20261125);
  await seedReferenceData(prisma);

  const people: Prisma.UserCreateManyInput[] = [];
  const offers: Prisma.VolunteerOfferCreateManyInput[] = [];
  const offerAreas: Prisma.VolunteerOfferAreaCreateManyInput[] = [];
  const requests: Prisma.MentoringRequestCreateManyInput[] = [];
  const equality: Prisma.EqualityDataCreateManyInput[] = [];
  const usedEmails = new Set<string>();

  let index = 0;
  for (const grade of CAREER_GRADES) {
    for (let k = 0; k < GRADE_COUNTS[grade.code]; k++, index++) {
      // Round-robin over regions and specialties so every combination of each appears.
      const region = REGIONS[index % REGIONS.length];
      const specialty = SPECIALTIES[(index * 7) % SPECIALTIES.length];
      const employersInRegion = EMPLOYERS.filter((e) => e.regionId === region.id);
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      let email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "") + "@nhs.example";
      for (let n = 2; usedEmails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
      usedEmails.add(email);
      const id = `seed-person-${String(index + 1).padStart(3, "0")}`;
      people.push({
        id,
        email,
        emailVerified: new Date(now.getTime() - random.int(30, 400) * DAY),
        name: `Dr ${first} ${last}`,
        careerGradeId: grade.id,
        specialtyId: specialty.id,
        regionId: region.id,
        employerId: random.pick(employersInRegion).id,
        gmcNumber: String(7000000 + index * 37).slice(0, 7),
        bio: `${grade.name} in ${specialty.name} psychiatry, ${region.name}.`,
        interests: random.sample(INTERESTS, random.int(1, 3)),
        meetingMode: random.pick(["ONLINE", "IN_PERSON", "EITHER", "EITHER"] as const),
        availabilityHoursPerMonth: random.int(1, 6),
        preferredTimes: random.sample(TIMES, random.int(1, 2)),
        profileCompletedAt: new Date(now.getTime() - random.int(20, 300) * DAY),
        createdAt: new Date(now.getTime() - random.int(300, 700) * DAY),
      });

      // Experienced people volunteer: consultants and SAS doctors mostly, senior trainees sometimes.
      const volunteers = grade.rank >= 9 ? random.chance(0.6) : grade.rank >= 6 ? random.chance(0.35) : false;
      if (volunteers) {
        const offerId = `seed-offer-m-${id}`;
        offers.push({
          id: offerId,
          userId: id,
          mode: "MENTORING",
          capacity: random.pick([0, 1, 2, 2, 3, 3, 4]),
          acceptedGradeRanks: grade.rank >= 9 ? [] : CAREER_GRADES.filter((g) => g.rank < grade.rank && g.rank >= grade.rank - 3).map((g) => g.rank),
          meetingMode: random.pick(["ONLINE", "IN_PERSON", "EITHER", "EITHER"] as const),
        });
        for (const area of random.sample(DEVELOPMENT_AREAS, random.int(1, 3))) {
          offerAreas.push({ offerId, developmentAreaId: area.id });
        }
      }
      if (grade.rank >= 9 && random.chance(0.3)) {
        const offerId = `seed-offer-c-${id}`;
        offers.push({
          id: offerId,
          userId: id,
          mode: "COACHING",
          capacity: random.pick([1, 1, 2, 3]),
          meetingMode: random.pick(["ONLINE", "EITHER"] as const),
        });
        for (const area of random.sample(DEVELOPMENT_AREAS, random.int(2, 4))) {
          offerAreas.push({ offerId, developmentAreaId: area.id });
        }
      }

      // Trainees, SAS doctors and new consultants ask for support.
      const asks = grade.rank <= 8 || grade.code === "NEWCONS" || grade.code === "SD" ? random.chance(0.45) : false;
      if (asks) {
        const coaching = random.chance(0.3);
        const waitedDays = random.int(1, 80);
        const createdAt = new Date(now.getTime() - waitedDays * DAY);
        const area = coaching ? random.pick(DEVELOPMENT_AREAS) : random.chance(0.5) ? random.pick(DEVELOPMENT_AREAS) : null;
        requests.push({
          id: `seed-request-${id}`,
          menteeId: id,
          mode: coaching ? "COACHING" : "MENTORING",
          developmentAreaId: area?.id ?? null,
          aims: coaching
            ? `I would like focused, time-limited support with ${area!.name.toLowerCase()}.`
            : random.pick(MENTORING_AIMS),
          specialtyPreference: coaching ? random.pick(["ANY", "DIFFERENT"] as const) : random.pick(["SAME", "SAME", "ANY"] as const),
          regionPreference: random.pick(["SAME", "ANY", "ANY", "DIFFERENT"] as const),
          meetingMode: random.pick(["ONLINE", "IN_PERSON", "EITHER", "EITHER"] as const),
          wantsIndependence: random.chance(0.25),
          status: "OPEN",
          createdAt,
          expiresAt: new Date(createdAt.getTime() + 90 * DAY),
        });
      }

      if (random.chance(0.4)) {
        equality.push({
          userId: id,
          consentedAt: new Date(now.getTime() - random.int(10, 200) * DAY),
          gender: random.pick(["Woman", "Man", "Non-binary", "Prefer not to say"]),
          ethnicMinority: random.chance(0.4),
          ethnicity: null,
          imgStatus: random.chance(0.35),
          disability: random.chance(0.08),
        });
      }
    }
  }

  // The three demo accounts named in the README.
  const demo: Prisma.UserCreateManyInput[] = [
    {
      id: "demo-trainee",
      email: DEMO_ACCOUNTS.trainee,
      emailVerified: now,
      name: "Dr Aisha Rahman",
      careerGradeId: "grade-ct1",
      specialtyId: "spec-general-adult",
      regionId: "region-london",
      employerId: "employer-05",
      bio: "CT1 in General Adult psychiatry in south London, interested in early intervention in psychosis.",
      interests: ["psychosis", "medical education"],
      meetingMode: "EITHER",
      availabilityHoursPerMonth: 2,
      preferredTimes: ["weekday evenings"],
      profileCompletedAt: now,
    },
    {
      id: "demo-mentor",
      email: DEMO_ACCOUNTS.mentor,
      emailVerified: now,
      name: "Dr Tom Okafor",
      careerGradeId: "grade-cons",
      specialtyId: "spec-general-adult",
      regionId: "region-london",
      employerId: "employer-06",
      phone: "020 7946 0018",
      bio: "Consultant general adult psychiatrist and training programme director; enjoys helping trainees find their feet.",
      interests: ["medical education", "leadership"],
      meetingMode: "EITHER",
      availabilityHoursPerMonth: 4,
      preferredTimes: ["weekday lunchtimes"],
      profileCompletedAt: now,
    },
    {
      id: "demo-lead",
      email: DEMO_ACCOUNTS.lead,
      emailVerified: now,
      name: "Dr Priya Nair",
      role: "ADMIN",
      careerGradeId: "grade-cons",
      specialtyId: "spec-forensic",
      regionId: "region-south-eastern",
      employerId: "employer-42",
      bio: "Associate Registrar for Coaching and Mentoring.",
      meetingMode: "ONLINE",
      profileCompletedAt: now,
    },
  ];
  offers.push(
    { id: "demo-offer-mentoring", userId: "demo-mentor", mode: "MENTORING", capacity: 3, meetingMode: "EITHER" },
    { id: "demo-offer-coaching", userId: "demo-mentor", mode: "COACHING", capacity: 1, meetingMode: "ONLINE" },
  );
  offerAreas.push(
    { offerId: "demo-offer-mentoring", developmentAreaId: "area-career" },
    { offerId: "demo-offer-mentoring", developmentAreaId: "area-teaching" },
    { offerId: "demo-offer-coaching", developmentAreaId: "area-consultant-interview" },
    { offerId: "demo-offer-coaching", developmentAreaId: "area-leadership" },
  );
  requests.push({
    id: "demo-request-mentoring",
    menteeId: "demo-trainee",
    mode: "MENTORING",
    developmentAreaId: "area-career",
    aims: "Settling into core training: finding my way around the trust, planning for MRCPsych, and a sounding board.",
    specialtyPreference: "SAME",
    regionPreference: "SAME",
    meetingMode: "EITHER",
    createdAt: new Date(now.getTime() - 12 * DAY),
    expiresAt: new Date(now.getTime() + 78 * DAY),
  });

  await prisma.user.createMany({ data: [...demo, ...people], skipDuplicates: true });
  await prisma.volunteerOffer.createMany({ data: offers, skipDuplicates: true });
  await prisma.volunteerOfferArea.createMany({ data: offerAreas, skipDuplicates: true });
  await prisma.mentoringRequest.createMany({ data: requests, skipDuplicates: true });
  await prisma.equalityData.createMany({ data: equality, skipDuplicates: true });

  // A few declared conflicts and exclusions, so matching has rules to respect.
  const conflicts: Prisma.DeclaredConflictCreateManyInput[] = [];
  const exclusions: Prisma.ExclusionCreateManyInput[] = [];
  const seniors = people.filter((p) => ["grade-cons", "grade-newcons", "grade-sas"].includes(p.careerGradeId!));
  for (const request of requests.filter((_, i) => i % 9 === 0)) {
    const supervisor = random.pick(seniors);
    conflicts.push({ declarerId: request.menteeId, otherId: supervisor.id!, kind: random.pick(["EDUCATIONAL_SUPERVISOR", "CLINICAL_SUPERVISOR", "LINE_MANAGER", "APPRAISER"] as const) });
  }
  for (const request of requests.filter((_, i) => i % 13 === 5)) {
    exclusions.push({ ownerId: request.menteeId, excludedId: random.pick(seniors).id! });
  }
  await prisma.declaredConflict.createMany({ data: conflicts, skipDuplicates: true });
  await prisma.exclusion.createMany({ data: exclusions, skipDuplicates: true });

  const pairs = await seedWorkingPairs(prisma, { people, offers, requests, now });

  return { people: demo.length + people.length, offers: offers.length, requests: requests.length, relationships: pairs };
}

const GOALS = [
  ["Pass MRCPsych Paper A", "Sit the paper in the spring sitting with a mock score above 70%"],
  ["Lead a quality improvement project", "Complete one PDSA cycle and present it at the audit meeting"],
  ["Build confidence giving evidence at tribunal", "Give evidence at two tribunals with a debrief after each"],
  ["Prepare a teaching session", "Deliver one teaching session to foundation doctors and collect feedback"],
  ["Plan the next training post", "Agree a shortlist of three posts with my educational supervisor"],
];

/**
 * Pairs already working together, so every screen has something to show: active mentoring pairs
 * with check-ins and goals (two of them gone quiet), coaching pairs part-way through their
 * sessions, ended pairs with feedback, two peer groups, and the demo mentor's own mentee.
 * Deterministic ids; places are only taken from volunteers who have them.
 */
async function seedWorkingPairs(
  prisma: Client,
  data: { people: Prisma.UserCreateManyInput[]; offers: Prisma.VolunteerOfferCreateManyInput[]; requests: Prisma.MentoringRequestCreateManyInput[]; now: Date },
): Promise<number> {
  const random = createRandom(7);
  const { people, offers, requests, now } = data;
  const rank = new Map<string, number>(CAREER_GRADES.map((g) => [g.id, g.rank]));
  const person = new Map(people.map((p) => [p.id!, p]));
  const asking = new Set(requests.map((r) => r.menteeId));
  const free = new Map(offers.map((o) => [`${o.userId}:${o.mode}`, o.capacity]));
  const candidates = people.filter((p) => !asking.has(p.id!) && rank.get(p.careerGradeId!)! <= 8);

  const relationships: Prisma.RelationshipCreateManyInput[] = [];
  const checkIns: Prisma.CheckInCreateManyInput[] = [];
  const goals: Prisma.GoalCreateManyInput[] = [];
  const agreements: Prisma.AgreementCreateManyInput[] = [];
  const feedback: Prisma.FeedbackCreateManyInput[] = [];

  const findMentor = (menteeId: string, mode: "MENTORING" | "COACHING") => {
    const mentee = person.get(menteeId)!;
    return offers.find((o) => {
      const mentor = person.get(o.userId);
      return (
        mentor &&
        o.mode === mode &&
        (free.get(`${o.userId}:${mode}`) ?? 0) > 0 &&
        rank.get(mentor.careerGradeId!)! > rank.get(mentee.careerGradeId!)! &&
        (mode === "COACHING" || mentor.regionId === mentee.regionId)
      );
    });
  };

  const plan: { mode: "MENTORING" | "COACHING"; status: "ACTIVE" | "ENDED"; quiet?: boolean }[] = [
    ...Array.from({ length: 10 }, () => ({ mode: "MENTORING" as const, status: "ACTIVE" as const })),
    { mode: "MENTORING", status: "ACTIVE", quiet: true },
    { mode: "MENTORING", status: "ACTIVE", quiet: true },
    ...Array.from({ length: 4 }, () => ({ mode: "COACHING" as const, status: "ACTIVE" as const })),
    ...Array.from({ length: 3 }, () => ({ mode: "MENTORING" as const, status: "ENDED" as const })),
  ];
  let next = 0;
  for (const [index, item] of plan.entries()) {
    let mentee: Prisma.UserCreateManyInput | undefined;
    let offer: Prisma.VolunteerOfferCreateManyInput | undefined;
    while (next < candidates.length && !offer) {
      mentee = candidates[next++];
      offer = findMentor(mentee.id!, item.mode);
    }
    if (!mentee || !offer) break;
    if (item.status === "ACTIVE") free.set(`${offer.userId}:${item.mode}`, free.get(`${offer.userId}:${item.mode}`)! - 1);
    const id = `seed-relationship-${String(index + 1).padStart(2, "0")}`;
    const startedAt = new Date(now.getTime() - random.int(60, 300) * DAY);
    const coaching = item.mode === "COACHING";
    const lastMet = item.quiet ? new Date(now.getTime() - random.int(120, 160) * DAY) : new Date(now.getTime() - random.int(3, 40) * DAY);
    relationships.push({
      id,
      menteeId: mentee.id!,
      mentorId: offer.userId,
      mode: item.mode,
      developmentAreaId: coaching ? random.pick(DEVELOPMENT_AREAS).id : null,
      status: item.status,
      startedAt,
      plannedEndAt: new Date(startedAt.getTime() + (coaching ? 183 : 730) * DAY),
      sessionsPlanned: coaching ? 6 : null,
      lastActivityAt: item.status === "ENDED" ? startedAt : lastMet,
      ...(item.status === "ENDED" ? { endedAt: new Date(now.getTime() - random.int(5, 40) * DAY), endedById: mentee.id!, endReason: "We achieved what we set out to do." } : {}),
    });
    agreements.push({
      relationshipId: id,
      expectations: coaching ? "Six focused sessions on one development area, with actions between sessions." : "Meet every six to eight weeks; the mentee sets the agenda.",
      meetingFrequency: coaching ? "Every four weeks" : "Every six to eight weeks",
      confidentiality: "What we discuss stays between us unless there is a risk to patient safety.",
      menteeConfirmedAt: startedAt,
      mentorConfirmedAt: startedAt,
    });
    const [title, measure] = GOALS[index % GOALS.length];
    goals.push({ id: `${id}-goal`, relationshipId: id, ownerId: mentee.id!, title, measure, targetDate: new Date(now.getTime() + 120 * DAY), status: item.status === "ENDED" ? "ACHIEVED" : "IN_PROGRESS", progress: item.status === "ENDED" ? 100 : random.int(10, 70) });
    const held = coaching ? random.int(1, 4) : item.quiet ? 1 : random.int(1, 3);
    for (let k = 0; k < held; k++) {
      const occurredAt = new Date(lastMet.getTime() - k * (coaching ? 28 : 50) * DAY);
      checkIns.push({
        id: `${id}-checkin-${k + 1}`,
        relationshipId: id,
        createdById: offer.userId,
        status: "COMPLETED",
        sessionNumber: coaching ? held - k : null,
        scheduledAt: coaching ? occurredAt : null,
        occurredAt,
        durationMinutes: coaching ? 60 : 45,
        meetingMode: "ONLINE",
        summary: "Reviewed progress against goals and agreed next steps.",
      });
    }
    if (coaching && item.status === "ACTIVE") {
      const scheduledAt = new Date(now.getTime() + random.int(3, 20) * DAY);
      scheduledAt.setUTCHours(17, 30, 0, 0);
      checkIns.push({ id: `${id}-checkin-next`, relationshipId: id, createdById: mentee.id!, status: "SCHEDULED", sessionNumber: held + 1, scheduledAt, durationMinutes: 60, meetingMode: "ONLINE" });
    }
    if (item.status === "ENDED") {
      feedback.push({ relationshipId: id, authorId: mentee.id!, satisfaction: random.int(4, 5), wouldRecommend: true, comment: "Having someone outside my team to think with made a real difference." });
    }
  }

  // The demo mentor's own mentee, so mentor@demo.example has a relationship to open.
  const demoMentee = candidates[next++];
  if (demoMentee) {
    relationships.push({ id: "demo-relationship", menteeId: demoMentee.id!, mentorId: "demo-mentor", mode: "MENTORING", startedAt: new Date(now.getTime() - 70 * DAY), plannedEndAt: new Date(now.getTime() + 660 * DAY), lastActivityAt: new Date(now.getTime() - 20 * DAY) });
    agreements.push({ relationshipId: "demo-relationship", expectations: "Meet every six weeks online; I bring the agenda.", meetingFrequency: "Every six weeks", confidentiality: "Confidential between us.", menteeConfirmedAt: new Date(now.getTime() - 68 * DAY), mentorConfirmedAt: new Date(now.getTime() - 68 * DAY) });
    goals.push({ id: "demo-relationship-goal", relationshipId: "demo-relationship", ownerId: demoMentee.id!, title: "Prepare a teaching session", measure: "Deliver one teaching session to foundation doctors and collect feedback", targetDate: new Date(now.getTime() + 60 * DAY), status: "IN_PROGRESS", progress: 40 });
    checkIns.push({ id: "demo-relationship-checkin-1", relationshipId: "demo-relationship", createdById: "demo-mentor", status: "COMPLETED", occurredAt: new Date(now.getTime() - 20 * DAY), durationMinutes: 45, meetingMode: "ONLINE", summary: "Chose a topic and planned the session outline." });
  }

  await prisma.relationship.createMany({ data: relationships, skipDuplicates: true });
  await prisma.agreement.createMany({ data: agreements, skipDuplicates: true });
  await prisma.goal.createMany({ data: goals, skipDuplicates: true });
  await prisma.checkIn.createMany({ data: checkIns, skipDuplicates: true });
  await prisma.feedback.createMany({ data: feedback, skipDuplicates: true });

  // Two peer groups: trainees in London, and a CPD group of consultants.
  const inLondon = people.filter((p) => p.regionId === "region-london");
  const london = [
    ...inLondon.filter((p) => rank.get(p.careerGradeId!)! >= 7 && rank.get(p.careerGradeId!)! <= 8).slice(0, 2),
    ...inLondon.filter((p) => rank.get(p.careerGradeId!)! <= 3).slice(0, 3),
  ];
  const consultants = people.filter((p) => p.careerGradeId === "grade-cons" && p.regionId === "region-trent").slice(0, 4);
  const groups = [
    { id: "seed-group-london-trainees", name: "London trainee peer-mentoring group 1", kind: "TRAINEE" as const, regionId: "region-london", members: london },
    { id: "seed-group-trent-cpd", name: "Trent CPD peer group 1", kind: "CPD" as const, regionId: "region-trent", members: consultants },
  ].filter((g) => g.members.length >= 3);
  await prisma.peerGroup.createMany({
    data: groups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      regionId: g.regionId,
      // The same words the engine writes when the lead forms a group.
      explanation: describeGroup(
        g.members.map((m) => ({
          personId: m.id!,
          gradeRank: rank.get(m.careerGradeId!)!,
          specialtyId: m.specialtyId!,
          specialtyName: SPECIALTIES.find((x) => x.id === m.specialtyId)!.name,
          regionId: m.regionId!,
          regionName: REGIONS.find((x) => x.id === m.regionId)!.name,
        })),
      ),
      createdAt: now,
    })),
    skipDuplicates: true,
  });
  await prisma.peerGroupMember.createMany({ data: groups.flatMap((g) => g.members.map((m) => ({ groupId: g.id, userId: m.id! }))), skipDuplicates: true });

  return relationships.length;
}

// Run directly by `prisma db seed` (see prisma.config.ts).
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. Run the seed through `npm run dev` or `npm run with-db -- npx prisma db seed`.");
    process.exit(1);
  }
  const prisma = createPrismaClient(url, 2);
  const before = await prisma.user.count();
  const summary = await seed(prisma);
  const after = await prisma.user.count();
  console.log(
    `Seeded: ${summary.people} people, ${summary.offers} volunteer offers, ${summary.requests} open requests, ${summary.relationships} relationships ` +
      `(${after - before} people added this run).`,
  );
  await prisma.$disconnect();
}
