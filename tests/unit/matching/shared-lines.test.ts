import { describe, expect, it } from "vitest";
import { pack, SharedLines } from "@/lib/matching/shared-lines";

describe("shared line keys", () => {
  it("gives every (kind, parts) its own key, small parts and wide ones alike", () => {
    const values = [0, 1, 62, 63, 64, 65, 4094, 4095];
    const keys = new Set<number>();
    let count = 0;
    for (const kind of [0, 1, 15, 31]) {
      for (const a of values) for (const b of values) for (const c of [0, 63, 64, 4095]) for (const d of [0, 63, 64]) {
        keys.add(pack(kind, a, b, c, d));
        count++;
      }
    }
    expect(keys.size).toBe(count);
    expect(keys.has(-1)).toBe(false);
  });

  it("keeps keys of small parts small enough for V8 to leave unboxed", () => {
    expect(pack(31, 63, 63, 63, 63)).toBeGreaterThanOrEqual(-(2 ** 29) - 1);
    expect(pack(0)).toBe(-2);
    expect(pack(0, 0, 0, 0, 64)).toBeGreaterThanOrEqual(0);
  });

  it("refuses to share when a part is out of range", () => {
    expect(pack(3, 4096)).toBe(-1);
    const shared = new SharedLines();
    const line = { text: "x" };
    expect(shared.keep(-1, line)).toBe(line);
    expect(shared.find(-1)).toBeUndefined();
  });
});
