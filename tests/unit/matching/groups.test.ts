import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formPeerGroups, type PeerGroupPerson } from "../../../lib/matching/index";
import { shuffle } from "./helpers";

const REGIONS = [
  ["r-tre", "Trent"],
  ["r-lon", "London"],
  ["r-wal", "Wales"],
];
const SPECIALTIES = [
  ["s-ga", "General Adult"],
  ["s-oa", "Old Age"],
  ["s-cap", "Child and Adolescent"],
];

function person(id: string, gradeRank: number, region = 0, specialty = 0): PeerGroupPerson {
  return {
    personId: id,
    gradeRank,
    regionId: REGIONS[region][0],
    regionName: REGIONS[region][1],
    specialtyId: SPECIALTIES[specialty][0],
    specialtyName: SPECIALTIES[specialty][1],
  };
}

const peopleArb = fc
  .array(fc.record({ grade: fc.integer({ min: 1, max: 12 }), region: fc.integer({ min: 0, max: 2 }), specialty: fc.integer({ min: 0, max: 2 }) }), {
    minLength: 3,
    maxLength: 60,
  })
  .map((rows) => rows.map((r, k) => person(`p${String(k).padStart(2, "0")}`, r.grade, r.region, r.specialty)));

describe("formPeerGroups", () => {
  it("mixes experienced and starting-out trainees, and explains each group", () => {
    const trent = [person("a", 7), person("b", 7), person("c", 2), person("d", 2), person("e", 2)];
    const { groups, leftOut } = formPeerGroups(trent);
    expect(leftOut).toEqual([]);
    expect(groups).toEqual([{ groupId: "group-1", memberIds: ["a", "b", "c", "d", "e"], explanation: "All in Trent; 2 ST6 with 3 CT1; General Adult" }]);
  });

  it("splits a large pool into even groups, each with a grade mix", () => {
    // Four ST6 and eight CT1 in one region and specialty: 12 people → two groups of 6.
    const pool = [...["s1", "s2", "s3", "s4"].map((id) => person(id, 7)), ...["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"].map((id) => person(id, 2))];
    const { groups } = formPeerGroups(pool);
    expect(groups.map((g) => g.memberIds.length)).toEqual([6, 6]);
    for (const g of groups) expect(g.explanation).toBe("All in Trent; 2 ST6 with 4 CT1; General Adult");
  });

  it("keeps like with like for CPD groups when asked", () => {
    const consultants = [person("a", 12), person("b", 12), person("c", 12), person("d", 11), person("e", 11), person("f", 11)];
    const { groups } = formPeerGroups(consultants, { gradeMix: "SIMILAR", maxSize: 3 });
    expect(groups.map((g) => g.explanation)).toEqual(["All in Trent; 3 Consultant; General Adult", "All in Trent; 3 New consultant; General Adult"]);
  });

  it("folds people without enough peers into their region, then the nearest bigger pool", () => {
    const people = [
      ...["a", "b", "c"].map((id) => person(id, 7, 0, 0)),
      person("x", 2, 0, 1), // only Old Age person in Trent: joins the Trent pool
      person("w", 5, 2, 2), // only person in Wales: no region pool, joins a group with room
    ];
    const { groups, leftOut } = formPeerGroups(people);
    expect(leftOut).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0].memberIds).toEqual(["a", "b", "c", "w", "x"]);
    expect(groups[0].explanation).toBe(
      "Regions: Trent (4), Wales (1); 3 ST6, 1 ST4 with 1 CT1; Specialties: General Adult (3), Child and Adolescent (1), Old Age (1)",
    );
  });

  it("reports who is left out and why", () => {
    expect(formPeerGroups([person("a", 2), person("b", 3)]).leftOut).toEqual([
      { personId: "a", reason: "Only 2 people to group; a group needs at least 3" },
      { personId: "b", reason: "Only 2 people to group; a group needs at least 3" },
    ]);
    // Sizes 4–5 cannot hold 7 people from one pool: one group of 5, two wait.
    const seven = ["a", "b", "c", "d", "e", "f", "g"].map((id) => person(id, 2));
    const { groups, leftOut } = formPeerGroups(seven, { minSize: 4, maxSize: 5 });
    expect(groups.map((g) => g.memberIds.length)).toEqual([5]);
    expect(leftOut.map((l) => l.personId)).toEqual(["f", "g"]);
    expect(leftOut[0].reason).toBe("No room within sizes 4–5 in the pool for All in Trent");
    expect(formPeerGroups([person("a", 2), person("a", 2), person("b", 2), person("c", 2)]).leftOut).toEqual([
      { personId: "a", reason: "Listed more than once; placed once" },
    ]);
  });

  it("rejects impossible size limits", () => {
    expect(() => formPeerGroups([], { minSize: 5, maxSize: 4 })).toThrow(/minSize <= maxSize/);
  });

  it("places everyone exactly once in groups of 3–6, whatever the input order", () => {
    fc.assert(
      fc.property(peopleArb, fc.integer({ min: 1, max: 9999 }), (people, seed) => {
        const result = formPeerGroups(people);
        expect(result.leftOut).toEqual([]);
        const placed = result.groups.flatMap((g) => g.memberIds).sort();
        expect(placed).toEqual(people.map((p) => p.personId).sort());
        for (const g of result.groups) {
          expect(g.memberIds.length).toBeGreaterThanOrEqual(3);
          expect(g.memberIds.length).toBeLessThanOrEqual(6);
          expect(g.explanation).toMatch(/^(All in |Regions: )/);
        }
        expect(formPeerGroups(shuffle(people, seed))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps groups within one region whenever the region has enough people", () => {
    fc.assert(
      fc.property(peopleArb, (people) => {
        const byId = new Map(people.map((p) => [p.personId, p]));
        const regionSize = new Map<string, number>();
        for (const p of people) regionSize.set(p.regionId, (regionSize.get(p.regionId) ?? 0) + 1);
        for (const g of formPeerGroups(people).groups) {
          const regions = new Set(g.memberIds.map((id) => byId.get(id)!.regionId));
          if (regions.size > 1) {
            // Mixed groups only gather people whose region could not form a group of its own... or joiners.
            const small = [...regions].filter((r) => regionSize.get(r)! < 3);
            expect(small.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
