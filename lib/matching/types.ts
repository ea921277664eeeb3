// Plain data in, plain data out: the loader maps database rows to these shapes,
// so nothing here may depend on Prisma, Next or the clock.
import type { MatchingWeights } from "./weights";

export type Mode = "MENTORING" | "COACHING";
export type MeetingMode = "ONLINE" | "IN_PERSON" | "EITHER";
export type SpecialtyPreference = "SAME" | "DIFFERENT" | "ANY";
export type RegionPreference = "SAME" | "OTHER" | "ANY";

export interface ConsentedPreferences {
  gender?: string;
  ethnicMinorityMentor?: boolean;
  imgExperience?: boolean;
}

export interface MentorAttributes {
  gender?: string;
  ethnicMinority?: boolean;
  imgExperience?: boolean;
}

/** One open request for a mentor or a coach. */
export interface MenteeInput {
  requestId: string;
  personId: string;
  mode: Mode;
  /** 1 FY, 2 CT1, 3 CT2, 4 CT3, 5 ST4, 6 ST5, 7 ST6, 8 ST7, 9 Specialty doctor, 10 Specialist/Assoc specialist, 11 Consultant (<5y), 12 Consultant */
  gradeRank: number;
  specialtyId: string;
  specialtyName: string;
  regionId: string;
  regionName: string;
  employerId: string | null;
  meetingMode: MeetingMode;
  /** Coaching must name one. */
  developmentAreaId: string | null;
  developmentAreaName: string | null;
  specialtyPreference: SpecialtyPreference;
  regionPreference: RegionPreference;
  /** Refuse mentors at the same employer. */
  wantsIndependence: boolean;
  excludedPersonIds: string[];
  /** Line manager, educational or clinical supervisor, appraiser, ARCP assessor. */
  conflictPersonIds: string[];
  /** Ended pairings: no repeat unless both asked (repeatAllowedPartnerIds). */
  previousPartnerIds: string[];
  repeatAllowedPartnerIds: string[];
  /** Request created, epoch ms. */
  waitingSinceMs: number;
  /** Only present when the mentee consented and asked. */
  consentedPreferences: ConsentedPreferences;
}

/** One volunteer offer; a person may offer MENTORING and COACHING separately. */
export interface MentorInput {
  personId: string;
  mode: Mode;
  gradeRank: number;
  specialtyId: string;
  specialtyName: string;
  regionId: string;
  regionName: string;
  employerId: string | null;
  meetingMode: MeetingMode;
  /** 0 = paused. */
  capacity: number;
  activeCount: number;
  /** Empty = any grade. */
  acceptedGradeRanks: number[];
  developmentAreaIds: string[];
  /** Optional display names for developmentAreaIds, used only in sentences. */
  developmentAreaNames?: Record<string, string>;
  excludedPersonIds: string[];
  conflictPersonIds: string[];
  /** Consented equality data only. */
  attributes: MentorAttributes;
}

export type RuleCode =
  | "same-mode"
  | "different-person"
  | "seniority"
  | "capacity"
  | "accepted-grade"
  | "conflict-of-interest"
  | "independence"
  | "exclusion"
  | "no-repeat"
  | "meeting-mode"
  | "development-area";

export interface RuleCheck {
  code: RuleCode;
  /** Short human title of the rule, stable for display. */
  title: string;
  passed: boolean;
  sentence: string;
}

export interface PairCheck {
  allowed: boolean;
  checks: RuleCheck[];
}

export type ScorePartKey =
  | "gradeGap"
  | "specialty"
  | "region"
  | "meetingMode"
  | "developmentArea"
  | "gender"
  | "ethnicMinorityMentor"
  | "imgExperience"
  | "waiting";

export interface ScorePart {
  key: ScorePartKey;
  points: number;
  /** e.g. "Same region (London) +20" */
  text: string;
}

export interface Explanation {
  total: number;
  /** Every hard rule with the sentence saying why it passed. */
  rules: RuleCheck[];
  parts: ScorePart[];
}

export interface Proposal {
  requestId: string;
  menteeId: string;
  mentorId: string;
  mode: Mode;
  score: number;
  explanation: Explanation;
}

export interface UnmatchedCounts {
  /** Offers in the same mode that were checked against the rules. */
  mentorsChecked: number;
  /** Offers passing every rule (these had a free place). */
  suitable: number;
  /** Per rule: how many checked offers fail it (an offer can fail several). */
  failedByRule: Partial<Record<RuleCode, number>>;
  /** Offers that fail only the capacity rule: suitable but paused or full. */
  suitableButFull: number;
  /** Suitable offers whose places all went to mentees with a strictly higher score for them. */
  takenByBetterFit: number;
  /** Suitable offers whose places went to mentees with an equal score who had waited longer. */
  takenByLongerWait: number;
}

export interface UnmatchedMentee {
  requestId: string;
  menteeId: string;
  reason: string;
  counts: UnmatchedCounts;
}

export interface MatchStats {
  mentees: number;
  mentors: number;
  /** Sum of free places over all offers. */
  places: number;
  matched: number;
  totalScore: number;
  /** Pairs passing every hard rule (counted exactly, without listing them). */
  allowedPairs: number;
  /** True when the dual certificate proves the result optimal over every allowed pair. */
  optimal: boolean;
  /** Σ waiting weights of matched mentees (1..N, N = waited longest): the waiting tie-break level. */
  waitingPriorityTotal: number;
  /** Σ over mentors of (current + proposed mentees)²: lower is more even. */
  spreadPenalty: number;
  /** Equal-score moves the fairness pass made. */
  spreadMoves: number;
  /** Work done: mentor classes opened and pairs scored by the search (out of allowedPairs). */
  classesOpened: number;
  pairsExamined: number;
}

export interface ProposeOptions {
  /** "lazy" (default) opens mentor classes only when their bound could matter; "full" scores every allowed pair (reference). */
  strategy?: "lazy" | "full";
  /** Skip the dual certificate (then optimal is reported false). */
  certify?: boolean;
  /** Skip the fairness pass (tests use this to see it matter). */
  spread?: boolean;
}

export interface ProposeInput {
  mentees: MenteeInput[];
  mentors: MentorInput[];
  /** Defaults to DEFAULT_WEIGHTS; validated either way. */
  weights?: MatchingWeights;
  /** Epoch ms; the engine never reads the clock. */
  now: number;
  options?: ProposeOptions;
}

export interface ProposeResult {
  proposals: Proposal[];
  unmatched: UnmatchedMentee[];
  stats: MatchStats;
}
