import { canMeetInPerson, computeMentoringGapPoints, computeWaitingPoints } from "./scoring";
import { areMeetingModesCompatible, freePlaces } from "./rules";
import type { MeetingMode, MenteeInput, MentorInput } from "./types";
import type { MatchingWeights } from "./weights";

// The compiled instance turns strings into small integers and the soft
// preferences into per-mentee lookup tables, so the all-pairs scan is a few
// typed-array reads per pair and allocates nothing. The arithmetic mirrors
// scoring.ts exactly; tests/unit/matching holds them equal.

const MEETING_MODES: MeetingMode[] = ["ONLINE", "IN_PERSON", "EITHER"];
/** Marks a (mentee, mentor-kind) cell whose meeting modes clash. */
export const CLASH = -0x40000000;

export interface CompiledInstance {
  weights: MatchingWeights;
  now: number;
  /** Canonical order: by requestId. */
  mentees: MenteeInput[];
  /** Canonical order: by personId, then mode. */
  mentors: MentorInput[];
  menteeCount: number;
  mentorCount: number;

  menteeMode: Uint8Array; // 0 mentoring, 1 coaching
  menteeGrade: Int32Array; // dense grade index
  menteeSpecialty: Int32Array;
  menteeRegion: Int32Array;
  menteeEmployer: Int32Array; // -1 when unknown
  menteeIndependent: Uint8Array;
  menteeArea: Int32Array; // -1 when none named
  menteeAreaPoints: Int32Array; // points when the mentor lists the area
  menteeSpecialtySame: Int32Array;
  menteeSpecialtyDifferent: Int32Array;
  menteeBase: Int32Array; // waiting points (constant per mentee)
  /** 1..N, N = waited longest; the waiting tie-break weight. */
  menteeWaitWeight: Int32Array;
  /** [mentee * grades + mentorGrade] -> grade-gap points, or CLASH when seniority fails for mentoring. */
  gradePoints: Int32Array;
  /** [(mentee * 2 + (sameRegion ? 0 : 1)) * kinds + mentorKind] -> region + meeting + consented points, or CLASH. */
  kindPoints: Int32Array;
  kinds: number;
  grades: number;
  gradeRanks: number[]; // dense index -> rank
  forbidStart: Int32Array; // CSR of mentor indices each mentee may never get (person, conflict, exclusion, repeat)
  forbidList: Int32Array;

  mentorMode: Uint8Array;
  mentorGrade: Int32Array;
  mentorSpecialty: Int32Array;
  mentorRegion: Int32Array;
  mentorEmployer: Int32Array;
  mentorKind: Int32Array;
  mentorFree: Int32Array;
  mentorActive: Int32Array;
  gradeWords: number;
  mentorAccepts: Uint32Array; // [mentor * gradeWords + w]
  areaWords: number;
  mentorAreas: Uint32Array; // [mentor * areaWords + w]

  // Buckets of mentors with a free place, keyed by (mode, grade, specialty, region),
  // sorted by grade so seniority skips whole runs.
  bucketGrade: Int32Array;
  bucketSpecialty: Int32Array;
  bucketRegion: Int32Array;
  bucketStart: Int32Array; // into bucketMentors; bucket b is [bucketStart[b], bucketStart[b+1])
  bucketMentors: Int32Array;
  /** [mode * (grades + 1) + g] = first bucket of that mode with grade index >= g; the mode's end is at g = grades. */
  modeGradeBucket: Int32Array;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortMentees(mentees: MenteeInput[]): MenteeInput[] {
  const sorted = [...mentees].sort((a, b) => compareStrings(a.requestId, b.requestId));
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].requestId === sorted[k - 1].requestId) throw new Error(`Duplicate requestId ${sorted[k].requestId}`);
  }
  return sorted;
}

export function sortMentors(mentors: MentorInput[]): MentorInput[] {
  const sorted = [...mentors].sort((a, b) => compareStrings(a.personId, b.personId) || compareStrings(a.mode, b.mode));
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

class Interner {
  private readonly ids = new Map<string, number>();
  get(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Mentees ordered by waitingSince (oldest first), then requestId; the waiting tie-break order. */
export function rankByWaiting(mentees: MenteeInput[]): Int32Array {
  const order = mentees.map((_, k) => k);
  order.sort(
    (a, b) => mentees[a].waitingSinceMs - mentees[b].waitingSinceMs || compareStrings(mentees[a].requestId, mentees[b].requestId),
  );
  const weight = new Int32Array(mentees.length);
  order.forEach((menteeIndex, position) => {
    weight[menteeIndex] = mentees.length - position;
  });
  return weight;
}

/**
 * Inputs must already be in canonical order (sortMentees / sortMentors), so the
 * same set of people always compiles to the same arrays.
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

  const gradeSet = new Set<number>();
  for (const m of mentees) gradeSet.add(m.gradeRank);
  for (const m of mentors) gradeSet.add(m.gradeRank);
  const gradeRanks = [...gradeSet].sort((a, b) => a - b);
  const gradeIndex = new Map(gradeRanks.map((r, k) => [r, k]));
  const G = gradeRanks.length;

  const specialties = new Interner();
  const regions = new Interner();
  const employers = new Interner();
  const areas = new Interner();
  const genders = new Interner();
  for (const m of mentees) {
    if (m.developmentAreaId !== null) areas.get(m.developmentAreaId);
    if (m.consentedPreferences.gender !== undefined) genders.get(m.consentedPreferences.gender);
  }
  for (const m of mentors) if (m.attributes.gender !== undefined) genders.get(m.attributes.gender);
  const genderValues = genders.size + 1; // 0 = not recorded
  const kinds = 3 * genderValues * 4;

  const mentorMode = new Uint8Array(M);
  const mentorGrade = new Int32Array(M);
  const mentorSpecialty = new Int32Array(M);
  const mentorRegion = new Int32Array(M);
  const mentorEmployer = new Int32Array(M);
  const mentorKind = new Int32Array(M);
  const mentorFree = new Int32Array(M);
  const mentorActive = new Int32Array(M);
  const gradeWords = Math.max(1, Math.ceil(G / 32));
  const mentorAccepts = new Uint32Array(M * gradeWords);
  const areaWords = Math.max(1, Math.ceil(areas.size / 32));
  const mentorAreas = new Uint32Array(M * areaWords);
  const personMentors = new Map<string, number[]>();

  for (let j = 0; j < M; j++) {
    const m = mentors[j];
    mentorMode[j] = m.mode === "MENTORING" ? 0 : 1;
    mentorGrade[j] = gradeIndex.get(m.gradeRank)!;
    mentorSpecialty[j] = specialties.get(m.specialtyId);
    mentorRegion[j] = regions.get(m.regionId);
    mentorEmployer[j] = m.employerId === null ? -1 : employers.get(m.employerId);
    const gender = m.attributes.gender === undefined ? 0 : genders.find(m.attributes.gender) + 1;
    mentorKind[j] =
      ((MEETING_MODES.indexOf(m.meetingMode) * genderValues + gender) * 2 + (m.attributes.ethnicMinority === true ? 1 : 0)) * 2 +
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
      const a = areas.find(id);
      if (a >= 0) mentorAreas[j * areaWords + (a >>> 5)] |= 1 << (a & 31);
    }
    const list = personMentors.get(m.personId);
    if (list) list.push(j);
    else personMentors.set(m.personId, [j]);
  }

  // People named by a mentor (excluded or conflicted), to find every mentee request they block.
  const blockedByMentors = new Map<string, number[]>();
  for (let j = 0; j < M; j++) {
    for (const p of [...mentors[j].excludedPersonIds, ...mentors[j].conflictPersonIds]) {
      const list = blockedByMentors.get(p);
      if (list) list.push(j);
      else blockedByMentors.set(p, [j]);
    }
  }

  const menteeMode = new Uint8Array(N);
  const menteeGrade = new Int32Array(N);
  const menteeSpecialty = new Int32Array(N);
  const menteeRegion = new Int32Array(N);
  const menteeEmployer = new Int32Array(N);
  const menteeIndependent = new Uint8Array(N);
  const menteeArea = new Int32Array(N);
  const menteeAreaPoints = new Int32Array(N);
  const menteeSpecialtySame = new Int32Array(N);
  const menteeSpecialtyDifferent = new Int32Array(N);
  const menteeBase = new Int32Array(N);
  const gradePoints = new Int32Array(N * G);
  const kindPoints = new Int32Array(N * 2 * kinds);
  const forbidStart = new Int32Array(N + 1);
  const forbidChunks: number[][] = [];
  const w = weights;

  for (let i = 0; i < N; i++) {
    const m = mentees[i];
    const coaching = m.mode === "COACHING";
    menteeMode[i] = coaching ? 1 : 0;
    const gi = gradeIndex.get(m.gradeRank)!;
    menteeGrade[i] = gi;
    menteeSpecialty[i] = specialties.get(m.specialtyId);
    menteeRegion[i] = regions.get(m.regionId);
    menteeEmployer[i] = m.employerId === null ? -1 : employers.get(m.employerId);
    menteeIndependent[i] = m.wantsIndependence && m.employerId !== null ? 1 : 0;
    menteeArea[i] = m.developmentAreaId === null ? -1 : areas.find(m.developmentAreaId);
    menteeAreaPoints[i] = w.developmentArea.listed;
    menteeBase[i] = computeWaitingPoints(m.waitingSinceMs, now, w);

    if (m.specialtyPreference === "SAME") {
      menteeSpecialtySame[i] = w.specialty.preferenceMet;
    } else if (m.specialtyPreference === "DIFFERENT") {
      menteeSpecialtyDifferent[i] = w.specialty.preferenceMet;
    } else if (coaching) {
      menteeSpecialtyDifferent[i] = w.specialty.coachingDifferentByDefault;
    } else {
      menteeSpecialtySame[i] = w.specialty.mentoringSameByDefault;
    }

    for (let g = 0; g < G; g++) {
      const steps = gradeRanks[g] - m.gradeRank;
      let points: number;
      if (coaching) {
        // Coaching seniority also passes on "has the skill", which the area rule demands anyway.
        points = steps >= 1 ? w.gradeGap.coachingFurtherAlong : w.gradeGap.coachingNotFurtherAlong;
      } else {
        points = steps >= 1 ? computeMentoringGapPoints(steps, w) : CLASH;
      }
      gradePoints[i * G + g] = points;
    }

    const asked = m.consentedPreferences;
    const askedGender = asked.gender === undefined ? -1 : genders.find(asked.gender) + 1;
    for (let regionDiff = 0; regionDiff < 2; regionDiff++) {
      for (let mm = 0; mm < 3; mm++) {
        const mentorMeeting = MEETING_MODES[mm];
        let pts = 0;
        if (!areMeetingModesCompatible(m.meetingMode, mentorMeeting)) {
          pts = CLASH;
        } else {
          const sameRegion = regionDiff === 0;
          if (m.regionPreference === "SAME") pts += sameRegion ? w.region.preferenceMet : 0;
          else if (m.regionPreference === "OTHER") pts += sameRegion ? 0 : w.region.preferenceMet;
          else if (sameRegion) {
            const inPerson = canMeetInPerson(m, { meetingMode: mentorMeeting } as MentorInput);
            pts += inPerson ? w.region.sameInPerson : w.region.sameOnline;
          }
          pts += m.meetingMode === mentorMeeting && mentorMeeting !== "EITHER" ? w.meetingMode.sameChoice : w.meetingMode.flexible;
        }
        for (let gender = 0; gender < genderValues; gender++) {
          for (let eth = 0; eth < 2; eth++) {
            for (let img = 0; img < 2; img++) {
              const kind = ((mm * genderValues + gender) * 2 + eth) * 2 + img;
              let value = pts;
              if (value !== CLASH) {
                if (askedGender >= 0 && gender === askedGender) value += w.consented.gender;
                if (asked.ethnicMinorityMentor === true && eth === 1) value += w.consented.ethnicMinorityMentor;
                if (asked.imgExperience === true && img === 1) value += w.consented.imgExperience;
              }
              kindPoints[(i * 2 + regionDiff) * kinds + kind] = value;
            }
          }
        }
      }
    }

    const forbidden = new Set<number>();
    const addPerson = (p: string) => {
      const list = personMentors.get(p);
      if (list) for (const j of list) forbidden.add(j);
    };
    addPerson(m.personId);
    m.excludedPersonIds.forEach(addPerson);
    m.conflictPersonIds.forEach(addPerson);
    for (const p of m.previousPartnerIds) if (!m.repeatAllowedPartnerIds.includes(p)) addPerson(p);
    const blockers = blockedByMentors.get(m.personId);
    if (blockers) for (const j of blockers) forbidden.add(j);
    const chunk = [...forbidden].sort((a, b) => a - b);
    forbidChunks.push(chunk);
    forbidStart[i + 1] = forbidStart[i] + chunk.length;
  }
  const forbidList = new Int32Array(forbidStart[N]);
  forbidChunks.forEach((chunk, i) => forbidList.set(chunk, forbidStart[i]));

  // Buckets of mentors that have a free place.
  const keyed: number[] = [];
  for (let j = 0; j < M; j++) if (mentorFree[j] > 0) keyed.push(j);
  const S = Math.max(1, specialties.size);
  const R = Math.max(1, regions.size);
  const bucketKey = (j: number) => ((mentorMode[j] * G + mentorGrade[j]) * S + mentorSpecialty[j]) * R + mentorRegion[j];
  keyed.sort((a, b) => bucketKey(a) - bucketKey(b) || a - b);
  const bucketMentors = Int32Array.from(keyed);
  const grades: number[] = [];
  const specs: number[] = [];
  const regs: number[] = [];
  const starts: number[] = [];
  const modeOf: number[] = [];
  let lastKey = -1;
  keyed.forEach((j, k) => {
    const key = bucketKey(j);
    if (key !== lastKey) {
      grades.push(mentorGrade[j]);
      specs.push(mentorSpecialty[j]);
      regs.push(mentorRegion[j]);
      modeOf.push(mentorMode[j]);
      starts.push(k);
      lastKey = key;
    }
  });
  starts.push(keyed.length);
  const B = grades.length;
  const modeGradeBucket = new Int32Array(2 * (G + 1));
  for (let mode = 0; mode < 2; mode++) {
    for (let g = 0; g <= G; g++) {
      let b = 0;
      while (b < B && (modeOf[b] < mode || (modeOf[b] === mode && grades[b] < g))) b++;
      modeGradeBucket[mode * (G + 1) + g] = b;
    }
  }

  return {
    weights,
    now,
    mentees,
    mentors,
    menteeCount: N,
    mentorCount: M,
    menteeMode,
    menteeGrade,
    menteeSpecialty,
    menteeRegion,
    menteeEmployer,
    menteeIndependent,
    menteeArea,
    menteeAreaPoints,
    menteeSpecialtySame,
    menteeSpecialtyDifferent,
    menteeBase,
    menteeWaitWeight: rankByWaiting(mentees),
    gradePoints,
    kindPoints,
    kinds,
    grades: G,
    gradeRanks,
    forbidStart,
    forbidList,
    mentorMode,
    mentorGrade,
    mentorSpecialty,
    mentorRegion,
    mentorEmployer,
    mentorKind,
    mentorFree,
    mentorActive,
    gradeWords,
    mentorAccepts,
    areaWords,
    mentorAreas,
    bucketGrade: Int32Array.from(grades),
    bucketSpecialty: Int32Array.from(specs),
    bucketRegion: Int32Array.from(regs),
    bucketStart: Int32Array.from(starts),
    bucketMentors,
    modeGradeBucket,
  };
}

/**
 * Scratch space for scanning one mentee at a time; reused across mentees so
 * the all-pairs scan allocates nothing.
 */
export interface ScanBuffers {
  mentor: Int32Array;
  score: Int32Array;
  forbidMark: Int32Array;
}

export function createScanBuffers(inst: CompiledInstance): ScanBuffers {
  return {
    mentor: new Int32Array(inst.mentorCount),
    score: new Int32Array(inst.mentorCount),
    forbidMark: new Int32Array(inst.mentorCount).fill(-1),
  };
}

/**
 * Writes every allowed mentor of mentee i (and the pair's score) into the
 * buffers; returns how many. Mentors with no free place are not in any bucket,
 * and seniority-failing grades are skipped as whole bucket runs.
 */
export function scanAllowedMentors(inst: CompiledInstance, i: number, buf: ScanBuffers): number {
  const { forbidMark, mentor: outMentor, score: outScore } = buf;
  const forbidList = inst.forbidList;
  for (let k = inst.forbidStart[i], end = inst.forbidStart[i + 1]; k < end; k++) forbidMark[forbidList[k]] = i;

  const mode = inst.menteeMode[i];
  const G = inst.grades;
  const gi = inst.menteeGrade[i];
  const firstBucket = inst.modeGradeBucket[mode * (G + 1) + (mode === 0 ? gi + 1 : 0)];
  const endBucket = inst.modeGradeBucket[mode * (G + 1) + G];
  const specialty = inst.menteeSpecialty[i];
  const region = inst.menteeRegion[i];
  const specialtySame = inst.menteeSpecialtySame[i];
  const specialtyDifferent = inst.menteeSpecialtyDifferent[i];
  const independent = inst.menteeIndependent[i] === 1;
  const employer = inst.menteeEmployer[i];
  const area = inst.menteeArea[i];
  const areaWord = area >>> 5;
  const areaBit = area >= 0 ? 1 << (area & 31) : 0;
  const areaPoints = inst.menteeAreaPoints[i];
  const coaching = mode === 1;
  const gradeWord = gi >>> 5;
  const gradeBit = 1 << (gi & 31);
  const gradeWords = inst.gradeWords;
  const areaWords = inst.areaWords;
  const kinds = inst.kinds;
  const kindSameOffset = i * 2 * kinds;
  const kindOtherOffset = kindSameOffset + kinds;
  const base = inst.menteeBase[i];
  const { bucketStart, bucketMentors, bucketGrade, bucketSpecialty, bucketRegion } = inst;
  const { mentorEmployer, mentorAccepts, mentorKind, mentorAreas, kindPoints, gradePoints } = inst;
  const gradeOffset = i * G;

  let count = 0;
  for (let b = firstBucket; b < endBucket; b++) {
    const bucketBase =
      base + gradePoints[gradeOffset + bucketGrade[b]] + (bucketSpecialty[b] === specialty ? specialtySame : specialtyDifferent);
    const kindOffset = bucketRegion[b] === region ? kindSameOffset : kindOtherOffset;
    for (let k = bucketStart[b], end = bucketStart[b + 1]; k < end; k++) {
      const j = bucketMentors[k];
      if (forbidMark[j] === i) continue;
      if (independent && mentorEmployer[j] === employer) continue;
      if ((mentorAccepts[j * gradeWords + gradeWord] & gradeBit) === 0) continue;
      const kindValue = kindPoints[kindOffset + mentorKind[j]];
      if (kindValue === CLASH) continue;
      const lists = areaBit !== 0 && (mentorAreas[j * areaWords + areaWord] & areaBit) !== 0;
      if (coaching && !lists) continue;
      outMentor[count] = j;
      outScore[count] = bucketBase + kindValue + (lists ? areaPoints : 0);
      count++;
    }
  }
  return count;
}

/** Score of one allowed pair via the same tables (the caller knows the pair is allowed). */
export function scoreCompiledPair(inst: CompiledInstance, i: number, j: number): number {
  const kinds = inst.kinds;
  const sameRegion = inst.mentorRegion[j] === inst.menteeRegion[i];
  const area = inst.menteeArea[i];
  const lists = area >= 0 && (inst.mentorAreas[j * inst.areaWords + (area >>> 5)] & (1 << (area & 31))) !== 0;
  return (
    inst.menteeBase[i] +
    inst.gradePoints[i * inst.grades + inst.mentorGrade[j]] +
    (inst.mentorSpecialty[j] === inst.menteeSpecialty[i] ? inst.menteeSpecialtySame[i] : inst.menteeSpecialtyDifferent[i]) +
    inst.kindPoints[(i * 2 + (sameRegion ? 0 : 1)) * kinds + inst.mentorKind[j]] +
    (lists ? inst.menteeAreaPoints[i] : 0)
  );
}
