import { expect, expectNoAxeViolations, signIn, test, withDatabase } from "./fixtures";

// The lead approves a whole round from its review page: the button works through it in steps
// (a national round takes minutes) and reports what it did.
test("approve all from the review page", async ({ newPage }) => {
  test.setTimeout(120_000);
  const lead = await newPage();
  await signIn(lead, "lead@demo.example");
  await lead.goto("/admin/rounds");
  await lead.getByLabel("Mode").selectOption("COACHING");
  await lead.getByLabel("Region of the mentee").selectOption({ label: "North West" });
  await lead.getByRole("button", { name: "Run the round" }).click();
  await expect(lead).toHaveURL(/\/admin\/rounds\/[\w-]+$/);
  const roundId = new URL(lead.url()).pathname.split("/").at(-1)!;

  const button = lead.getByRole("button", { name: /^Approve all \d+ undecided$/ });
  const pending = Number((await button.textContent())!.match(/\d+/)![0]);
  expect(pending).toBeGreaterThan(1);
  await expect(lead.getByRole("navigation", { name: "Show proposed pairs by status" }).getByRole("link", { name: `Awaiting your review (${pending})` })).toHaveAttribute("href", /status=PROPOSED/);
  await expectNoAxeViolations(lead);

  await button.click();
  await expect(lead.getByText(new RegExp(`^${pending} approved\\.`))).toBeVisible({ timeout: 60_000 });
  await expect(lead.getByRole("button", { name: "Approve all 0 undecided" })).toBeDisabled();
  const statuses = await withDatabase(async (client) => (await client.query(`SELECT "status", count(*)::int AS n FROM "Proposal" WHERE "roundId" = $1 GROUP BY 1`, [roundId])).rows);
  expect(statuses).toEqual([{ status: "AWAITING_MENTOR", n: pending }]);
  await expectNoAxeViolations(lead);
});
