import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";

// On a phone the tables scroll sideways inside their own box instead of widening the whole page
// (WCAG 1.4.10, reflow), and keyboard users can reach that box to scroll it (axe checks it).
test.use({ viewport: { width: 390, height: 844 } });

async function expectFitsTheScreen(page: import("@playwright/test").Page, path: string) {
  await page.goto(path);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, `${path} is no wider than the screen`).toBeLessThanOrEqual(widths.screen);
  await expectNoAxeViolations(page);
}

test("pages with tables fit a phone screen", async ({ page }) => {
  test.setTimeout(120_000);
  await expectFitsTheScreen(page, "/");
  await signIn(page, "lead@demo.example");
  for (const path of ["/admin", "/admin/requests", "/admin/rounds", "/admin/reports", "/admin/audit", "/admin/members"]) {
    await expectFitsTheScreen(page, path);
  }
});
