// Shared by the property tests on the zod schemas (tests/unit/validation) and on the real server
// actions (tests/integration/profiles): hostile values, "nearly valid" inputs, and a runner that
// records how many runs each property passed.
import fc from "fast-check";
import { expect } from "vitest";

function failure<Ts>(name: string, details: fc.RunDetails<Ts>): string {
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `${name}: ${fc.defaultReportMessage(details) ?? "failed"}\nCause: ${cause}`;
}

/**
 * Runs a property for exactly `numRuns` runs, fails with fast-check's report (seed, path and the
 * shrunk counterexample) and logs the run count: the closing note lists them.
 */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(name: string, numRuns: number, property: fc.IProperty<Ts>) {
  const details = fc.check(property, { numRuns });
  if (details.failed) throw new Error(failure(name, details));
  expect(details.numRuns, `${name}: every run counts (none skipped)`).toBe(numRuns);
  console.log(`[property] ${name}: ${details.numRuns} runs passed`);
}

export async function checkAsyncProperty<Ts extends [unknown, ...unknown[]]>(name: string, numRuns: number, property: fc.IAsyncProperty<Ts>) {
  const details = await fc.check(property, { numRuns });
  if (details.failed) throw new Error(failure(name, details));
  expect(details.numRuns, `${name}: every run counts (none skipped)`).toBe(numRuns);
  console.log(`[property] ${name}: ${details.numRuns} runs passed`);
}

/** Values that broke or fooled hand-written parsing before: blank, control and look-alike text, tricky objects. */
export const nastyValues: unknown[] = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "Dr A\u0000B",
  "\uD800",
  "x\uDC00y",
  "\u202Eevil",
  "\u200B\u200B",
  "%",
  "_%_",
  "\\",
  "'; DROP TABLE \"User\"; --",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "1e1",
  "0x10",
  "１２３４５６７",
  "١٢٣٤٥٦٧",
  "x".repeat(3000),
  "__proto__",
  "constructor",
  NaN,
  Infinity,
  -0,
  1.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  true,
  false,
  null,
  undefined,
  [],
  [[]],
  [null],
  {},
  JSON.parse('{"valueOf":1,"toString":1}'),
  JSON.parse('{"__proto__":{"polluted":true}}'),
  Object.create(null),
  new Date(0),
  new Date(Number.NaN),
  10n,
];

/** Anything a caller could send to a server action (React's reply encoding carries Dates, BigInts, Maps and Sets too). */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...nastyValues), weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 2 },
  {
    arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, stringUnit: "binary" }),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 1 },
);

/** Per field: how to make a valid value, and (optionally) values that are nearly valid but not quite. */
export type Model = Record<string, { valid: fc.Arbitrary<unknown>; tricky?: fc.Arbitrary<unknown> }>;

const MISSING = Symbol("missing");

/**
 * A valid record in which a field or two (half the time none) is replaced by a tricky value, by
 * anything at all, or left out; sometimes with a stray key added. Most inputs are one or two
 * mistakes away from valid, which is where validation bugs live.
 */
export function nearlyValid(model: Model): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(model);
  const valid = fc.record(Object.fromEntries(keys.map((key) => [key, model[key].valid])));
  const mutation = (key: string) =>
    fc.tuple(fc.constant(key), fc.oneof({ arbitrary: model[key].tricky ?? anyValue, weight: 3 }, { arbitrary: anyValue, weight: 2 }, { arbitrary: fc.constant(MISSING), weight: 1 }));
  const mutations = fc.oneof({ arbitrary: fc.constant([] as [string, unknown][]), weight: 1 }, { arbitrary: fc.subarray(keys, { minLength: 1, maxLength: 2 }).chain((chosen) => fc.tuple(...chosen.map(mutation))), weight: 1 });
  const stray = fc.option(fc.tuple(fc.constantFrom("id", "userId", "menteeId", "role", "status", "__proto__", "profileCompletedAt"), anyValue), { freq: 8 });
  return fc.tuple(valid, mutations, stray).map(([record, changes, extra]) => {
    const copy: Record<string, unknown> = { ...record };
    for (const [key, value] of changes) {
      if (value === MISSING) delete copy[key];
      else copy[key] = value;
    }
    if (extra) Object.defineProperty(copy, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

/** A model from plain arbitraries (each may already mix valid and invalid values). */
export const modelOf = (fields: Record<string, fc.Arbitrary<unknown>>): Model => Object.fromEntries(Object.entries(fields).map(([key, valid]) => [key, { valid }]));

/** Mostly nearly-valid records, sometimes anything at all. */
export function actionInput(model: Model): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: nearlyValid(model), weight: 6 }, { arbitrary: anyValue, weight: 1 });
}

/** Text a person might type: mostly letters and spaces, sometimes any code point. */
export const typedText = (minLength: number, maxLength: number) =>
  fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ'-.,é") }), weight: 4 },
    { arbitrary: fc.string({ minLength, maxLength, unit: "grapheme" }), weight: 1 },
    { arbitrary: fc.string({ minLength, maxLength, unit: "binary" }), weight: 1 },
  );

const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-.,é王"];

/** Ordinary text of `min`–`max` characters (after trimming). */
export const validText = (min: number, max: number) =>
  fc
    .string({ minLength: Math.max(0, min - 2), maxLength: Math.max(0, Math.min(max, min + 80) - 2), unit: fc.constantFrom(...LETTERS, " ") })
    .map((inner) => `D${inner}z`);

/** Characters PostgreSQL refuses (NUL) or a person cannot type (other controls, an unpaired surrogate). */
export const UNSTORABLE_CHARACTERS = ["\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\uD800", "\uDFFF"];

/** Valid text with one unstorable character slipped in somewhere. */
export const withUnstorable = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.constantFrom(...UNSTORABLE_CHARACTERS), fc.nat()).map(([value, character, at]) => {
    const position = at % (value.length + 1);
    return value.slice(0, position) + character + value.slice(position);
  });

/** Text just outside `min`–`max`, blank, padded, with an unstorable character, or anything at all. */
export const trickyText = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.constantFrom("x".repeat(max), "x".repeat(max + 1), ` ${"y".repeat(Math.max(min, 1))} `, "y".repeat(Math.max(0, min - 1)), "", "  "), weight: 2 },
    { arbitrary: withUnstorable(validText(min, max)), weight: 2 },
    { arbitrary: typedText(0, max + 5), weight: 1 },
  );

/** Printable ASCII and nothing else. */
export const isPrintableAscii = (value: string) => /^[\x20-\x7e]*$/.test(value);
/** No control characters (tab, LF, CR aside) and no unpaired surrogates: what PostgreSQL text and a person's typing allow. */
export const isStorable = (value: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u.test(value);
/** Trimmed by String.prototype.trim. */
export const isTrimmed = (value: string) => value === value.trim();
