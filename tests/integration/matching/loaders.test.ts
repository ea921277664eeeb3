import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countTakenPlaces, loadMenteeForDecision, loadMenteeForRequest, loadMentees, loadMentors, placeKey } from "@/lib/data/matching";
import { createMember, createOffer } from "../../factories";
import { createMentee, createMentor, createProposal } from "../../factories/matching";

const DAY = 86_400_000;

function pair(menteeId: string, mentorId: string, mode: "MENTORING" | "COACHING", status: "ACTIVE" | "ENDED") {
  return db().relationship.create({ data: { menteeId, mentorId, mode, status, ...(status === "ENDED" ? { endedAt: new Date() } : {}) } });
}

/**
 * The loaders are the engine's only view of the database: every hard rule depends on what they
 * read. These pin what each field is made of, for one rich request and for the requests and
 * offers a round must leave out.
 */
describe("the matching loaders", () => {
  async function richWorld() {
    const since = new Date(Date.now() - 40 * DAY);
    const { mentee, request } = await createMentee(
      { careerGradeId: "grade-st4", specialtyId: "spec-old-age", regionId: "region-trent", employerId: "employer-05" },
      {
        mode: "COACHING",
        developmentAreaId: "area-leadership",
        specialtyPreference: "DIFFERENT",
        regionPreference: "DIFFERENT",
        meetingMode: "ONLINE",
        wantsIndependence: true,
        preferGender: "female",
        preferImgExperience: true,
        createdAt: since,
      },
    );
    const excluded = await createMember({ careerGradeId: "grade-cons" });
    const excluder = await createMember({ careerGradeId: "grade-cons" });
    const supervisor = await createMember({ careerGradeId: "grade-cons" });
    const declarer = await createMember({ careerGradeId: "grade-cons" });
    const formerMentor = await createMember({ careerGradeId: "grade-cons" });
    const refuser = await createMember({ careerGradeId: "grade-cons" });
    const lapsed = await createMember({ careerGradeId: "grade-cons" });
    const rejected = await createMember({ careerGradeId: "grade-cons" });
    const withdrawn = await createMember({ careerGradeId: "grade-cons" });
    await db().exclusion.create({ data: { ownerId: mentee.id, excludedId: excluded.id } });
    await db().exclusion.create({ data: { ownerId: excluder.id, excludedId: mentee.id } });
    await db().declaredConflict.create({ data: { declarerId: mentee.id, otherId: supervisor.id, kind: "EDUCATIONAL_SUPERVISOR" } });
    await db().declaredConflict.create({ data: { declarerId: declarer.id, otherId: mentee.id, kind: "APPRAISER" } });
    await pair(mentee.id, formerMentor.id, "MENTORING", "ENDED");
    await createProposal({ requestId: request.id, mentorId: refuser.id, mode: "COACHING", status: "DECLINED" });
    await createProposal({ requestId: request.id, mentorId: lapsed.id, mode: "COACHING", status: "EXPIRED" });
    await createProposal({ requestId: request.id, mentorId: rejected.id, mode: "COACHING", status: "REJECTED" });
    // Withdrawn by the lead or superseded by a later round: not a refusal, the mentor may be proposed again.
    await createProposal({ requestId: request.id, mentorId: withdrawn.id, mode: "COACHING", status: "WITHDRAWN" });
    return { mentee, request, since, excluded, excluder, supervisor, declarer, formerMentor, refuser, lapsed, rejected };
  }

  it("turns a request into the engine's input: rules both ways, refusals, past pairings, consented preferences", async () => {
    const w = await richWorld();
    const [input] = await loadMentees(db(), {});
    expect(input).toEqual({
      requestId: w.request.id,
      personId: w.mentee.id,
      mode: "COACHING",
      gradeRank: 5,
      specialtyId: "spec-old-age",
      specialtyName: "Old Age",
      regionId: "region-trent",
      regionName: "Trent",
      employerId: "employer-05",
      meetingMode: "ONLINE",
      developmentAreaId: "area-leadership",
      developmentAreaName: "Leadership and management",
      specialtyPreference: "DIFFERENT",
      regionPreference: "OTHER",
      wantsIndependence: true,
      excludedPersonIds: expect.any(Array),
      conflictPersonIds: expect.any(Array),
      previousPartnerIds: [w.formerMentor.id],
      repeatAllowedPartnerIds: [],
      waitingSinceMs: w.since.getTime(),
      consentedPreferences: { gender: "female", imgExperience: true },
    });
    expect([...input.excludedPersonIds].sort()).toEqual([w.excluded.id, w.excluder.id, w.refuser.id, w.lapsed.id, w.rejected.id].sort());
    expect([...input.conflictPersonIds].sort()).toEqual([w.supervisor.id, w.declarer.id].sort());

    // One request, as the shortlist and the lead's decisions read it: the same input.
    expect(await loadMenteeForRequest(db(), w.request.id)).toEqual(input);
    expect(await loadMenteeForDecision(db(), w.request.id)).toEqual({ mentee: input, disabled: false });
  });

  it("a request without preferences or an area has empty lists and no consented preferences", async () => {
    const { request } = await createMentee({}, { specialtyPreference: "SAME", regionPreference: "ANY", meetingMode: "EITHER" });
    const [input] = await loadMentees(db(), {});
    expect(input).toMatchObject({
      requestId: request.id,
      developmentAreaId: null,
      developmentAreaName: null,
      specialtyPreference: "SAME",
      regionPreference: "ANY",
      excludedPersonIds: [],
      conflictPersonIds: [],
      previousPartnerIds: [],
      consentedPreferences: {},
    });
  });

  it("a round reads open requests only, of enabled and complete profiles, not waiting for a mentor, oldest first, with its filters", async () => {
    const old = await createMentee({ careerGradeId: "grade-ct2", regionId: "region-wales" }, { createdAt: new Date(Date.now() - 9 * DAY) });
    const coaching = await createMentee({ careerGradeId: "grade-ct1" }, { mode: "COACHING", developmentAreaId: "area-casc", createdAt: new Date(Date.now() - 5 * DAY) });
    const recent = await createMentee({ careerGradeId: "grade-ct1" }, { createdAt: new Date(Date.now() - 1 * DAY) });
    const closed = await createMentee({}, { status: "WITHDRAWN" });
    const disabled = await createMentee({ disabledAt: new Date() });
    const incomplete = await createMentee({ specialtyId: null });
    const waiting = await createMentee();
    const { mentor } = await createMentor();
    await createProposal({ requestId: waiting.request.id, mentorId: mentor.id, status: "AWAITING_MENTOR" });

    const ids = async (filters: Parameters<typeof loadMentees>[1]) => (await loadMentees(db(), filters)).map((m) => m.requestId);
    expect(await ids({})).toEqual([old.request.id, coaching.request.id, recent.request.id]);
    expect(await ids({ mode: "MENTORING" })).toEqual([old.request.id, recent.request.id]);
    expect(await ids({ mode: "COACHING" })).toEqual([coaching.request.id]);
    expect(await ids({ regionId: "region-wales" })).toEqual([old.request.id]);
    expect(await ids({ careerGradeIds: ["grade-ct1"] })).toEqual([coaching.request.id, recent.request.id]);
    expect(await ids({ mode: "MENTORING", careerGradeIds: ["grade-ct1", "grade-ct2"], regionId: "region-london" })).toEqual([recent.request.id]);

    // A single request is read whatever its state; decisions learn that the mentee is disabled.
    expect((await loadMenteeForRequest(db(), closed.request.id))?.requestId).toBe(closed.request.id);
    expect(await loadMenteeForDecision(db(), disabled.request.id)).toMatchObject({ disabled: true, mentee: { requestId: disabled.request.id } });
    expect(await loadMenteeForDecision(db(), incomplete.request.id)).toEqual({ mentee: null, disabled: false });
    expect(await loadMenteeForRequest(db(), "no-such-request")).toBeNull();
  });

  it("turns offers into the engine's input, with places taken by active pairs and by approved proposals", async () => {
    const mentor = await createMember({ careerGradeId: "grade-cons", specialtyId: "spec-forensic", regionId: "region-wessex", employerId: "employer-05" });
    await createOffer(mentor.id, { mode: "MENTORING", capacity: 3, meetingMode: "IN_PERSON", acceptedGradeRanks: [2, 3] });
    await createOffer(mentor.id, { mode: "COACHING", capacity: 2, areas: { create: [{ developmentAreaId: "area-cesr" }, { developmentAreaId: "area-casc" }] } });
    await db().equalityData.create({ data: { userId: mentor.id, consentedAt: new Date(), gender: "female", ethnicMinority: false, imgStatus: true } });
    const excludedMentee = await createMember();
    const conflicted = await createMember();
    await db().exclusion.create({ data: { ownerId: mentor.id, excludedId: excludedMentee.id } });
    await db().declaredConflict.create({ data: { declarerId: mentor.id, otherId: conflicted.id, kind: "LINE_MANAGER" } });
    await pair((await createMember()).id, mentor.id, "MENTORING", "ACTIVE");
    await pair((await createMember()).id, mentor.id, "MENTORING", "ENDED");
    const asked = await createMentee();
    await createProposal({ requestId: asked.request.id, mentorId: mentor.id, status: "AWAITING_MENTOR" });
    const proposedOnly = await createMentee();
    await createProposal({ requestId: proposedOnly.request.id, mentorId: mentor.id, status: "PROPOSED" });
    // Left out: a disabled volunteer, and one whose profile lacks a grade.
    const { mentor: disabled } = await createMentor({ disabledAt: new Date() });
    const { mentor: incomplete } = await createMentor({ careerGradeId: null });

    const offers = await loadMentors(db(), {});
    expect(offers.map((o) => o.personId)).not.toContain(disabled.id);
    expect(offers.map((o) => o.personId)).not.toContain(incomplete.id);
    const mine = offers.filter((o) => o.personId === mentor.id);
    const shared = {
      personId: mentor.id,
      gradeRank: 12,
      specialtyId: "spec-forensic",
      specialtyName: "Forensic",
      regionId: "region-wessex",
      regionName: "Wessex",
      employerId: "employer-05",
      excludedPersonIds: [excludedMentee.id],
      conflictPersonIds: [conflicted.id],
      attributes: { gender: "female", ethnicMinority: false, imgExperience: true },
    };
    expect(mine).toEqual([
      { ...shared, mode: "MENTORING", meetingMode: "IN_PERSON", capacity: 3, activeCount: 2, acceptedGradeRanks: [2, 3], developmentAreaIds: [], developmentAreaNames: {} },
      {
        ...shared,
        mode: "COACHING",
        meetingMode: "EITHER",
        capacity: 2,
        activeCount: 0,
        acceptedGradeRanks: [],
        developmentAreaIds: expect.any(Array),
        developmentAreaNames: { "area-cesr": "CESR / Portfolio pathway submission", "area-casc": "Mock OSCE / CASC exam practice" },
      },
    ]);
    expect([...mine[1].developmentAreaIds].sort()).toEqual(["area-casc", "area-cesr"]);

    expect((await loadMentors(db(), { mode: "COACHING" })).map((o) => [o.personId, o.mode])).toEqual(
      offers.filter((o) => o.mode === "COACHING").map((o) => [o.personId, o.mode]),
    );
    expect((await loadMentors(db(), { personIds: [mentor.id] })).map((o) => o.mode)).toEqual(["MENTORING", "COACHING"]);
    // Approvals count places under the offer lock themselves, so they can skip the count.
    expect((await loadMentors(db(), { personIds: [mentor.id], countTaken: false })).map((o) => o.activeCount)).toEqual([0, 0]);
    const taken = await countTakenPlaces(db(), [mentor.id]);
    expect(taken.get(placeKey(mentor.id, "MENTORING"))).toBe(2);
    expect(taken.get(placeKey(mentor.id, "COACHING"))).toBeUndefined();
  });

  it("a volunteer without consented equality data has no attributes", async () => {
    const { mentor } = await createMentor();
    const [offer] = await loadMentors(db(), { personIds: [mentor.id] });
    expect(offer.attributes).toEqual({});
  });
});
