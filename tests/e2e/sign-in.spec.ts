import { expect, expectNoAxeViolations, readMail, signIn, signInLinkFrom, test, waitForMail, withDatabase } from "./fixtures";

test.describe("sign-in by email link", () => {
  test("a new address signs in, completes a short profile and reaches the dashboard", async ({ page }) => {
    const email = `new.trainee.${Date.now()}@nhs.example`;
    await page.goto("/sign-in");
    await expectNoAxeViolations(page);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/onboarding/);
    await expect(page.getByRole("heading", { name: /tell us a little about yourself/i })).toBeVisible();
    await expectNoAxeViolations(page);

    // Bad input first: nothing chosen gives field errors, announced.
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByText("Choose your career grade.")).toBeVisible();

    await page.getByLabel("Your name").fill("Dr Sam Newcomer");
    await page.getByLabel("Career grade").selectOption({ label: "Core trainee CT1" });
    await page.getByLabel("Specialty").selectOption({ label: "Old Age" });
    await page.getByLabel("Region").selectOption({ label: "Wales" });
    await page.getByRole("combobox", { name: "Employer (optional)" }).selectOption({ label: "Cardiff and Vale University Health Board" });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Welcome, Dr Sam Newcomer" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the answer is the same for an unknown address", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("nobody.known@nhs.example");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  });

  test("an invalid or look-alike address is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    // A Ukrainian "і" in the local part: looks like trainee@demo.example, is another address.
    await page.getByLabel("Email address").fill("traіnee@demo.example");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter a valid email address, like name@nhs.net.")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  });

  test("a link works once; a used or expired link fails with a clear page", async ({ page }) => {
    const email = "trainee@demo.example";
    const before = (await readMail(email)).length;
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = signInLinkFrom(await waitForMail(email, before + 1));
    await page.goto(link);
    await expect(page).toHaveURL(/\/dashboard$/);

    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
    await expectNoAxeViolations(page);

    // An expired link: ask for another, then move its expiry into the past.
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const expiring = signInLinkFrom(await waitForMail(email, before + 2));
    await withDatabase((client) => client.query(`UPDATE "VerificationToken" SET "expires" = now() - interval '1 minute' WHERE "identifier" = $1`, [email]));
    await page.goto(expiring);
    await expect(page.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
  });

  test("a link is bound to its address", async ({ page }) => {
    const email = "mentor@demo.example";
    const before = (await readMail(email)).length;
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = new URL(signInLinkFrom(await waitForMail(email, before + 1)));
    link.searchParams.set("email", "lead@demo.example");
    await page.goto(link.toString());
    await expect(page.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
  });

  test("too many requests for one address are limited with a clear message", async ({ page }) => {
    const email = `limited.${Date.now()}@nhs.example`;
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      await page.goto("/sign-in");
    }
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText(/Too many sign-in requests. Please wait/)).toBeVisible();
    expect((await readMail(email)).length).toBe(5);
  });
});

test.describe("sessions end when they should", () => {
  test("signing out of every device refuses the old cookie everywhere", async ({ newPage }) => {
    const laptopPage = await newPage();
    const phonePage = await newPage();
    await signIn(laptopPage, "mentor@demo.example");
    await signIn(phonePage, "mentor@demo.example");
    await expect(phonePage).toHaveURL(/\/dashboard$/);

    await laptopPage.goto("/settings");
    await laptopPage.getByRole("button", { name: "Sign out of every device" }).click();
    await expect(laptopPage).toHaveURL(/\/$/);

    await phonePage.goto("/profile");
    await expect(phonePage).toHaveURL(/\/sign-in/);
  });

  test("a disabled member's old cookie is refused on the next request", async ({ newPage }) => {
    const memberPage = await newPage();
    const leadPage = await newPage();
    const email = `to.disable.${Date.now()}@nhs.example`;
    await signIn(memberPage, email);
    await expect(memberPage).toHaveURL(/\/onboarding/);
    const cookies = await memberPage.context().cookies();
    expect(cookies.find((c) => c.name.endsWith("next-auth.session-token"))).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });

    await signIn(leadPage, "lead@demo.example");
    await leadPage.goto(`/admin/members?search=${encodeURIComponent(email)}`);
    await leadPage.getByRole("button", { name: /^Disable/ }).click();
    await expect(leadPage.getByRole("cell", { name: "Disabled" })).toBeVisible();

    await memberPage.goto("/onboarding");
    await expect(memberPage).toHaveURL(/\/sign-in/);
    const audit = await withDatabase((client) => client.query(`SELECT "action" FROM "AuditLog" WHERE "action" = 'member.disabled'`));
    expect(audit.rowCount).toBeGreaterThanOrEqual(1);
  });
});

test.describe("hardening", () => {
  test("security headers are set on pages", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  });

  test("skipping the proxy with x-middleware-subrequest still gets nothing", async ({ page }) => {
    await signIn(page, "trainee@demo.example");
    const cookies = await page.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const asMember = await page.request.get("/admin/members", { headers: { cookie, "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }, maxRedirects: 0 });
    expect(asMember.status()).toBe(404);
    expect(await asMember.text()).not.toContain("lead@demo.example");
    const anonymous = await page.request.get("/admin/members", { headers: { cookie: "", "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }, maxRedirects: 0 });
    expect([307, 308, 404]).toContain(anonymous.status());
    expect(await anonymous.text()).not.toContain("lead@demo.example");
  });

  test("the development mailbox does not exist in a production build", async ({ request }) => {
    const response = await request.get("/dev/mailbox");
    expect(response.status()).toBe(404);
  });
});
