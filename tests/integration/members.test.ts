// The lead's list of members: searched by name or email, paged, a page past the end shows the last one.
import { describe, expect, it } from "vitest";
import { listMembers, MEMBERS_PAGE_SIZE } from "@/lib/data/account";
import { ForbiddenError } from "@/lib/errors";
import { createMember } from "../factories";
import { createLead, createMentee } from "../factories/matching";

describe("the lead's list of members", () => {
  it("is paged by name with the true total, searches name and email, and shows the last page for a page past the end", async () => {
    const { actor: lead } = await createLead();
    const count = MEMBERS_PAGE_SIZE + 2;
    for (let k = 0; k < count; k++) await createMember({ name: `Dr Listed ${String(k + 1).padStart(3, "0")}` });
    const everyone = count + 1; // and the lead

    const first = await listMembers(lead);
    expect(first.pages).toEqual({ page: 1, pageCount: 2, total: everyone, pageSize: MEMBERS_PAGE_SIZE });
    expect(first.members[0].name).toBe("Dr Listed 001");

    const past = await listMembers(lead, { page: 9 });
    expect(past.pages.page).toBe(2);
    expect(past.members.map((m) => m.name)).toEqual((await listMembers(lead, { page: 2 })).members.map((m) => m.name));
    expect(past.members).toHaveLength(everyone - MEMBERS_PAGE_SIZE);

    const found = await listMembers(lead, { search: "listed 05", page: 3 });
    expect(found.pages).toEqual({ page: 1, pageCount: 1, total: 3, pageSize: MEMBERS_PAGE_SIZE });
    expect(found.members.map((m) => m.name)).toEqual(["Dr Listed 050", "Dr Listed 051", "Dr Listed 052"]);
    const byEmail = await listMembers(lead, { search: found.members[0].email.toUpperCase() });
    expect(byEmail.members.map((m) => m.name)).toEqual(["Dr Listed 050"]);
  });

  it("is for the lead only", async () => {
    const { actor: member } = await createMentee();
    await expect(listMembers(member)).rejects.toThrow(ForbiddenError);
  });
});
