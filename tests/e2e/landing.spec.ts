import { expect, expectNoAxeViolations, test } from "./fixtures";

test("the landing page explains the programme, accessibly", async ({ page, consoleErrors: _consoleErrors }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("mentoring and coaching for psychiatrists");
  await expect(page.getByRole("table", { name: "How mentoring and coaching differ" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Peer groups, not only pairs" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
