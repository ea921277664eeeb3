import { formatGrade } from "./labels";

// Peer groups (trainee peer mentoring, new-consultant groups, CPD groups of
// 3–6): pools people by region then specialty, folds pools too small to stand
// alone into the nearest bigger pool, then splits each pool into groups whose
// sizes differ by at most one. Deterministic: input order never matters.

export interface PeerGroupPerson {
  personId: string;
  gradeRank: number;
  specialtyId: string;
  specialtyName: string;
  regionId: string;
  regionName: string;
}

export interface PeerGroupOptions {
  minSize?: number;
  maxSize?: number;
  /** MIXED deals seniors and starters across groups (trainee peer mentoring); SIMILAR keeps like with like (CPD). */
  gradeMix?: "MIXED" | "SIMILAR";
  byRegion?: boolean;
  bySpecialty?: boolean;
}

export interface PeerGroup {
  groupId: string;
  memberIds: string[];
  explanation: string;
}

export interface PeerGroupResult {
  groups: PeerGroup[];
  leftOut: { personId: string; reason: string }[];
}

interface Pool {
  key: string;
  regionId: string | null;
  members: PeerGroupPerson[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPersonId(a: PeerGroupPerson, b: PeerGroupPerson): number {
  return compare(a.personId, b.personId);
}

/** Total order, so duplicates resolve the same way whatever the input order. */
function byPersonThenData(a: PeerGroupPerson, b: PeerGroupPerson): number {
  return (
    compare(a.personId, b.personId) ||
    a.gradeRank - b.gradeRank ||
    compare(a.regionId, b.regionId) ||
    compare(a.specialtyId, b.specialtyId)
  );
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function largestPool(pools: Pool[], filter: (p: Pool) => boolean): Pool | undefined {
  let best: Pool | undefined;
  for (const p of pools) {
    if (!filter(p)) continue;
    if (!best || p.members.length > best.members.length || (p.members.length === best.members.length && p.key < best.key)) best = p;
  }
  return best;
}

export function describeGroup(members: PeerGroupPerson[]): string {
  const regionNames = new Map(members.map((m) => [m.regionId, m.regionName]));
  const specialtyNames = new Map(members.map((m) => [m.specialtyId, m.specialtyName]));
  const listCounts = (counts: Map<string, number>, names: Map<string, string>) =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || compare(names.get(a[0])!, names.get(b[0])!))
      .map(([id, n]) => `${names.get(id)} (${n})`)
      .join(", ");

  const regions = countBy(members, (m) => m.regionId);
  const regionText = regions.size === 1 ? `All in ${members[0].regionName}` : `Regions: ${listCounts(regions, regionNames)}`;

  const grades = [...countBy(members, (m) => String(m.gradeRank)).entries()]
    .map(([rank, n]) => ({ rank: Number(rank), n }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ rank, n }) => `${n} ${formatGrade(rank)}`);
  const gradeText = grades.length === 1 ? grades[0] : `${grades.slice(0, -1).join(", ")} with ${grades[grades.length - 1]}`;

  const specialties = countBy(members, (m) => m.specialtyId);
  const specialtyText = specialties.size === 1 ? members[0].specialtyName : `Specialties: ${listCounts(specialties, specialtyNames)}`;
  return `${regionText}; ${gradeText}; ${specialtyText}`;
}

/** Splits sorted members into group sizes as even as possible; snake-deals for a grade mix. */
function splitPool(members: PeerGroupPerson[], count: number, gradeMix: "MIXED" | "SIMILAR"): PeerGroupPerson[][] {
  const ordered = [...members].sort((a, b) => b.gradeRank - a.gradeRank || byPersonId(a, b));
  const base = Math.floor(ordered.length / count);
  const extra = ordered.length % count;
  const sizes = Array.from({ length: count }, (_, k) => base + (k < extra ? 1 : 0));
  const groups: PeerGroupPerson[][] = sizes.map(() => []);
  if (gradeMix === "SIMILAR") {
    let at = 0;
    sizes.forEach((size, k) => {
      groups[k] = ordered.slice(at, at + size);
      at += size;
    });
    return groups;
  }
  // Snake order (0..g-1, g-1..0, ...) gives every group some seniors and some starters.
  const snake: number[] = [];
  for (let k = 0; k < count; k++) snake.push(k);
  for (let k = count - 1; k >= 0; k--) snake.push(k);
  let cursor = 0;
  for (const person of ordered) {
    while (groups[snake[cursor % snake.length]].length >= sizes[snake[cursor % snake.length]]) cursor++;
    groups[snake[cursor % snake.length]].push(person);
    cursor++;
  }
  return groups;
}

export function formPeerGroups(people: PeerGroupPerson[], options: PeerGroupOptions = {}): PeerGroupResult {
  const minSize = options.minSize ?? 3;
  const maxSize = options.maxSize ?? 6;
  const gradeMix = options.gradeMix ?? "MIXED";
  const byRegion = options.byRegion ?? true;
  const bySpecialty = options.bySpecialty ?? true;
  if (!Number.isInteger(minSize) || !Number.isInteger(maxSize) || minSize < 2 || maxSize < minSize) {
    throw new Error(`Peer group sizes must be whole numbers with 2 <= minSize <= maxSize (got ${minSize}–${maxSize})`);
  }

  const leftOut: PeerGroupResult["leftOut"] = [];
  const sorted = [...people].sort(byPersonThenData);
  const unique: PeerGroupPerson[] = [];
  for (const person of sorted) {
    if (unique.length > 0 && unique[unique.length - 1].personId === person.personId) {
      leftOut.push({ personId: person.personId, reason: "Listed more than once; placed once" });
    } else {
      unique.push(person);
    }
  }
  if (unique.length < minSize) {
    for (const person of unique) {
      leftOut.push({
        personId: person.personId,
        reason: `Only ${unique.length} ${unique.length === 1 ? "person" : "people"} to group; a group needs at least ${minSize}`,
      });
    }
    return { groups: [], leftOut };
  }

  const fine = new Map<string, Pool>();
  for (const person of unique) {
    const regionKey = byRegion ? person.regionId : "*";
    const key = `${regionKey}\u0000${bySpecialty ? person.specialtyId : "*"}`;
    let pool = fine.get(key);
    if (!pool) {
      pool = { key, regionId: byRegion ? person.regionId : null, members: [] };
      fine.set(key, pool);
    }
    pool.members.push(person);
  }
  const fineSorted = [...fine.values()].sort((a, b) => compare(a.key, b.key));
  const pools: Pool[] = fineSorted.filter((p) => p.members.length >= minSize);
  const small = fineSorted.filter((p) => p.members.length < minSize);

  // Too-small pools: first try their own region (mixed specialties), then the whole country.
  const national: PeerGroupPerson[] = [];
  const smallByRegion = new Map<string, PeerGroupPerson[]>();
  for (const p of small) {
    const regionKey = p.regionId ?? "*";
    const list = smallByRegion.get(regionKey) ?? [];
    list.push(...p.members);
    smallByRegion.set(regionKey, list);
  }
  for (const regionKey of [...smallByRegion.keys()].sort(compare)) {
    const members = smallByRegion.get(regionKey)!;
    if (byRegion && bySpecialty && members.length >= minSize) {
      pools.push({ key: `${regionKey}\u0000~mixed`, regionId: regionKey, members });
      continue;
    }
    const home = byRegion ? largestPool(pools, (p) => p.regionId === regionKey) : undefined;
    if (home) home.members.push(...members);
    else national.push(...members);
  }
  if (national.length >= minSize) {
    pools.push({ key: "~national", regionId: null, members: national });
  } else {
    for (const person of national.sort(byPersonId)) {
      const home =
        largestPool(pools, (p) => p.members.some((m) => m.specialtyId === person.specialtyId)) ?? largestPool(pools, () => true);
      home!.members.push(person);
    }
  }

  const groups: PeerGroup[] = [];
  for (const pool of pools.sort((a, b) => compare(a.key, b.key))) {
    const members = [...pool.members].sort(byPersonId);
    let count = Math.ceil(members.length / maxSize);
    if (count * minSize > members.length) count = Math.floor(members.length / minSize);
    const overflow = Math.max(0, members.length - count * maxSize);
    // Only possible when maxSize < 2·minSize − 1; the last by personId wait for the next round.
    const placed = members.slice(0, members.length - overflow);
    for (const person of members.slice(members.length - overflow)) {
      leftOut.push({
        personId: person.personId,
        reason: `No room within sizes ${minSize}–${maxSize} in the pool for ${describeGroup(members).split("; ")[0]}`,
      });
    }
    for (const groupMembers of splitPool(placed, count, gradeMix)) {
      groups.push({ groupId: "", memberIds: groupMembers.map((m) => m.personId), explanation: describeGroup(groupMembers) });
    }
  }
  groups.forEach((g, k) => {
    g.groupId = `group-${k + 1}`;
  });
  return { groups, leftOut };
}
