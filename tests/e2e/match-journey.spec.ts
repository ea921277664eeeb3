import { expect, expectNoAxeViolations, signIn, test, waitForMail, withDatabase } from "./fixtures";

// The whole journey of issue 6: a trainee asks for a mentor, the lead runs a round, reads the
// explanation and approves; the mentor accepts; both see the relationship and each other's
// contact details, and nobody else does.
test("from request to an introduced pair", async ({ newPage }) => {
  test.setTimeout(180_000);
  const traineeEmail = `journey.trainee.${Date.now()}@nhs.example`;
  const trainee = await newPage();
  await signIn(trainee, traineeEmail);
  await trainee.getByLabel("Your name").fill("Dr Journey Trainee");
  await trainee.getByLabel("Career grade").selectOption({ label: "Core trainee CT1" });
  await trainee.getByLabel("Specialty").selectOption({ label: "Old Age" });
  await trainee.getByLabel("Region").selectOption({ label: "Wales" });
  await trainee.getByRole("combobox", { name: "Employer (optional)" }).selectOption({ label: "Swansea Bay University Health Board" });
  await trainee.getByRole("button", { name: "Save and continue" }).click();
  await expect(trainee).toHaveURL(/\/dashboard$/);

  await trainee.goto("/requests/new");
  await trainee.getByLabel("What do you hope to achieve?").fill("Settling into old age psychiatry and planning for MRCPsych; a sounding board every couple of months.");
  await trainee.getByRole("button", { name: "Send my request" }).click();
  await expect(trainee.getByRole("heading", { name: "Mentoring" })).toBeVisible();
  await expect(trainee.getByText("Your request is in")).toBeVisible();
  await waitForMail(traineeEmail, 1, (m) => /request/i.test(m.subject));

  // The lead runs a round for CT1 mentoring requests in Wales and reviews the proposal.
  const lead = await newPage();
  await signIn(lead, "lead@demo.example");
  await lead.goto("/admin/rounds");
  await expectNoAxeViolations(lead);
  await lead.getByLabel("Mode").selectOption("MENTORING");
  await lead.getByLabel("Region of the mentee").selectOption({ label: "Wales" });
  await lead.getByLabel("CT1").check();
  await lead.getByRole("button", { name: "Run the round" }).click();
  await expect(lead).toHaveURL(/\/admin\/rounds\/[\w-]+$/);
  await expect(lead.getByText(/Proven optimal/)).toBeVisible();

  const card = lead.getByRole("listitem").filter({ hasText: "Dr Journey Trainee" }).filter({ has: lead.getByRole("button", { name: /^Approve/ }) });
  await card.getByText(/^Explanation/).click();
  await expect(card.getByRole("heading", { name: /Why this pair/ })).toBeVisible();
  await expect(card.getByText(/Wales/).first()).toBeVisible();
  await expectNoAxeViolations(lead);

  // Nothing has reached the mentor yet.
  const { mentorEmail, mentorName, proposalId } = await withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT p."id", u."email", u."name" FROM "Proposal" p JOIN "User" u ON u."id" = p."mentorId"
       JOIN "MentoringRequest" r ON r."id" = p."requestId" JOIN "User" m ON m."id" = r."menteeId"
       WHERE m."email" = $1 AND p."status" = 'PROPOSED'`,
      [traineeEmail],
    );
    return { proposalId: rows[0].id as string, mentorEmail: rows[0].email as string, mentorName: rows[0].name as string };
  });
  const mentorMailBefore = await withDatabase(async (client) => (await client.query(`SELECT 1 FROM "EmailMessage" WHERE "toAddress" = $1 AND "kind" = 'proposal-to-mentor'`, [mentorEmail])).rowCount);

  await card.getByRole("button", { name: "Approve the proposal for Dr Journey Trainee" }).click();
  await expect(lead.getByRole("listitem").filter({ hasText: "Dr Journey Trainee" }).getByText("Approved: waiting for the mentor")).toBeVisible();
  await waitForMail(mentorEmail, 1, (m) => m.text.includes(`/proposals/${proposalId}`));
  expect(mentorMailBefore).toBe(0);

  // The mentor accepts.
  const mentor = await newPage();
  await signIn(mentor, mentorEmail);
  await mentor.goto("/dashboard");
  await mentor.getByRole("link", { name: "Would you mentor Dr Journey Trainee?" }).click();
  await expect(mentor.getByRole("heading", { name: "Why the programme suggested you" })).toBeVisible();
  await expectNoAxeViolations(mentor);
  await mentor.getByRole("button", { name: "Accept and be introduced" }).click();
  await expect(mentor).toHaveURL(/\/relationships\/[\w-]+$/);
  const relationshipUrl = new URL(mentor.url()).pathname;
  await expect(mentor.getByText(traineeEmail)).toBeVisible();

  // Both are introduced by email, and the trainee sees the mentor's contact details.
  await waitForMail(traineeEmail, 1, (m) => m.text.includes(mentorEmail));
  await trainee.goto(relationshipUrl);
  await expect(trainee.getByText(mentorEmail)).toBeVisible();
  await expect(trainee.getByText(mentorName).first()).toBeVisible();
  await expectNoAxeViolations(trainee);

  // Nobody else: the lead and another member get "not found", and no contact details.
  const other = await newPage();
  await signIn(other, "trainee@demo.example");
  for (const page of [lead, other]) {
    const response = await page.request.get(relationshipUrl);
    expect(response.status()).toBe(404);
    const body = await response.text();
    expect(body).not.toContain(traineeEmail);
    expect(body).not.toContain(mentorEmail);
  }
});
