import { expect, expectNoAxeViolations, signIn, test, waitForMail, withDatabase } from "./fixtures";

// Issue 4 end to end, in Chromium against the production build: profiles, asking for a coach,
// volunteering with a capacity, and consented equality monitoring.

async function onboard(page: import("@playwright/test").Page, details: { name: string; grade: string; specialty: string; region: string; employer: string }) {
  await expect(page).toHaveURL(/\/onboarding/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Your name").fill(details.name);
  await page.getByLabel("Career grade").selectOption({ label: details.grade });
  await page.getByLabel("Specialty").selectOption({ label: details.specialty });
  await page.getByLabel("Region").selectOption({ label: details.region });
  await page.getByRole("combobox", { name: "Employer (optional)" }).selectOption({ label: details.employer });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: `Welcome, ${details.name}` })).toBeVisible();
}

test("a new trainee completes a profile and asks for a coach; a second open coaching request is refused", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `profile.trainee.${Date.now()}@nhs.example`;
  await signIn(page, email);
  await onboard(page, { name: "Dr Tara Trainee", grade: "Core trainee CT2", specialty: "Old Age", region: "Wales", employer: "Cardiff and Vale University Health Board" });
  await expectNoAxeViolations(page);

  // More of the profile.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("GMC number").fill("123");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("A GMC number is 7 digits.")).toBeVisible();
  await expect(page.getByLabel("GMC number")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  const gmc = String(Date.now()).slice(-7);
  await page.getByLabel("GMC number").fill(gmc);
  await page.getByLabel("Phone").fill("029 2074 7747");
  await page.getByLabel("Interests").fill("dementia, medical education");
  await page.getByLabel("Short bio").fill("CT2 in old age psychiatry in Cardiff.");
  await page.getByLabel("Hours a month you can give").fill("3");
  await page.getByRole("checkbox", { name: "Weekday evenings" }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your profile is saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("GMC number")).toHaveValue(gmc);
  await expect(page.getByLabel("Interests")).toHaveValue("dementia, medical education");

  // Ask for a coach: the development area is required, and the error says so on the field.
  await page.goto("/requests/new");
  await expect(page.getByRole("heading", { name: "Ask for a mentor or coach" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: /^A coach/ }).check();
  await page.getByLabel("What do you hope to achieve?").fill("Prepare for the CASC: practise stations and get feedback on my communication.");
  await page.getByRole("button", { name: "Send my request" }).click();
  const area = page.getByRole("combobox", { name: "Development area" });
  await expect(page.getByText("Coaching focuses on one development area: choose it.")).toBeVisible();
  await expect(area).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await area.selectOption({ label: "Mock OSCE / CASC exam practice" });
  await page.getByRole("button", { name: "Send my request" }).click();

  // The request page and its timeline.
  await expect(page).toHaveURL(/\/requests\/[\w-]+\?created=1$/);
  await expect(page.getByRole("heading", { name: "Coaching: Mock OSCE / CASC exam practice" })).toBeVisible();
  await expect(page.getByText("Your request is in")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(page.getByText("You asked for a coach.")).toBeVisible();
  await expect(page.getByText(/Open until/i)).toBeVisible();
  await expectNoAxeViolations(page);
  // No email address on the page but in the header menu of the member themself.
  expect(await page.locator("main").innerText()).not.toMatch(/@/);

  const mail = await waitForMail(email, 1, (m) => m.subject === "We have your request for a coach");
  expect(mail.text).toContain("Mock OSCE / CASC exam practice");

  // The list of requests shows it as open.
  await page.goto("/requests");
  await expect(page.getByRole("link", { name: "Coaching: Mock OSCE / CASC exam practice" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A second open coaching request is refused with a clear message, and nothing is created.
  await page.goto("/requests/new?mode=COACHING");
  await page.getByRole("combobox", { name: "Development area" }).selectOption({ label: "Leadership and management" });
  await page.getByLabel("What do you hope to achieve?").fill("Lead a quality improvement project on my ward this year.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You already have an open coaching request. Withdraw it first, or wait until it is matched." })).toBeVisible();
  await expect(page).toHaveURL(/\/requests\/new/);
  await expectNoAxeViolations(page);
  const open = await withDatabase(async (client) => {
    const { rows } = await client.query(`SELECT r."mode", r."status" FROM "MentoringRequest" r JOIN "User" u ON u."id" = r."menteeId" WHERE u."email" = $1`, [email]);
    return rows;
  });
  expect(open).toEqual([{ mode: "COACHING", status: "OPEN" }]);
});

test("a consultant volunteers to mentor with capacity 2; the dashboard shows 0 of 2 places taken", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `profile.consultant.${Date.now()}@nhs.example`;
  await signIn(page, email);
  await onboard(page, { name: "Dr Cora Consultant", grade: "Consultant", specialty: "General Adult", region: "London", employer: "East London NHS Foundation Trust" });
  await expect(page.getByText("You are not volunteering yet.")).toBeVisible();

  await page.goto("/volunteer");
  await expect(page.getByRole("heading", { name: "Volunteer as a mentor or coach" })).toBeVisible();
  await expectNoAxeViolations(page);
  const mentoring = page.getByRole("form", { name: "Mentoring offer" });
  const capacity = mentoring.getByLabel("How many mentees at once?");
  // A cleared capacity is an error, not a silent 0.
  await capacity.fill("");
  await mentoring.getByRole("button", { name: "Offer to mentor" }).click();
  await expect(mentoring.getByText("Enter how many people you can support at once.")).toBeVisible();
  await expect(capacity).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await capacity.fill("2");
  await mentoring.getByRole("checkbox", { name: "Core trainee CT1" }).check();
  await mentoring.getByRole("checkbox", { name: "Higher trainee ST4" }).check();
  await mentoring.getByRole("checkbox", { name: "Career development (general)" }).check();
  await mentoring.getByRole("button", { name: "Offer to mentor" }).click();
  await expect(mentoring.getByRole("status").filter({ hasText: "Saved. Thank you for volunteering." })).toBeVisible();
  await expect(mentoring.getByText("You are supporting 0 of up to 2 mentees.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/dashboard");
  await expect(page.getByRole("listitem").filter({ hasText: "Mentoring" })).toHaveText("Mentoring: 0 of 2 places taken");
  await expectNoAxeViolations(page);

  const offer = await withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT o."mode", o."capacity", o."acceptedGradeRanks" FROM "VolunteerOffer" o JOIN "User" u ON u."id" = o."userId" WHERE u."email" = $1`,
      [email],
    );
    return rows;
  });
  expect(offer).toEqual([{ mode: "MENTORING", capacity: 2, acceptedGradeRanks: [2, 5] }]);
});

test("equality monitoring: nothing without consent; consent saves the answers, withdrawal deletes them", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `profile.equality.${Date.now()}@nhs.example`;
  await signIn(page, email);
  await onboard(page, { name: "Dr Eve Equality", grade: "Specialty doctor", specialty: "Liaison", region: "Trent", employer: "Nottinghamshire Healthcare NHS Foundation Trust" });

  await page.goto("/profile");
  await page.getByRole("link", { name: "Review or change your answers" }).click();
  await expect(page).toHaveURL(/\/profile\/equality$/);
  await expect(page.getByRole("heading", { name: "Equality monitoring" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Gender").selectOption("Woman");
  await page.getByRole("button", { name: "Save answers" }).click();
  const consent = page.getByRole("checkbox", { name: /I consent/ });
  await expect(page.getByText("Tick the box to consent, or leave this page: answering is optional.")).toBeVisible();
  await expect(consent).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  const countFor = () =>
    withDatabase(async (client) => (await client.query(`SELECT 1 FROM "EqualityData" e JOIN "User" u ON u."id" = e."userId" WHERE u."email" = $1`, [email])).rowCount);
  expect(await countFor()).toBe(0);

  await page.getByLabel("Ethnicity, in your own words").fill("British Pakistani");
  await page.getByRole("group", { name: "Are you an international medical graduate (IMG)?" }).getByRole("radio", { name: "No", exact: true }).check();
  await consent.check();
  await page.getByRole("button", { name: "Save answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you. Your answers are saved." })).toBeVisible();
  await expect(page.getByText(/You consented on/)).toBeVisible();
  expect(await countFor()).toBe(1);
  await page.reload();
  await expect(page.getByLabel("Ethnicity, in your own words")).toHaveValue("British Pakistani");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Withdraw consent and delete my answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Consent withdrawn. Your answers have been deleted." })).toBeVisible();
  await expect(page.getByText(/You consented on/)).toHaveCount(0);
  await expect(consent).not.toBeChecked();
  await expect(page.getByLabel("Ethnicity, in your own words")).toHaveValue("");
  expect(await countFor()).toBe(0);
  await expectNoAxeViolations(page);
});
