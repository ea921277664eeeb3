import { describe, expect, it } from "vitest";
import { listOpenRequests, REQUESTS_PAGE_SIZE } from "@/lib/data/programme";
import { ForbiddenError } from "@/lib/errors";
import { createLead, createMentee } from "../factories/matching";

const DAY = 86_400_000;

describe("the lead's list of open requests", () => {
  it("is paged, longest waiting first, with the true total, and filters by mode", async () => {
    const { actor: lead } = await createLead();
    const count = REQUESTS_PAGE_SIZE + 3;
    for (let k = 0; k < count; k++) {
      await createMentee({ name: `Dr Open ${String(k + 1).padStart(3, "0")}` }, { createdAt: new Date(Date.now() - (count - k) * DAY), mode: k === count - 1 ? "COACHING" : "MENTORING" });
    }
    const first = await listOpenRequests(lead);
    expect(first.pages).toEqual({ page: 1, pageCount: 2, total: count, pageSize: REQUESTS_PAGE_SIZE });
    expect(first.requests[0].mentee.name).toBe("Dr Open 001");
    const second = await listOpenRequests(lead, { page: 2 });
    expect(second.requests.map((r) => r.mentee.name)).toEqual(["Dr Open 051", "Dr Open 052", "Dr Open 053"]);
    const coaching = await listOpenRequests(lead, { mode: "COACHING" });
    expect(coaching.pages.total).toBe(1);
    expect(coaching.requests.map((r) => r.mentee.name)).toEqual(["Dr Open 053"]);
  });

  it("is for the lead only", async () => {
    const { actor: member } = await createMentee();
    await expect(listOpenRequests(member)).rejects.toThrow(ForbiddenError);
  });
});
