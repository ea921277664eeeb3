// Shared browser-test helpers. Every test fails on a browser console error; pages are checked
// with axe; mail is read back from the e2e server's SMTP capture (scripts/lib/mail-capture.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";

function watch(page: Page, errors: string[]) {
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Name the resource behind a "Failed to load resource" console error.
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
}

/**
 * Every page of a test, the default one and those from `newPage()` (one browser context each, so
 * several people can be signed in at once), fails the test on a console error or a failed request.
 */
export const test = base.extend<{ consoleErrors: string[]; newPage: () => Promise<Page> }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watch(page, errors);
      await use(errors);
      expect(errors, "the browser console stayed free of errors").toEqual([]);
    },
    { auto: true },
  ],
  newPage: async ({ browser, consoleErrors }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      watch(page, consoleErrors);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export async function expectNoAxeViolations(page: Page) {
  // After a form's server action the page re-renders and Next.js streams the metadata back in:
  // for a moment the document can lack its <title>. Wait for it (every page must have one, so a
  // page that never gets one still fails here), then check the settled page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

const mailApi = `http://127.0.0.1:${process.env.E2E_MAIL_PORT ?? 3199}`;

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
}

/** Every message the SMTP capture received for this address, oldest first. */
export async function readMail(to: string): Promise<Mail[]> {
  const response = await fetch(`${mailApi}/messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as Mail[];
}

/** Waits until `count` messages (in total) have arrived for the address and returns the newest. */
export async function waitForMail(to: string, count = 1, match?: (mail: Mail) => boolean): Promise<Mail> {
  let found: Mail[] = [];
  await expect
    .poll(async () => {
      found = (await readMail(to)).filter((mail) => !match || match(mail));
      return found.length;
    }, { timeout: 20_000 })
    .toBeGreaterThanOrEqual(count);
  return found[found.length - 1];
}

export function signInLinkFrom(mail: Mail): string {
  const link = mail.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];
  if (!link) throw new Error(`No sign-in link in: ${mail.text}`);
  return link;
}

/** Signs in through the real flow: the form, the email over SMTP, the link. */
export async function signIn(page: Page, email: string) {
  const isSignIn = (m: Mail) => m.subject === "Your sign-in link";
  const before = (await readMail(email)).filter(isSignIn).length;
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(email, before + 1, isSignIn);
  await page.goto(signInLinkFrom(mail));
}

/** The e2e server's database, for arranging states that no button creates. */
export function e2eDatabaseUrl(): string {
  return readFileSync(path.resolve(import.meta.dirname, "../../.data/e2e-database-url"), "utf8").trim();
}

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export { expect };
