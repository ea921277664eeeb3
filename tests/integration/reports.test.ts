import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { csvCell, getProgrammeReport, reportToCsv } from "@/lib/data/reports";
import { ForbiddenError } from "@/lib/errors";
import { createMember, createOffer, createRequest } from "../factories";
import { actorOf, createLead } from "../factories/matching";

describe("programme report", () => {
  it("suppresses small equality counts and never ties answers to people", async () => {
    const { actor } = await createLead();
    for (let i = 0; i < 6; i++) {
      const mentee = await createMember({ name: `Dr Woman ${i}` });
      await createRequest(mentee.id);
      await db().equalityData.create({ data: { userId: mentee.id, consentedAt: new Date(), gender: "Woman" } });
    }
    for (let i = 0; i < 2; i++) {
      const mentee = await createMember({ name: `Dr Man ${i}` });
      await createRequest(mentee.id);
      await db().equalityData.create({ data: { userId: mentee.id, consentedAt: new Date(), gender: "Man" } });
    }
    const report = await getProgrammeReport(actor);
    const gender = report.equality.tables.find((t) => t.question === "Gender")!;
    expect(gender.rows).toEqual([
      { answer: "Man", mentees: null, volunteers: 0 },
      { answer: "Woman", mentees: 6, volunteers: 0 },
    ]);
    const csv = reportToCsv(report);
    expect(csv).toContain("equality,Gender: Man,mentees,fewer than 5");
    expect(csv).not.toMatch(/Dr (Wo)?man/);
  });

  it("shows supply against demand by region", async () => {
    const { actor } = await createLead();
    const mentee = await createMember({ regionId: "region-wales" });
    await createRequest(mentee.id);
    const mentor = await createMember({ regionId: "region-wales", careerGradeId: "grade-cons" });
    await createOffer(mentor.id, { capacity: 3 });
    const report = await getProgrammeReport(actor);
    expect(report.regions.find((r) => r.region === "Wales")).toEqual({ region: "Wales", openRequests: 1, freePlaces: 3, activePairs: 0 });
    expect(report.requests.find((r) => r.mode === "MENTORING")).toMatchObject({ open: 1, matched: 0 });
  });

  it("is for the programme lead only", async () => {
    const member = await createMember();
    await expect(getProgrammeReport(actorOf(member))).rejects.toThrow(ForbiddenError);
  });
});

describe("csvCell", () => {
  it("quotes separators and defuses spreadsheet formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+44 20")).toBe("'+44 20");
    expect(csvCell(null)).toBe("");
    expect(csvCell(12)).toBe("12");
  });
});
