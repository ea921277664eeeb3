import { describe, expect, it } from "vitest";
import { pageOf, pageWindow } from "@/lib/paging";

describe("pageOf", () => {
  it("counts pages and clamps a requested page to those that exist", () => {
    expect(pageOf(undefined, 7748, 50)).toEqual({ page: 1, pageCount: 155, total: 7748, pageSize: 50 });
    expect(pageOf(155, 7748, 50).page).toBe(155);
    expect(pageOf(156, 7748, 50).page).toBe(155);
    expect(pageOf(0, 7748, 50).page).toBe(1);
    expect(pageOf(2.7, 7748, 50).page).toBe(2);
  });

  it("has one (empty) page for an empty list", () => {
    expect(pageOf(3, 0, 50)).toEqual({ page: 1, pageCount: 1, total: 0, pageSize: 50 });
  });

  it("gives the rows of the page", () => {
    expect(pageWindow(pageOf(3, 120, 50))).toEqual({ skip: 100, take: 50 });
  });
});
