import { computeMentoringGapPoints, computeWaitingPoints } from "./scoring";
import { RULE_BIT, freePlaces } from "./rules";
import type { MeetingMode, MenteeInput, MentorInput, RegionPreference } from "./types";
import type { MatchingWeights } from "./weights";

// The compiled instance turns strings into small integers and the soft
// preferences into per-mentee lookup tables, and files every mentor with a free
// place into "cells" (mode, grade, meeting mode; coaching also by development
// area) sorted by specialty and region. For one mentee, a cell splits into four
// classes — same specialty & region, same specialty only, same region only,
// neither — and every mentor in a class shares the same score except for a few
// per-mentor extras, so a class has a cheap upper bound on score. The solver
// uses those bounds to look only at classes that could matter (assign.ts).
// The arithmetic mirrors scoring.ts exactly; tests hold the two equal.

const MEETING_MODES: MeetingMode[] = ["ONLINE", "IN_PERSON", "EITHER"];
/** Meeting-mode compatibility, [mentee][mentor]. */
const MEETING_FIT = [
  [true, false, true],
  [false, true, true],
  [true, true, true],
];
/** The same table as bits: bit (mentee * 3 + mentor) is set when they fit (one read in the why-not loop). */
const MEETING_FIT_BITS = MEETING_FIT.flat().reduce((bits, fits, k) => (fits ? bits | (1 << k) : bits), 0);

// Module-local copies: hot loops should not go through imported bindings.
const BIT_SAME_MODE = RULE_BIT["same-mode"];
const BIT_DIFFERENT_PERSON = RULE_BIT["different-person"];
const BIT_SENIORITY = RULE_BIT.seniority;
const BIT_CAPACITY = RULE_BIT.capacity;
const BIT_ACCEPTED_GRADE = RULE_BIT["accepted-grade"];
const BIT_CONFLICT = RULE_BIT["conflict-of-interest"];
const BIT_INDEPENDENCE = RULE_BIT.independence;
const BIT_EXCLUSION = RULE_BIT.exclusion;
const BIT_NO_REPEAT = RULE_BIT["no-repeat"];
const BIT_MEETING_MODE = RULE_BIT["meeting-mode"];
const BIT_DEVELOPMENT_AREA = RULE_BIT["development-area"];

/** menteeBestUpper of a mentee with no class at all. */
export const CLASS_NONE = -0x40000000;

export const CLASS_SAME_BOTH = 0;
export const CLASS_SAME_SPECIALTY = 1;
export const CLASS_SAME_REGION = 2;
export const CLASS_NEITHER = 3;

export interface CompiledInstance {
  weights: MatchingWeights;
  now: number;
  /** Canonical order: by requestId. */
  mentees: MenteeInput[];
  /** Canonical order: by personId, then mode. */
  mentors: MentorInput[];
  menteeCount: number;
  mentorCount: number;
  grades: number;
  gradeRanks: number[];
  specialtyCount: number;
  regionCount: number;
  areaCount: number;
  kinds: number;

  menteeMode: Uint8Array; // 0 mentoring, 1 coaching
  menteeGrade: Int32Array; // dense grade index
  menteeSpecialty: Int32Array;
  menteeRegion: Int32Array;
  menteeEmployer: Int32Array; // -1 when unknown
  menteeIndependent: Uint8Array;
  menteeMeeting: Uint8Array;
  menteeArea: Int32Array; // -1 when none named
  menteeAreaPoints: Int32Array;
  menteeSpecialtySame: Int32Array;
  menteeSpecialtyDifferent: Int32Array;
  /** Waiting points: the same for every mentor of this mentee. */
  menteeBase: Int32Array;
  /** 1 when no consented preference was asked: then every mentor in a class scores exactly its upper bound. */
  menteeExactUpper: Uint8Array;
  /** 1..N, N = waited longest (then requestId): the waiting tie-break weight. */
  menteeWaitWeight: Int32Array;
  /** [mentee * grades + mentorGrade] -> grade-gap points (mentoring: only grades above are ever read). */
  gradePoints: Int32Array;
  /**
   * Mentees who ask the same of a mentor's kind (meeting mode, region preference,
   * consented preferences) share one row of kind points: menteeKindRow[i] is
   * mentee i's row. A national round has a few dozen rows for 8,000 mentees, so
   * the table stays in cache while classes are read.
   */
  menteeKindRow: Int32Array;
  /** [(row * 2 + regionDiffers) * kinds + mentorKind] -> region + meeting + consented points. */
  kindPoints: Int32Array;
  /** [(row * 2 + regionDiffers) * 3 + mentorMeeting] -> max kindPoints over kinds with that meeting mode. */
  kindMax: Int32Array;
  /** CSR per mentee: mentors it may never get, with the RULE_BIT reasons. */
  forbidStart: Int32Array;
  forbidList: Int32Array;
  forbidBits: Int32Array;

  mentorMode: Uint8Array;
  mentorGrade: Int32Array;
  mentorSpecialty: Int32Array;
  mentorRegion: Int32Array;
  mentorEmployer: Int32Array;
  mentorMeeting: Uint8Array;
  mentorKind: Int32Array;
  mentorFree: Int32Array;
  mentorActive: Int32Array;
  gradeWords: number;
  mentorAccepts: Uint32Array; // [mentor * gradeWords + w]
  areaWords: number;
  mentorAreas: Uint32Array; // [mentor * areaWords + w]

  cellCount: number;
  cellGrade: Int32Array;
  /** Spec-major membership: bucket (cell, specialty, region) is [smOffset[k], smOffset[k+1]), k = (cell*S + s)*R + r. */
  smMentors: Int32Array;
  smOffset: Int32Array;
  /** Region-major membership: bucket (cell, region, specialty) at k = (cell*R + r)*S + s. */
  rmMentors: Int32Array;
  rmOffset: Int32Array;

  /** CSR per mentee: its non-empty classes (cell*4 + class), highest upper bound first (ties by code). */
  classStart: Int32Array;
  classCode: Int32Array;
  classUpper: Int32Array;
  /** Highest class bound per mentee (CLASS_NONE when it has no class). */
  menteeBestUpper: Int32Array;
  /** Bounds on any allowed pair's score (the solver's constants only need bounds). */
  scoreUpper: number;
  scoreLower: number;
}

/** Ascending order for sort; compares rather than subtracts (a difference of epoch times is a boxed double). */
function compareValues<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortMentees(mentees: MenteeInput[]): MenteeInput[] {
  const sorted = [...mentees].sort((a, b) => compareValues(a.requestId, b.requestId));
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].requestId === sorted[k - 1].requestId) throw new Error(`Duplicate requestId ${sorted[k].requestId}`);
  }
  return sorted;
}

export function sortMentors(mentors: MentorInput[]): MentorInput[] {
  const sorted = [...mentors].sort((a, b) => compareValues(a.personId, b.personId) || compareValues(a.mode, b.mode));
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].personId === sorted[k - 1].personId && sorted[k].mode === sorted[k - 1].mode) {
      throw new Error(`Duplicate ${sorted[k].mode} offer for person ${sorted[k].personId}`);
    }
  }
  return sorted;
}

function validateMentee(m: MenteeInput): void {
  if (!Number.isFinite(m.gradeRank)) throw new Error(`Request ${m.requestId}: gradeRank must be a number`);
  if (!Number.isFinite(m.waitingSinceMs)) throw new Error(`Request ${m.requestId}: waitingSinceMs must be a number`);
}

function validateMentor(m: MentorInput): void {
  if (!Number.isInteger(m.capacity) || m.capacity < 0 || !Number.isInteger(m.activeCount) || m.activeCount < 0) {
    throw new Error(`Offer ${m.personId}/${m.mode}: capacity and activeCount must be whole numbers >= 0`);
  }
  if (!Number.isFinite(m.gradeRank)) throw new Error(`Offer ${m.personId}/${m.mode}: gradeRank must be a number`);
}

const REGION_PREFERENCES: RegionPreference[] = ["SAME", "OTHER", "ANY"];

/**
 * The rows of kind points, one per distinct (meeting mode, region preference,
 * consented preferences) among the mentees, made when first asked for.
 */
class KindRows {
  points: Int32Array;
  max: Int32Array;
  /** Lowest value in each row (the score's lower bound). */
  low: Int32Array;
  count = 0;
  private readonly rows = new Map<number, number>();
  constructor(
    private readonly w: MatchingWeights,
    private readonly kinds: number,
    private readonly genderValues: number,
  ) {
    // Every possible profile fits, so the tables never grow.
    const most = MEETING_MODES.length * REGION_PREFERENCES.length * (genderValues + 1) * 4;
    this.points = new Int32Array(most * 2 * kinds);
    this.max = new Int32Array(most * 6);
    this.low = new Int32Array(most);
  }

  /** askedGender: -1 = none asked, else the gender's index + 1 (as in mentorKind). */
  rowFor(meeting: number, pref: RegionPreference, askedGender: number, askedEthnic: boolean, askedImg: boolean): number {
    const key = (((meeting * 3 + REGION_PREFERENCES.indexOf(pref)) * (this.genderValues + 1) + askedGender + 1) * 2 + (askedEthnic ? 1 : 0)) * 2 + (askedImg ? 1 : 0);
    const known = this.rows.get(key);
    if (known !== undefined) return known;
    const row = this.count++;
    this.rows.set(key, row);
    this.fill(row, meeting, pref, askedGender, askedEthnic, askedImg);
    return row;
  }

  private regionPoints(pref: RegionPreference, sameRegion: boolean, inPerson: boolean): number {
    const w = this.w;
    if (pref === "SAME") return sameRegion ? w.region.preferenceMet : 0;
    if (pref === "OTHER") return sameRegion ? 0 : w.region.preferenceMet;
    if (!sameRegion) return 0;
    return inPerson ? w.region.sameInPerson : w.region.sameOnline;
  }

  private fill(row: number, meeting: number, pref: RegionPreference, askedGender: number, askedEthnic: boolean, askedImg: boolean): void {
    const { w, kinds, genderValues } = this;
    let low = Infinity;
    for (let regionDiff = 0; regionDiff < 2; regionDiff++) {
      for (let mm = 0; mm < 3; mm++) {
        const fits = MEETING_FIT[meeting][mm];
        let pts = 0;
        if (fits) {
          const inPerson = meeting !== 0 && mm !== 0;
          pts = this.regionPoints(pref, regionDiff === 0, inPerson);
          pts += meeting === mm && mm !== 2 ? w.meetingMode.sameChoice : w.meetingMode.flexible;
        }
        let best = -Infinity;
        for (let gender = 0; gender < genderValues; gender++) {
          const genderPts = askedGender >= 0 && gender === askedGender ? w.consented.gender : 0;
          for (let eth = 0; eth < 2; eth++) {
            const ethPts = askedEthnic && eth === 1 ? w.consented.ethnicMinorityMentor : 0;
            for (let img = 0; img < 2; img++) {
              const value = pts + genderPts + ethPts + (askedImg && img === 1 ? w.consented.imgExperience : 0);
              this.points[(row * 2 + regionDiff) * kinds + ((mm * genderValues + gender) * 2 + eth) * 2 + img] = value;
              if (value > best) best = value;
              if (value < low) low = value;
            }
          }
        }
        this.max[(row * 2 + regionDiff) * 3 + mm] = fits ? best : -0x40000000;
      }
    }
    this.low[row] = low;
  }
}

function intern(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = map.size;
    map.set(key, id);
  }
  return id;
}

/** Weight 1..N per mentee: N for the longest wait (ties by requestId), the waiting tie-break. */
export function rankByWaiting(mentees: MenteeInput[]): Int32Array {
  const order = mentees.map((_, k) => k);
  order.sort((a, b) => compareValues(mentees[a].waitingSinceMs, mentees[b].waitingSinceMs) || compareValues(mentees[a].requestId, mentees[b].requestId));
  const weight = new Int32Array(mentees.length);
  for (let position = 0; position < order.length; position++) weight[order[position]] = mentees.length - position;
  return weight;
}

/**
 * Inputs must already be in canonical order (sortMentees / sortMentors), so the
 * same people always compile to the same arrays whatever order they came in.
 */
export function compileInstance(
  mentees: MenteeInput[],
  mentors: MentorInput[],
  weights: MatchingWeights,
  now: number,
): CompiledInstance {
  mentees.forEach(validateMentee);
  mentors.forEach(validateMentor);
  const N = mentees.length;
  const M = mentors.length;
  const w = weights;

  const names = internNames(mentees, mentors);
  const { gradeRanks, gradeIndex, specialties, regions, employers, areas, genders } = names;
  const G = gradeRanks.length;
  const S = Math.max(1, specialties.size);
  const R = Math.max(1, regions.size);
  const A = areas.size;
  const genderValues = genders.size + 1; // 0 = not recorded
  const kinds = 3 * genderValues * 4;
  const mentorTables = compileMentors(mentors, names, genderValues);
  // The mentor columns go into the compiled instance as they are; only personMentors stays here.
  const { personMentors, ...mentorColumns } = mentorTables;
  const cells = fileIntoCells(mentorTables, G, A, S, R);
  const { cellCount, cellGrade, smOffset, rmOffset, smMentors, rmMentors } = cells;
  const { cellSizes, specSizes, regionSizes, bucketSizes, groupCellStart, groupCells } = measureCells(cells, A, S, R);
  const blockedByMentors = indexBlockers(mentors);

  // ---- mentees ----
  const menteeMode = new Uint8Array(N);
  const menteeGrade = new Int32Array(N);
  const menteeSpecialty = new Int32Array(N);
  const menteeRegion = new Int32Array(N);
  const menteeEmployer = new Int32Array(N);
  const menteeIndependent = new Uint8Array(N);
  const menteeMeeting = new Uint8Array(N);
  const menteeArea = new Int32Array(N);
  const menteeAreaPoints = new Int32Array(N);
  const menteeSpecialtySame = new Int32Array(N);
  const menteeSpecialtyDifferent = new Int32Array(N);
  const menteeBase = new Int32Array(N);
  const menteeExactUpper = new Uint8Array(N);
  const gradePoints = new Int32Array(N * G);
  const menteeKindRow = new Int32Array(N);
  const kindRows = new KindRows(w, kinds, genderValues);
  const forbidStart = new Int32Array(N + 1);
  const forbidMentors: number[] = [];
  const forbidReasons: number[] = [];
  const classStart = new Int32Array(N + 1);
  const menteeBestUpper = new Int32Array(N);
  // About 55 classes per mentee on a national round: one doubling at most there.
  let classCodes = new Int32Array(Math.max(1024, N * 32));
  let classUppers = new Int32Array(classCodes.length);
  let classCount = 0;
  let scoreUpper = -Infinity;
  let scoreLower = Infinity;
  const sortScratch = createSortScratch();
  // Scratch for merging a mentee's forbidden mentors without allocating per mentee.
  const forbidSeen = new Int32Array(M).fill(-1);
  const forbidBitsOf = new Int32Array(M);
  const forbidScratch = new Int32Array(Math.max(1, M));
  let forbidCount = 0;
  const markForbidden = (j: number, bit: number, i: number, count: number): number => {
    if (forbidSeen[j] !== i) {
      forbidSeen[j] = i;
      forbidBitsOf[j] = 0;
      forbidScratch[count++] = j;
    }
    forbidBitsOf[j] |= bit;
    return count;
  };

  // One mentee per call: a small function is optimised by V8 within the first
  // round, where one long loop inside this large function was deoptimised and
  // re-entered again and again (the first compile took three times as long).
  const compileMentee = (i: number): void => {
    const m = mentees[i];
    const coaching = m.mode === "COACHING";
    menteeMode[i] = coaching ? 1 : 0;
    const gi = gradeIndex.get(m.gradeRank)!;
    menteeGrade[i] = gi;
    const spec = specialties.get(m.specialtyId)!;
    const region = regions.get(m.regionId)!;
    menteeSpecialty[i] = spec;
    menteeRegion[i] = region;
    menteeEmployer[i] = m.employerId === null ? -1 : intern(employers, m.employerId);
    menteeIndependent[i] = m.wantsIndependence && m.employerId !== null ? 1 : 0;
    const meeting = MEETING_MODES.indexOf(m.meetingMode);
    menteeMeeting[i] = meeting;
    const area = m.developmentAreaId === null ? -1 : areas.get(m.developmentAreaId)!;
    menteeArea[i] = area;
    menteeAreaPoints[i] = w.developmentArea.listed;
    const base = computeWaitingPoints(m.waitingSinceMs, now, w);
    menteeBase[i] = base;

    let specSame = 0;
    let specDiff = 0;
    if (m.specialtyPreference === "SAME") specSame = w.specialty.preferenceMet;
    else if (m.specialtyPreference === "DIFFERENT") specDiff = w.specialty.preferenceMet;
    else if (coaching) specDiff = w.specialty.coachingDifferentByDefault;
    else specSame = w.specialty.mentoringSameByDefault;
    menteeSpecialtySame[i] = specSame;
    menteeSpecialtyDifferent[i] = specDiff;

    for (let g = 0; g < G; g++) {
      const steps = gradeRanks[g] - m.gradeRank;
      gradePoints[i * G + g] = coaching
        ? steps >= 1
          ? w.gradeGap.coachingFurtherAlong
          : w.gradeGap.coachingNotFurtherAlong
        : steps >= 1
          ? computeMentoringGapPoints(steps, w)
          : 0;
    }

    const asked = m.consentedPreferences;
    const askedGender = asked.gender === undefined ? -1 : genders.get(asked.gender)! + 1;
    const askedEthnic = asked.ethnicMinorityMentor === true;
    const askedImg = asked.imgExperience === true;
    menteeExactUpper[i] = askedGender < 0 && !askedEthnic && !askedImg ? 1 : 0;
    const kindRow = kindRows.rowFor(meeting, m.regionPreference, askedGender, askedEthnic, askedImg);
    menteeKindRow[i] = kindRow;
    const kindLow = kindRows.low[kindRow];
    const kindMax = kindRows.max;

    // Forbidden mentors with reasons (person, conflict, exclusion, repeat), merged per mentor.
    forbidCount = 0;
    for (let source = 0; source < 5; source++) {
      const people =
        source === 0 ? [m.personId] : source === 1 ? m.excludedPersonIds : source === 2 ? m.conflictPersonIds : source === 3 ? m.previousPartnerIds : null;
      const bit = source === 0 ? BIT_DIFFERENT_PERSON : source === 1 ? BIT_EXCLUSION : source === 2 ? BIT_CONFLICT : BIT_NO_REPEAT;
      if (people === null) {
        // The mentors who named this mentee.
        const blockers = blockedByMentors.get(m.personId);
        if (!blockers) continue;
        for (const b of blockers) forbidCount = markForbidden(b.mentor, b.bits, i, forbidCount);
        continue;
      }
      for (const p of people) {
        if (source === 3 && m.repeatAllowedPartnerIds.includes(p)) continue;
        const list = personMentors.get(p);
        if (list) for (const j of list) forbidCount = markForbidden(j, bit, i, forbidCount);
      }
    }
    // Small lists: insertion sort keeps them ascending without allocating.
    for (let a = 1; a < forbidCount; a++) {
      const v = forbidScratch[a];
      let b = a;
      while (b > 0 && forbidScratch[b - 1] > v) {
        forbidScratch[b] = forbidScratch[b - 1];
        b--;
      }
      forbidScratch[b] = v;
    }
    for (let k = 0; k < forbidCount; k++) {
      forbidMentors.push(forbidScratch[k]);
      forbidReasons.push(forbidBitsOf[forbidScratch[k]]);
    }
    forbidStart[i + 1] = forbidMentors.length;

    // Classes: every non-empty (cell, class) this mentee could use, with their score bounds.
    const from = classCount;
    let bestUpper = -Infinity;
    if (!coaching || area >= 0) {
      const firstGrade = coaching ? 0 : gi + 1;
      const specAt = spec * cellCount;
      const regionAt = region * cellCount;
      const bucketAt = (spec * R + region) * cellCount;
      // Groups with the area points every mentor in them earns (see the cell layout above).
      const groupCount = coaching || area < 0 ? 1 : 2;
      for (let q = 0; q < groupCount; q++) {
        const group = coaching ? 1 + 2 * A + area : area < 0 ? 0 : q === 0 ? 1 + area : 1 + A + area;
        const areaPoints = coaching || (area >= 0 && q === 0) ? w.developmentArea.listed : 0;
        for (let k = groupCellStart[group], end = groupCellStart[group + 1]; k < end; k++) {
          const c = groupCells[k];
          const g = cellGrade[c];
          const mm = c % 3;
          if (g < firstGrade || !MEETING_FIT[meeting][mm]) continue;
          const gradeUpper = base + gradePoints[i * G + g] + areaPoints;
          const cellSize = cellSizes[c];
          const specSize = specSizes[specAt + c];
          const ssSize = bucketSizes[bucketAt + c];
          const regionSize = regionSizes[regionAt + c];
          for (let cls = 0; cls < 4; cls++) {
            const size =
              cls === CLASS_SAME_BOTH
                ? ssSize
                : cls === CLASS_SAME_SPECIALTY
                  ? specSize - ssSize
                  : cls === CLASS_SAME_REGION
                    ? regionSize - ssSize
                    : cellSize - specSize - regionSize + ssSize;
            if (size === 0) continue;
            const sameSpec = cls === CLASS_SAME_BOTH || cls === CLASS_SAME_SPECIALTY;
            const regionDiff = cls === CLASS_SAME_BOTH || cls === CLASS_SAME_REGION ? 0 : 1;
            const upper = gradeUpper + (sameSpec ? specSame : specDiff) + kindMax[(kindRow * 2 + regionDiff) * 3 + mm];
            if (classCount === classCodes.length) {
              const grownCodes = new Int32Array(classCodes.length * 2);
              const grownUppers = new Int32Array(classCodes.length * 2);
              grownCodes.set(classCodes);
              grownUppers.set(classUppers);
              classCodes = grownCodes;
              classUppers = grownUppers;
            }
            classCodes[classCount] = c * 4 + cls;
            classUppers[classCount] = upper;
            classCount++;
            if (upper > bestUpper) bestUpper = upper;
          }
        }
      }
      if (bestUpper > scoreUpper) scoreUpper = bestUpper;
      // Lower bound over this mentee's possible scores: waiting + lowest grade/specialty/kind parts.
      let low = Infinity;
      for (let g = firstGrade; g < G; g++) low = Math.min(low, gradePoints[i * G + g]);
      if (classCount > from) scoreLower = Math.min(scoreLower, base + low + Math.min(specSame, specDiff) + kindLow);
    }
    sortClassesByUpper(classCodes, classUppers, from, classCount, sortScratch);
    classStart[i + 1] = classCount;
    menteeBestUpper[i] = classCount > from ? bestUpper : CLASS_NONE;
  };
  for (let i = 0; i < N; i++) compileMentee(i);
  if (!Number.isFinite(scoreUpper)) {
    scoreUpper = 0;
    scoreLower = 0;
  }

  return {
    weights,
    now,
    mentees,
    mentors,
    menteeCount: N,
    mentorCount: M,
    grades: G,
    gradeRanks,
    specialtyCount: S,
    regionCount: R,
    areaCount: A,
    kinds,
    menteeMode,
    menteeGrade,
    menteeSpecialty,
    menteeRegion,
    menteeEmployer,
    menteeIndependent,
    menteeMeeting,
    menteeArea,
    menteeAreaPoints,
    menteeSpecialtySame,
    menteeSpecialtyDifferent,
    menteeBase,
    menteeExactUpper,
    menteeWaitWeight: rankByWaiting(mentees),
    gradePoints,
    menteeKindRow,
    kindPoints: kindRows.points.slice(0, kindRows.count * 2 * kinds),
    kindMax: kindRows.max.slice(0, kindRows.count * 6),
    forbidStart,
    forbidList: Int32Array.from(forbidMentors),
    forbidBits: Int32Array.from(forbidReasons),
    ...mentorColumns,
    cellCount,
    cellGrade,
    smMentors,
    smOffset,
    rmMentors,
    rmOffset,
    classStart,
    // Views, not copies: the unused tail is at most the last doubling.
    classCode: classCodes.subarray(0, classCount),
    classUpper: classUppers.subarray(0, classCount),
    menteeBestUpper,
    scoreUpper,
    scoreLower,
  };
}

// The stages of compileInstance before the per-mentee work, each its own
// function, so each can be read, and optimised by V8, on its own.

interface Names {
  gradeRanks: number[];
  gradeIndex: Map<number, number>;
  specialties: Map<string, number>;
  regions: Map<string, number>;
  employers: Map<string, number>;
  areas: Map<string, number>;
  genders: Map<string, number>;
}

/** Small integers for grades (in rank order) and for every name the tables use. */
function internNames(mentees: MenteeInput[], mentors: MentorInput[]): Names {
  const gradeSet = new Set<number>();
  for (const m of mentees) gradeSet.add(m.gradeRank);
  for (const m of mentors) gradeSet.add(m.gradeRank);
  const gradeRanks = [...gradeSet].sort((a, b) => a - b);
  const gradeIndex = new Map(gradeRanks.map((r, k) => [r, k]));
  const specialties = new Map<string, number>();
  const regions = new Map<string, number>();
  const employers = new Map<string, number>();
  const areas = new Map<string, number>();
  const genders = new Map<string, number>();
  for (const m of mentees) {
    intern(specialties, m.specialtyId);
    intern(regions, m.regionId);
    if (m.developmentAreaId !== null) intern(areas, m.developmentAreaId);
    if (m.consentedPreferences.gender !== undefined) intern(genders, m.consentedPreferences.gender);
  }
  for (const m of mentors) {
    intern(specialties, m.specialtyId);
    intern(regions, m.regionId);
    if (m.attributes.gender !== undefined) intern(genders, m.attributes.gender);
  }
  return { gradeRanks, gradeIndex, specialties, regions, employers, areas, genders };
}

interface MentorTables {
  mentorMode: Uint8Array;
  mentorGrade: Int32Array;
  mentorSpecialty: Int32Array;
  mentorRegion: Int32Array;
  mentorEmployer: Int32Array;
  mentorMeeting: Uint8Array;
  mentorKind: Int32Array;
  mentorFree: Int32Array;
  mentorActive: Int32Array;
  gradeWords: number;
  mentorAccepts: Uint32Array;
  areaWords: number;
  mentorAreas: Uint32Array;
  /** The offers of each person (one per mode at most). */
  personMentors: Map<string, number[]>;
}

function compileMentors(mentors: MentorInput[], names: Names, genderValues: number): MentorTables {
  const { gradeIndex, specialties, regions, employers, areas, genders } = names;
  const M = mentors.length;
  const mentorMode = new Uint8Array(M);
  const mentorGrade = new Int32Array(M);
  const mentorSpecialty = new Int32Array(M);
  const mentorRegion = new Int32Array(M);
  const mentorEmployer = new Int32Array(M);
  const mentorMeeting = new Uint8Array(M);
  const mentorKind = new Int32Array(M);
  const mentorFree = new Int32Array(M);
  const mentorActive = new Int32Array(M);
  const gradeWords = Math.max(1, Math.ceil(names.gradeRanks.length / 32));
  const mentorAccepts = new Uint32Array(M * gradeWords);
  const areaWords = Math.max(1, Math.ceil(areas.size / 32));
  const mentorAreas = new Uint32Array(M * areaWords);
  const personMentors = new Map<string, number[]>();
  for (let j = 0; j < M; j++) {
    const m = mentors[j];
    mentorMode[j] = m.mode === "MENTORING" ? 0 : 1;
    mentorGrade[j] = gradeIndex.get(m.gradeRank)!;
    mentorSpecialty[j] = specialties.get(m.specialtyId)!;
    mentorRegion[j] = regions.get(m.regionId)!;
    mentorEmployer[j] = m.employerId === null ? -1 : intern(employers, m.employerId);
    const meeting = MEETING_MODES.indexOf(m.meetingMode);
    mentorMeeting[j] = meeting;
    const gender = m.attributes.gender === undefined ? 0 : genders.get(m.attributes.gender)! + 1;
    mentorKind[j] =
      ((meeting * genderValues + gender) * 2 + (m.attributes.ethnicMinority === true ? 1 : 0)) * 2 +
      (m.attributes.imgExperience === true ? 1 : 0);
    mentorFree[j] = freePlaces(m);
    mentorActive[j] = m.activeCount;
    if (m.acceptedGradeRanks.length === 0) {
      mentorAccepts.fill(0xffffffff, j * gradeWords, (j + 1) * gradeWords);
    } else {
      for (const r of m.acceptedGradeRanks) {
        const g = gradeIndex.get(r);
        if (g !== undefined) mentorAccepts[j * gradeWords + (g >>> 5)] |= 1 << (g & 31);
      }
    }
    for (const id of m.developmentAreaIds) {
      const a = areas.get(id);
      if (a !== undefined) mentorAreas[j * areaWords + (a >>> 5)] |= 1 << (a & 31);
    }
    const list = personMentors.get(m.personId);
    if (list) list.push(j);
    else personMentors.set(m.personId, [j]);
  }
  return {
    mentorMode,
    mentorGrade,
    mentorSpecialty,
    mentorRegion,
    mentorEmployer,
    mentorMeeting,
    mentorKind,
    mentorFree,
    mentorActive,
    gradeWords,
    mentorAccepts,
    areaWords,
    mentorAreas,
    personMentors,
  };
}

interface Cells {
  cellsPerGroup: number;
  cellCount: number;
  cellGrade: Int32Array;
  smOffset: Int32Array;
  smMentors: Int32Array;
  rmOffset: Int32Array;
  rmMentors: Int32Array;
}

/**
 * Files every offer with a free place into its cells, and each cell's members
 * into buckets by (specialty, region) and by (region, specialty).
 *
 * Groups of G×3 cells (grade, meeting mode): 0 = every mentoring offer (for
 * mentees naming no area); 1+a = mentoring offers listing area a; 1+A+a =
 * mentoring offers not listing a; 1+2A+a = coaching offers listing a. Split by
 * area so that every mentor in a class shares the area points too.
 */
function fileIntoCells(t: MentorTables, G: number, A: number, S: number, R: number): Cells {
  const { mentorFree, mentorGrade, mentorMeeting, mentorMode, mentorAreas, areaWords, mentorSpecialty, mentorRegion } = t;
  const M = mentorFree.length;
  const cellsPerGroup = G * 3;
  const cellCount = cellsPerGroup * (1 + 3 * A);
  const cellGrade = new Int32Array(cellCount);
  for (let c = 0; c < cellCount; c++) cellGrade[c] = Math.floor(c / 3) % G;
  // At most 1 + A cells per offer (typed arrays: no garbage for the collector to walk).
  const memberCell = new Int32Array(M * (1 + A));
  const memberMentor = new Int32Array(M * (1 + A));
  let members = 0;
  for (let j = 0; j < M; j++) {
    if (mentorFree[j] <= 0) continue;
    const gm = mentorGrade[j] * 3 + mentorMeeting[j];
    if (mentorMode[j] === 0) {
      memberCell[members] = gm;
      memberMentor[members++] = j;
      for (let a = 0; a < A; a++) {
        memberCell[members] = (listsArea(mentorAreas, areaWords, j, a) ? 1 + a : 1 + A + a) * cellsPerGroup + gm;
        memberMentor[members++] = j;
      }
    } else {
      for (let a = 0; a < A; a++) {
        if (!listsArea(mentorAreas, areaWords, j, a)) continue;
        memberCell[members] = (1 + 2 * A + a) * cellsPerGroup + gm;
        memberMentor[members++] = j;
      }
    }
  }
  const buckets = cellCount * S * R;
  const smOffset = new Int32Array(buckets + 1);
  const rmOffset = new Int32Array(buckets + 1);
  for (let k = 0; k < members; k++) {
    const c = memberCell[k];
    const j = memberMentor[k];
    smOffset[(c * S + mentorSpecialty[j]) * R + mentorRegion[j] + 1]++;
    rmOffset[(c * R + mentorRegion[j]) * S + mentorSpecialty[j] + 1]++;
  }
  for (let b = 0; b < buckets; b++) {
    smOffset[b + 1] += smOffset[b];
    rmOffset[b + 1] += rmOffset[b];
  }
  const smMentors = new Int32Array(members);
  const rmMentors = new Int32Array(members);
  const smFill = smOffset.slice(0, buckets);
  const rmFill = rmOffset.slice(0, buckets);
  // Members were pushed in mentor order, so each bucket lists mentors in canonical order.
  for (let k = 0; k < members; k++) {
    const c = memberCell[k];
    const j = memberMentor[k];
    smMentors[smFill[(c * S + mentorSpecialty[j]) * R + mentorRegion[j]]++] = j;
    rmMentors[rmFill[(c * R + mentorRegion[j]) * S + mentorSpecialty[j]]++] = j;
  }
  return { cellsPerGroup, cellCount, cellGrade, smOffset, smMentors, rmOffset, rmMentors };
}

/**
 * Sizes per cell, (specialty, cell), (region, cell) and (specialty, region,
 * cell), cell last: one mentee reads all cells of one specialty and region, so
 * its reads run along memory. And each group's non-empty cells in grade order.
 */
function measureCells(cells: Cells, A: number, S: number, R: number) {
  const { cellCount, cellsPerGroup, smOffset, rmOffset } = cells;
  const cellSizes = new Int32Array(cellCount);
  const specSizes = new Int32Array(cellCount * S);
  const regionSizes = new Int32Array(cellCount * R);
  const bucketSizes = new Int32Array(cellCount * S * R);
  const groupCellStart = new Int32Array(1 + 3 * A + 1);
  const groupCellList: number[] = [];
  for (let c = 0; c < cellCount; c++) {
    cellSizes[c] = smOffset[(c + 1) * S * R] - smOffset[c * S * R];
    for (let sIdx = 0; sIdx < S; sIdx++) {
      specSizes[sIdx * cellCount + c] = smOffset[(c * S + sIdx + 1) * R] - smOffset[(c * S + sIdx) * R];
      for (let r = 0; r < R; r++) {
        bucketSizes[(sIdx * R + r) * cellCount + c] = smOffset[(c * S + sIdx) * R + r + 1] - smOffset[(c * S + sIdx) * R + r];
      }
    }
    for (let r = 0; r < R; r++) regionSizes[r * cellCount + c] = rmOffset[(c * R + r + 1) * S] - rmOffset[(c * R + r) * S];
  }
  for (let group = 0; group < 1 + 3 * A; group++) {
    for (let c = group * cellsPerGroup; c < (group + 1) * cellsPerGroup; c++) if (cellSizes[c] > 0) groupCellList.push(c);
    groupCellStart[group + 1] = groupCellList.length;
  }
  return { cellSizes, specSizes, regionSizes, bucketSizes, groupCellStart, groupCells: Int32Array.from(groupCellList) };
}

/** People named by a mentor (excluded or conflicted), to find every request they block. */
function indexBlockers(mentors: MentorInput[]): Map<string, { mentor: number; bits: number }[]> {
  const blockedByMentors = new Map<string, { mentor: number; bits: number }[]>();
  for (let j = 0; j < mentors.length; j++) {
    for (const p of mentors[j].excludedPersonIds) addBlocker(blockedByMentors, p, j, BIT_EXCLUSION);
    for (const p of mentors[j].conflictPersonIds) addBlocker(blockedByMentors, p, j, BIT_CONFLICT);
  }
  return blockedByMentors;
}

/** Whether offer j lists development area a (a >= 0). */
function listsArea(mentorAreas: Uint32Array, areaWords: number, j: number, a: number): boolean {
  return (mentorAreas[j * areaWords + (a >>> 5)] & (1 << (a & 31))) !== 0;
}

function addBlocker(blockedByMentors: Map<string, { mentor: number; bits: number }[]>, person: string, mentor: number, bits: number): void {
  const list = blockedByMentors.get(person);
  if (list) list.push({ mentor, bits });
  else blockedByMentors.set(person, [{ mentor, bits }]);
}

/** Scratch for sortClassesByUpper, shared by every mentee of a compile. */
interface SortScratch {
  count: Int32Array;
  codes: Int32Array;
  uppers: Int32Array;
}

function createSortScratch(): SortScratch {
  return { count: new Int32Array(2049), codes: new Int32Array(4096), uppers: new Int32Array(4096) };
}

/**
 * Orders one mentee's classes [from, to) by upper bound, highest first (ties by
 * code), so a search can stop reading them at the first bound out of reach.
 * Classes arrive in code order, so a stable counting sort on the bound keeps
 * ties by code; bounds spread wider than the scratch (weights far beyond the
 * usual) fall back to an insertion sort.
 */
function sortClassesByUpper(codes: Int32Array, uppers: Int32Array, from: number, to: number, scratch: SortScratch): void {
  const n = to - from;
  if (n < 2) return;
  let high = uppers[from];
  let low = high;
  for (let k = from + 1; k < to; k++) {
    if (uppers[k] > high) high = uppers[k];
    if (uppers[k] < low) low = uppers[k];
  }
  const span = high - low + 1;
  if (span >= scratch.count.length || n > scratch.codes.length) {
    insertionSortClasses(codes, uppers, from, to);
    return;
  }
  const { count, codes: sortedCodes, uppers: sortedUppers } = scratch;
  count.fill(0, 0, span + 1);
  for (let k = from; k < to; k++) count[high - uppers[k] + 1]++;
  for (let b = 1; b <= span; b++) count[b] += count[b - 1];
  for (let k = from; k < to; k++) {
    const at = count[high - uppers[k]]++;
    sortedCodes[at] = codes[k];
    sortedUppers[at] = uppers[k];
  }
  // A loop, not set(subarray(...)): two views per mentee were garbage for nothing.
  for (let k = 0; k < n; k++) {
    codes[from + k] = sortedCodes[k];
    uppers[from + k] = sortedUppers[k];
  }
}

function insertionSortClasses(codes: Int32Array, uppers: Int32Array, from: number, to: number): void {
  for (let a = from + 1; a < to; a++) {
    const code = codes[a];
    const upper = uppers[a];
    let b = a;
    while (b > from && (uppers[b - 1] < upper || (uppers[b - 1] === upper && codes[b - 1] > code))) {
      codes[b] = codes[b - 1];
      uppers[b] = uppers[b - 1];
      b--;
    }
    codes[b] = code;
    uppers[b] = upper;
  }
}

/** Scratch space for collecting one class at a time; reused so scans allocate nothing. */
export interface ScanBuffers {
  mentor: Int32Array;
  score: Int32Array;
  forbidMark: Int32Array;
}

export function createScanBuffers(inst: CompiledInstance): ScanBuffers {
  // A class never holds more mentors than there are offers with a free place.
  const size = Math.max(1, inst.mentorCount);
  return { mentor: new Int32Array(size), score: new Int32Array(size), forbidMark: new Int32Array(size).fill(-1) };
}

/**
 * Writes the allowed mentors of one class of mentee i, with their scores, into
 * buf at `offset`; returns the new end. Cells already guarantee mode,
 * seniority, meeting mode, capacity and (coaching) the development area; the
 * per-mentor rules are the forbidden list, independence and accepted grades.
 */
export function collectClass(inst: CompiledInstance, i: number, code: number, buf: ScanBuffers, offset: number): number {
  const { forbidMark, mentor: outMentor, score: outScore } = buf;
  const forbidList = inst.forbidList;
  // Re-mark every time: another mentee's marks may have overwritten ours.
  for (let k = inst.forbidStart[i], end = inst.forbidStart[i + 1]; k < end; k++) forbidMark[forbidList[k]] = i;

  const cell = code >> 2;
  const cls = code & 3;
  const sameSpec = cls === CLASS_SAME_BOTH || cls === CLASS_SAME_SPECIALTY;
  const regionDiff = cls === CLASS_SAME_BOTH || cls === CLASS_SAME_REGION ? 0 : 1;
  const base =
    inst.menteeBase[i] +
    inst.gradePoints[i * inst.grades + inst.cellGrade[cell]] +
    (sameSpec ? inst.menteeSpecialtySame[i] : inst.menteeSpecialtyDifferent[i]);
  const kindOffset = (inst.menteeKindRow[i] * 2 + regionDiff) * inst.kinds;
  const independent = inst.menteeIndependent[i] === 1;
  const employer = inst.menteeEmployer[i];
  const area = inst.menteeArea[i];
  // Never index out of bounds (a slow path in V8): with no area, read word 0 and mask with 0.
  const areaWord = area >= 0 ? area >>> 5 : 0;
  const areaBit = area >= 0 ? 1 << (area & 31) : 0;
  const areaPoints = inst.menteeAreaPoints[i];
  const gi = inst.menteeGrade[i];
  const gradeWord = gi >>> 5;
  const gradeBit = 1 << (gi & 31);
  const gradeWords = inst.gradeWords;
  const areaWords = inst.areaWords;
  const { mentorEmployer, mentorAccepts, mentorKind, mentorAreas, kindPoints, mentorRegion } = inst;
  const ranges = classRanges(inst, i, code, RANGES);
  const list = ranges === 0 ? inst.smMentors : inst.rmMentors;
  const a0 = RANGES[0];
  const a1 = RANGES[1];
  const b0 = RANGES[2];
  const b1 = RANGES[3];
  const skipRegion = RANGES[4];

  let count = offset;
  for (let pass = 0; pass < 2; pass++) {
    const from = pass === 0 ? a0 : b0;
    const to = pass === 0 ? a1 : b1;
    for (let k = from; k < to; k++) {
      const j = list[k];
      if (forbidMark[j] === i) continue;
      if (mentorRegion[j] === skipRegion) continue;
      if (independent && mentorEmployer[j] === employer) continue;
      if ((mentorAccepts[j * gradeWords + gradeWord] & gradeBit) === 0) continue;
      const lists = (mentorAreas[j * areaWords + areaWord] & areaBit) !== 0;
      outMentor[count] = j;
      outScore[count] = base + kindPoints[kindOffset + mentorKind[j]] + (lists ? areaPoints : 0);
      count++;
    }
  }
  return count;
}

/** Scratch for classRanges: [from0, to0, from1, to1, regionToSkip]. */
const RANGES = new Int32Array(5);

/**
 * The membership ranges making up class `code` of mentee i, written to out;
 * returns 0 when they index smMentors, 1 for rmMentors. The "neither" class
 * also needs mentors of the mentee's own region skipped (out[4], else -1).
 */
export function classRanges(inst: CompiledInstance, i: number, code: number, out: Int32Array): number {
  const cell = code >> 2;
  const cls = code & 3;
  const S = inst.specialtyCount;
  const R = inst.regionCount;
  const spec = inst.menteeSpecialty[i];
  const region = inst.menteeRegion[i];
  const sm = inst.smOffset;
  out[4] = -1;
  if (cls === CLASS_SAME_BOTH) {
    out[0] = sm[(cell * S + spec) * R + region];
    out[1] = sm[(cell * S + spec) * R + region + 1];
    out[2] = out[3] = 0;
    return 0;
  }
  if (cls === CLASS_SAME_SPECIALTY) {
    out[0] = sm[(cell * S + spec) * R];
    out[1] = sm[(cell * S + spec) * R + region];
    out[2] = sm[(cell * S + spec) * R + region + 1];
    out[3] = sm[(cell * S + spec + 1) * R];
    return 0;
  }
  if (cls === CLASS_SAME_REGION) {
    const rm = inst.rmOffset;
    out[0] = rm[(cell * R + region) * S];
    out[1] = rm[(cell * R + region) * S + spec];
    out[2] = rm[(cell * R + region) * S + spec + 1];
    out[3] = rm[(cell * R + region + 1) * S];
    return 1;
  }
  out[0] = sm[cell * S * R];
  out[1] = sm[(cell * S + spec) * R];
  out[2] = sm[(cell * S + spec + 1) * R];
  out[3] = sm[(cell + 1) * S * R];
  out[4] = region;
  return 0;
}

/** Every allowed mentor of mentee i with its score (order: by class, best bound first). */
export function scanAllowedMentors(inst: CompiledInstance, i: number, buf: ScanBuffers): number {
  let count = 0;
  for (let k = inst.classStart[i], end = inst.classStart[i + 1]; k < end; k++) count = collectClass(inst, i, inst.classCode[k], buf, count);
  return count;
}

/** Score of one allowed pair via the same tables (the caller knows the pair is allowed). */
export function scoreCompiledPair(inst: CompiledInstance, i: number, j: number): number {
  const sameRegion = inst.mentorRegion[j] === inst.menteeRegion[i];
  const area = inst.menteeArea[i];
  const lists = area >= 0 && listsArea(inst.mentorAreas, inst.areaWords, j, area);
  return (
    inst.menteeBase[i] +
    inst.gradePoints[i * inst.grades + inst.mentorGrade[j]] +
    (inst.mentorSpecialty[j] === inst.menteeSpecialty[i] ? inst.menteeSpecialtySame[i] : inst.menteeSpecialtyDifferent[i]) +
    inst.kindPoints[(inst.menteeKindRow[i] * 2 + (sameRegion ? 0 : 1)) * inst.kinds + inst.mentorKind[j]] +
    (lists ? inst.menteeAreaPoints[i] : 0)
  );
}

/**
 * Broken-rule bitmask for (mentee i, mentor j) from compiled data: the same
 * verdicts as findBrokenRules, without strings, for the why-not counts.
 * forbidBitsOfMentor[j] must hold the person-based reasons for this mentee.
 */
export function findBrokenRulesCompiled(inst: CompiledInstance, i: number, j: number, forbidBitsOfMentor: Int32Array): number {
  let broken = forbidBitsOfMentor[j];
  if (inst.mentorMode[j] !== inst.menteeMode[i]) broken |= BIT_SAME_MODE;
  const further = inst.mentorGrade[j] > inst.menteeGrade[i];
  const area = inst.menteeArea[i];
  const lists = area >= 0 && listsArea(inst.mentorAreas, inst.areaWords, j, area);
  const coaching = inst.menteeMode[i] === 1;
  if (coaching ? !(further || lists) : !further) broken |= BIT_SENIORITY;
  if (inst.mentorFree[j] <= 0) broken |= BIT_CAPACITY;
  const gi = inst.menteeGrade[i];
  if ((inst.mentorAccepts[j * inst.gradeWords + (gi >>> 5)] & (1 << (gi & 31))) === 0) broken |= BIT_ACCEPTED_GRADE;
  if (inst.menteeIndependent[i] === 1 && inst.mentorEmployer[j] === inst.menteeEmployer[i]) broken |= BIT_INDEPENDENCE;
  if (((MEETING_FIT_BITS >> (inst.menteeMeeting[i] * 3 + inst.mentorMeeting[j])) & 1) === 0) broken |= BIT_MEETING_MODE;
  if (coaching && !lists) broken |= BIT_DEVELOPMENT_AREA;
  return broken;
}

/**
 * Exact number of allowed (mentee, mentor) pairs without listing them: per
 * mentee, the cells' counts of mentors accepting its grade, minus forbidden
 * mentors and (when independence is asked) same-employer mentors in those cells.
 */
export function countAllowedPairs(inst: CompiledInstance): number {
  const N = inst.menteeCount;
  const M = inst.mentorCount;
  const G = inst.grades;
  const S = inst.specialtyCount;
  const R = inst.regionCount;
  const cellAccept = new Int32Array(inst.cellCount * G);
  for (let c = 0; c < inst.cellCount; c++) {
    for (let k = inst.smOffset[c * S * R], end = inst.smOffset[(c + 1) * S * R]; k < end; k++) {
      const j = inst.smMentors[k];
      for (let g = 0; g < G; g++) {
        if ((inst.mentorAccepts[j * inst.gradeWords + (g >>> 5)] & (1 << (g & 31))) !== 0) cellAccept[c * G + g]++;
      }
    }
  }
  const byEmployer = new Map<number, number[]>();
  for (let j = 0; j < M; j++) {
    if (inst.mentorFree[j] <= 0 || inst.mentorEmployer[j] < 0) continue;
    const list = byEmployer.get(inst.mentorEmployer[j]);
    if (list) list.push(j);
    else byEmployer.set(inst.mentorEmployer[j], [j]);
  }
  const forbidden = new Int32Array(M).fill(-1);
  const isCandidate = (i: number, j: number): boolean => {
    if (inst.mentorFree[j] <= 0 || inst.mentorMode[j] !== inst.menteeMode[i]) return false;
    const gi = inst.menteeGrade[i];
    if ((inst.mentorAccepts[j * inst.gradeWords + (gi >>> 5)] & (1 << (gi & 31))) === 0) return false;
    const mm = inst.mentorMeeting[j];
    const me = inst.menteeMeeting[i];
    if (!(me === 2 || mm === 2 || me === mm)) return false;
    if (inst.menteeMode[i] === 0) return inst.mentorGrade[j] > gi;
    const a = inst.menteeArea[i];
    return a >= 0 && listsArea(inst.mentorAreas, inst.areaWords, j, a);
  };
  let total = 0;
  for (let i = 0; i < N; i++) {
    const coaching = inst.menteeMode[i] === 1;
    const area = inst.menteeArea[i];
    if (coaching && area < 0) continue;
    const gi = inst.menteeGrade[i];
    const me = inst.menteeMeeting[i];
    // Group 0 holds every mentoring offer once; coaching offers sit in their areas' groups.
    const cellBase = coaching ? (1 + 2 * inst.areaCount + area) * G * 3 : 0;
    for (let g = coaching ? 0 : gi + 1; g < G; g++) {
      for (let mm = 0; mm < 3; mm++) {
        if (me === 2 || mm === 2 || me === mm) total += cellAccept[(cellBase + g * 3 + mm) * G + gi];
      }
    }
    for (let k = inst.forbidStart[i], end = inst.forbidStart[i + 1]; k < end; k++) {
      const j = inst.forbidList[k];
      forbidden[j] = i;
      if (isCandidate(i, j)) total--;
    }
    if (inst.menteeIndependent[i] === 1) {
      for (const j of byEmployer.get(inst.menteeEmployer[i]) ?? []) {
        if (forbidden[j] !== i && isCandidate(i, j)) total--;
      }
    }
  }
  return total;
}
