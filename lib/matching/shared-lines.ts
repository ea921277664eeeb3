/**
 * Lines that many explanations of one round repeat, one frozen object each.
 *
 * A national round explains about 8,000 pairs with a few hundred distinct rule
 * sentences. Each explanation survives until the round is stored, and the
 * garbage collector copies every surviving object, so sharing the repeated
 * lines makes building the explanations several times cheaper. Lines are found
 * by a key packed from what their text depends on (see `pack`), never by the
 * text itself: building and hashing every sentence to look it up cost more
 * than sharing saved (measured). One instance serves one round: score lines
 * carry points, which depend on the round's weights and clock.
 */
export class SharedLines {
  private readonly ids = new Map<string | number, number>();
  private readonly lines = new Map<number, object>();

  /** A small whole number for a value a line depends on (a rank, a name). */
  id(value: string | number): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  find<T extends object>(key: number): T | undefined {
    return key === NOT_SHARED ? undefined : (this.lines.get(key) as T | undefined);
  }

  /** Stores a line under its key (unless the key is -1, not shared) and returns it, frozen. */
  keep<T extends object>(key: number, line: T): T {
    if (key !== NOT_SHARED) this.lines.set(key, Object.freeze(line));
    return line;
  }
}

const PART_LIMIT = 4096;
/** Parts below this pack into a small negative integer, which V8 keeps unboxed. */
const SMALL_PART = 64;
const NOT_SHARED = -1;

/**
 * One key from a kind (< 32) and up to four parts (each < 4096), exact in a
 * double (at most 2^53); -1, "do not share", when a part is out of range.
 * Parts under 64 (the usual case: a few dozen names, grades and weeks) give a
 * key between -2 and -2^29 - 1, larger ones a key of 0 or more, so the two
 * forms never meet. Small keys matter: a national round packs ~100,000.
 */
export function pack(kind: number, a = 0, b = 0, c = 0, d = 0): number {
  if (a < SMALL_PART && b < SMALL_PART && c < SMALL_PART && d < SMALL_PART) {
    return -2 - ((((kind * SMALL_PART + a) * SMALL_PART + b) * SMALL_PART + c) * SMALL_PART + d);
  }
  if (a >= PART_LIMIT || b >= PART_LIMIT || c >= PART_LIMIT || d >= PART_LIMIT) return NOT_SHARED;
  return (((kind * PART_LIMIT + a) * PART_LIMIT + b) * PART_LIMIT + c) * PART_LIMIT + d;
}
