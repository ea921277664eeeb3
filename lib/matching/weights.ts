// The one place an administrator tunes soft preferences. Integers only: the
// solver's objective is exact integer arithmetic, and fractions would make
// ties (and so fairness) depend on floating-point rounding.

export interface MatchingWeights {
  gradeGap: {
    /** Mentoring: points by how many grades the mentor is ahead; [1 step, 2 steps, ...]; the last value applies beyond. */
    mentoringStepsAhead: number[];
    /** Coaching: the coach is further along. */
    coachingFurtherAlong: number;
    /** Coaching: the coach is not further along but has the skill. */
    coachingNotFurtherAlong: number;
  };
  specialty: {
    /** Mentoring, no stated preference: same specialty. */
    mentoringSameByDefault: number;
    /** Coaching, no stated preference: a coach from outside the specialty. */
    coachingDifferentByDefault: number;
    /** The mentee asked for SAME or DIFFERENT and got it. */
    preferenceMet: number;
  };
  region: {
    /** No stated preference, same region, and the pair can meet in person. */
    sameInPerson: number;
    /** No stated preference, same region, but the pair meets online only. */
    sameOnline: number;
    /** The mentee asked for SAME or OTHER and got it. */
    preferenceMet: number;
  };
  meetingMode: {
    /** Both chose the same specific way (both online or both in person). */
    sameChoice: number;
    /** Compatible because at least one side is flexible. */
    flexible: number;
  };
  developmentArea: {
    /** The mentor lists the area the mentee named. */
    listed: number;
  };
  consented: {
    gender: number;
    ethnicMinorityMentor: number;
    imgExperience: number;
  };
  waiting: {
    pointsPerWeek: number;
    maxPoints: number;
  };
}

function freezeDeep<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value as Record<string, unknown>)) freezeDeep(inner);
    Object.freeze(value);
  }
  return value;
}

// Frozen so an admin edit can never mutate the defaults in place; edit a copy and validate it.
export const DEFAULT_WEIGHTS: MatchingWeights = freezeDeep({
  gradeGap: {
    // Peer mentoring works best one or two steps ahead; bigger gaps still help, less so.
    mentoringStepsAhead: [30, 30, 20, 15, 10, 8, 6, 5],
    coachingFurtherAlong: 5,
    coachingNotFurtherAlong: 0,
  },
  specialty: { mentoringSameByDefault: 15, coachingDifferentByDefault: 10, preferenceMet: 25 },
  region: { sameInPerson: 20, sameOnline: 5, preferenceMet: 20 },
  meetingMode: { sameChoice: 10, flexible: 5 },
  developmentArea: { listed: 25 },
  consented: { gender: 15, ethnicMinorityMentor: 15, imgExperience: 15 },
  waiting: { pointsPerWeek: 1, maxPoints: 12 },
});

/** Bound on any single weight, so that objective arithmetic stays exact far below 2^53. */
export const MAX_ABS_WEIGHT = 1000;

export type WeightsValidation = { ok: true; weights: MatchingWeights } | { ok: false; errors: string[] };

function checkInteger(errors: string[], path: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    errors.push(`${path} must be a whole number (got ${JSON.stringify(value)})`);
  } else if (value < min || value > max) {
    errors.push(`${path} must be between ${min} and ${max} (got ${value})`);
  }
}

function readObject(errors: string[], root: unknown, key: string): Record<string, unknown> {
  const value = root && typeof root === "object" ? (root as Record<string, unknown>)[key] : undefined;
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    errors.push(`${key} must be an object`);
    return {};
  }
  return value as Record<string, unknown>;
}

/** Checks an admin-edited weights object; returns a clean copy or every problem found. */
export function validateWeights(input: unknown): WeightsValidation {
  const errors: string[] = [];
  if (!input || typeof input !== "object") return { ok: false, errors: ["weights must be an object"] };
  const lo = -MAX_ABS_WEIGHT;
  const hi = MAX_ABS_WEIGHT;

  const gradeGap = readObject(errors, input, "gradeGap");
  const steps = gradeGap.mentoringStepsAhead;
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > 20) {
    errors.push("gradeGap.mentoringStepsAhead must be a list of 1 to 20 whole numbers");
  } else {
    steps.forEach((v, k) => checkInteger(errors, `gradeGap.mentoringStepsAhead[${k}]`, v, lo, hi));
  }
  checkInteger(errors, "gradeGap.coachingFurtherAlong", gradeGap.coachingFurtherAlong, lo, hi);
  checkInteger(errors, "gradeGap.coachingNotFurtherAlong", gradeGap.coachingNotFurtherAlong, lo, hi);

  const specialty = readObject(errors, input, "specialty");
  for (const k of ["mentoringSameByDefault", "coachingDifferentByDefault", "preferenceMet"]) {
    checkInteger(errors, `specialty.${k}`, specialty[k], lo, hi);
  }
  const region = readObject(errors, input, "region");
  for (const k of ["sameInPerson", "sameOnline", "preferenceMet"]) checkInteger(errors, `region.${k}`, region[k], lo, hi);
  const meetingMode = readObject(errors, input, "meetingMode");
  for (const k of ["sameChoice", "flexible"]) checkInteger(errors, `meetingMode.${k}`, meetingMode[k], lo, hi);
  const developmentArea = readObject(errors, input, "developmentArea");
  checkInteger(errors, "developmentArea.listed", developmentArea.listed, lo, hi);
  const consented = readObject(errors, input, "consented");
  for (const k of ["gender", "ethnicMinorityMentor", "imgExperience"]) {
    checkInteger(errors, `consented.${k}`, consented[k], lo, hi);
  }
  const waiting = readObject(errors, input, "waiting");
  // Waiting must never count against a mentee, so it is non-negative.
  checkInteger(errors, "waiting.pointsPerWeek", waiting.pointsPerWeek, 0, hi);
  checkInteger(errors, "waiting.maxPoints", waiting.maxPoints, 0, hi);

  if (errors.length > 0) return { ok: false, errors };
  const w = input as MatchingWeights;
  return {
    ok: true,
    weights: {
      gradeGap: {
        mentoringStepsAhead: [...w.gradeGap.mentoringStepsAhead],
        coachingFurtherAlong: w.gradeGap.coachingFurtherAlong,
        coachingNotFurtherAlong: w.gradeGap.coachingNotFurtherAlong,
      },
      specialty: { ...w.specialty },
      region: { ...w.region },
      meetingMode: { ...w.meetingMode },
      developmentArea: { ...w.developmentArea },
      consented: { ...w.consented },
      waiting: { ...w.waiting },
    },
  };
}

/** Throws with every problem listed; used at the engine boundary. */
export function assertValidWeights(input: unknown): MatchingWeights {
  const result = validateWeights(input);
  if (!result.ok) throw new Error(`Invalid matching weights: ${result.errors.join("; ")}`);
  return result.weights;
}
