// Notes are private to their author unless shared with the pair, and the programme lead never reads
// one. Proved by walking everything this area adds (every page, route handler, server action and
// data function) as every kind of caller, and looking for each note's unique marker in whatever
// came back. Positive controls show the walk does find notes where they belong, so the test can fail.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import * as checkInsData from "@/lib/data/check-ins";
import * as feedbackData from "@/lib/data/feedback";
import * as goalsData from "@/lib/data/goals";
import * as notesData from "@/lib/data/notes";
import * as recordData from "@/lib/data/record";
import * as relationshipsData from "@/lib/data/relationships";
import { createPairWorld } from "../../factories/relationships";
import { callAction, callPage, callRoute } from "./support/call";
import { actorOf } from "./support/db-state";
import { session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

type World = Awaited<ReturnType<typeof createPairWorld>>;
type Caller = "anonymous" | "mentee" | "mentor" | "member" | "other" | "admin" | "disabled";
type Marker = keyof World["markers"];
const CALLERS: Caller[] = ["anonymous", "mentee", "mentor", "member", "other", "admin", "disabled"];

/** Who may ever read each note: its author, and for a shared note the pair. Nobody else. */
const READERS: Record<Marker, Caller[]> = {
  menteePrivate: ["mentee"],
  menteeShared: ["mentee", "mentor"],
  mentorPrivate: ["mentor"],
  mentorShared: ["mentee", "mentor"],
};

const root = path.resolve(import.meta.dirname, "../../..");
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const areaFiles = ["app/(member)/relationships", "app/(member)/record"].flatMap((dir) => walk(path.join(root, dir)).map((f) => path.relative(root, f)));
const pages = areaFiles.filter((f) => f.endsWith("page.tsx"));
const routes = areaFiles.filter((f) => f.endsWith("route.ts"));
const actionFiles = ["lib/actions/relationships.ts", "lib/actions/goals.ts", "lib/actions/check-ins.ts", "lib/actions/notes.ts"];

function paramsFor(file: string, w: World, checkInId: string): Record<string, string> {
  const params: Record<string, string> = {};
  if (file.includes("[id]")) params.id = w.relationship.id;
  if (file.includes("[goalId]")) params.goalId = w.goal.id;
  if (file.includes("[checkInId]")) params.checkInId = checkInId;
  return params;
}

/** The markers found in `text` that `caller` must never see. */
function leaks(text: string, w: World, caller: Caller): string[] {
  return (Object.keys(READERS) as Marker[]).filter((m) => text.includes(w.markers[m]) && !READERS[m].includes(caller));
}

function found(text: string, w: World): Marker[] {
  return (Object.keys(READERS) as Marker[]).filter((m) => text.includes(w.markers[m]));
}

async function asCaller(w: World, caller: Caller) {
  session.token = caller === "anonymous" ? undefined : w.tokens[caller];
}

/** Inputs that aim each server action at the notes, or as near them as it can get. */
function actionInput(name: string, w: World): unknown {
  const rid = w.relationship.id;
  const byName: Record<string, unknown> = {
    updateNoteAction: { noteId: w.notes.menteePrivate.id, body: "Overwritten", visibility: "SHARED" },
    deleteNoteAction: { noteId: w.notes.mentorPrivate.id },
    addNoteAction: { relationshipId: rid, checkInId: w.held.id, body: "Another note", visibility: "PRIVATE" },
    logCheckInAction: { relationshipId: rid, checkInId: w.booked.id, date: "2020-01-01", time: "10:00", durationMinutes: 60, meetingMode: "ONLINE", summary: "x", goalUpdates: [] },
    cancelCheckInAction: { checkInId: w.held.id },
    rescheduleCheckInAction: { checkInId: w.held.id, date: "2099-01-01", time: "10:00", durationMinutes: 60, meetingMode: "ONLINE" },
    updateGoalAction: { goalId: w.goal.id, title: "A changed goal", measure: "A changed measure", status: "IN_PROGRESS", progress: 30 },
  };
  return byName[name] ?? { relationshipId: rid, checkInId: w.held.id, noteId: w.notes.menteePrivate.id, goalId: w.goal.id };
}

describe("a private note is read by its author only; the programme lead reads no note", () => {
  for (const caller of CALLERS) {
    it(`as ${caller}: no page, route handler or server action returns a note ${caller} may not read`, async () => {
      const w = await createPairWorld();
      await asCaller(w, caller);
      const seen: string[] = [];
      for (const file of pages) {
        for (const checkInId of file.includes("[checkInId]") ? [w.held.id, w.booked.id] : [w.held.id]) {
          const search: Record<string, string> = file.endsWith("check-ins/log/page.tsx") ? { checkIn: w.booked.id } : {};
          const result = await callPage(file, paramsFor(file, w, checkInId), search);
          expect(result.outcome, `${file}: ${result.detail}`).not.toBe("error");
          expect(leaks(result.text, w, caller), `${file} as ${caller}`).toEqual([]);
          seen.push(...found(result.text, w));
        }
      }
      for (const file of routes) {
        const params = paramsFor(file, w, w.booked.id);
        const result = await callRoute(file, `http://localhost/${file}`, params);
        expect(result.outcome, `${file}: ${result.detail}`).not.toBe("error");
        expect(leaks(result.text, w, caller), `${file} as ${caller}`).toEqual([]);
        seen.push(...found(result.text, w));
      }
      for (const file of actionFiles) {
        const mod = await import(/* @vite-ignore */ path.join(root, file));
        for (const name of Object.keys(mod).filter((k) => k.endsWith("Action"))) {
          const result = await callAction(file, name, actionInput(name, w));
          expect(result.outcome, `${file} ${name}: ${result.detail}`).not.toBe("error");
          expect(leaks(result.text, w, caller), `${name} as ${caller}`).toEqual([]);
        }
      }
      // The notes nobody else may touch are still exactly as their authors left them.
      const kept = await db().note.findMany({ where: { id: { in: [w.notes.menteePrivate.id, w.notes.mentorPrivate.id] } }, select: { authorId: true, body: true, visibility: true } });
      if (caller !== "mentee" && caller !== "mentor") {
        expect(kept).toHaveLength(2);
        expect(kept.every((n) => n.visibility === "PRIVATE" && n.body.includes("PRIVATE-"))).toBe(true);
      }

      // Positive control: the walk finds exactly the notes each caller should read, so a leak could not hide.
      const expected = (Object.keys(READERS) as Marker[]).filter((m) => READERS[m].includes(caller)).sort();
      if (caller === "mentee" || caller === "mentor") expect([...new Set(seen)].sort()).toEqual(expected);
      else expect(seen).toEqual([]);
    });
  }

  it("the record (page and CSV) holds the caller's own notes only, never the partner's, even shared ones", async () => {
    const w = await createPairWorld();
    await asCaller(w, "mentee");
    const page = await callPage("app/(member)/record/page.tsx", {});
    expect(found(page.text, w).sort()).toEqual(["menteePrivate", "menteeShared"]);
    const csv = await callRoute("app/(member)/record/csv/route.ts", "http://localhost/record/csv", {});
    expect(found(csv.text, w).sort()).toEqual(["menteePrivate", "menteeShared"]);
    await asCaller(w, "mentor");
    expect(found((await callRoute("app/(member)/record/csv/route.ts", "http://localhost/record/csv", {})).text, w).sort()).toEqual(["mentorPrivate", "mentorShared"]);
  });

  it("the partner sees shared notes but not the other's private ones, on the notes page and with the check-in", async () => {
    const w = await createPairWorld();
    await asCaller(w, "mentor");
    const notesPage = await callPage("app/(member)/relationships/[id]/notes/page.tsx", { id: w.relationship.id });
    expect(found(notesPage.text, w).sort()).toEqual(["menteeShared", "mentorPrivate", "mentorShared"]);
    const checkIn = await callPage("app/(member)/relationships/[id]/check-ins/[checkInId]/page.tsx", { id: w.relationship.id, checkInId: w.held.id });
    // On this check-in: the mentee's private note and the mentor's shared one. The mentor sees only theirs.
    expect(found(checkIn.text, w)).toEqual(["mentorShared"]);
  });

  // Every exported reader in the data layer, with how to call it. The guard below fails when one
  // is added without being listed here.
  const readers: Record<string, (a: Actor | null, w: World) => Promise<unknown>> = {
    "relationships.getRelationship": (a, w) => relationshipsData.getRelationship(a, w.relationship.id),
    "relationships.listMyRelationships": (a) => relationshipsData.listMyRelationships(a),
    "relationships.getRelationshipTimeline": (a, w) => relationshipsData.getRelationshipTimeline(a, w.relationship.id),
    "relationships.findRelationshipForParticipant": (a, w) => relationshipsData.findRelationshipForParticipant(a, w.relationship.id),
    "goals.listGoals": (a, w) => goalsData.listGoals(a, w.relationship.id),
    "goals.getGoal": (a, w) => goalsData.getGoal(a, { relationshipId: w.relationship.id, goalId: w.goal.id }),
    "check-ins.listCheckIns": (a, w) => checkInsData.listCheckIns(a, w.relationship.id),
    "check-ins.getCheckIn": (a, w) => checkInsData.getCheckIn(a, { relationshipId: w.relationship.id, checkInId: w.held.id }),
    "check-ins.getCheckInCalendar": (a, w) => checkInsData.getCheckInCalendar(a, { relationshipId: w.relationship.id, checkInId: w.booked.id }),
    "notes.listNotes": (a, w) => notesData.listNotes(a, w.relationship.id),
    "feedback.getMyFeedbackStatus": (a, w) => feedbackData.getMyFeedbackStatus(a, w.relationship.id),
    "feedback.getFeedbackSummary": (a) => feedbackData.getFeedbackSummary(a),
    "record.getMyRecord": (a) => recordData.getMyRecord(a),
  };
  // Writers return ids only (proved by the action walk above); helpers take no caller.
  const notReaders = new Set([
    "relationships.lockActiveRelationship", "relationships.coachingPlanOf", "relationships.saveAgreement", "relationships.confirmAgreement",
    "relationships.endRelationship", "relationships.requestRematch", "goals.createGoal", "goals.updateGoal", "goals.applyGoalUpdates",
    "check-ins.scheduleCheckIn", "check-ins.rescheduleCheckIn", "check-ins.cancelCheckIn", "check-ins.logCheckIn",
    "notes.visibleNotesWhere", "notes.toNote", "notes.writeNote", "notes.addNote", "notes.updateNote", "notes.deleteNote",
    "feedback.submitFeedback", "record.csvCell", "record.toCsv", "record.recordToCsv",
  ]);

  it("lists every data function that reads (so a new one cannot skip this test)", () => {
    const modules = { relationships: relationshipsData, goals: goalsData, "check-ins": checkInsData, notes: notesData, feedback: feedbackData, record: recordData };
    const functions = Object.entries(modules).flatMap(([area, mod]) => Object.entries(mod).filter(([, v]) => typeof v === "function").map(([name]) => `${area}.${name}`));
    expect(functions.filter((f) => !(f in readers) && !notReaders.has(f))).toEqual([]);
  });

  it("no data function returns a note to anyone who may not read it", async () => {
    const w = await createPairWorld();
    const actors: Record<Caller, Actor | null> = {
      anonymous: null,
      disabled: null, // a disabled member never gets an Actor (lib/auth.ts)
      mentee: actorOf(w.users.mentee),
      mentor: actorOf(w.users.mentor),
      member: actorOf(w.users.member),
      other: actorOf(w.users.other),
      admin: actorOf({ ...w.users.admin, role: "ADMIN" }),
    };
    const seen: Record<Caller, Set<Marker>> = Object.fromEntries(CALLERS.map((c) => [c, new Set()])) as never;
    for (const caller of CALLERS) {
      for (const [name, read] of Object.entries(readers)) {
        const text = await read(actors[caller], w).then(
          (value) => JSON.stringify(value),
          (error) => String(error?.message),
        );
        expect(leaks(text, w, caller), `${name} as ${caller}`).toEqual([]);
        found(text, w).forEach((m) => seen[caller].add(m));
      }
    }
    expect([...seen.mentee].sort()).toEqual(["menteePrivate", "menteeShared", "mentorShared"]);
    expect([...seen.mentor].sort()).toEqual(["menteeShared", "mentorPrivate", "mentorShared"]);
    expect([...seen.admin]).toEqual([]);
    expect([...seen.other]).toEqual([]);
  });
});
