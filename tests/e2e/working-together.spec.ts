// Working together, in the browser: a coachee adds a goal, books a coaching session (and downloads
// its calendar file), logs the session once it has happened, moving the goal on. The pair is set
// up in the database, as the match lifecycle would leave it; a session "happening" is arranged by
// moving its time into the past, the one thing no button does.
import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, signIn, test, waitForMail, withDatabase } from "./fixtures";

const RUN = Date.now().toString(36);
const COACHEE = { id: `e2e-wt-coachee-${RUN}`, email: `wt.coachee.${RUN}@nhs.example`, name: "Dr Amira Coachee" };
const COACH = { id: `e2e-wt-coach-${RUN}`, email: `wt.coach.${RUN}@nhs.example`, name: "Dr Bryn Coach" };
const RELATIONSHIP = `e2e-wt-rel-${RUN}`;
const DAY = 86_400_000;

/** "2026-12-02": a London calendar date, as the date input takes it. */
function londonDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

// The second test reads what the first one recorded.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await withDatabase(async (client) => {
    for (const [person, grade] of [
      [COACHEE, "grade-sd"],
      [COACH, "grade-cons"],
    ] as const) {
      await client.query(
        `INSERT INTO "User" ("id", "email", "name", "emailVerified", "careerGradeId", "specialtyId", "regionId", "employerId", "phone", "profileCompletedAt", "updatedAt")
         VALUES ($1, $2, $3, now(), $4, 'spec-general-adult', 'region-london', 'employer-05', '020 7946 0123', now(), now())`,
        [person.id, person.email, person.name, grade],
      );
    }
    await client.query(
      `INSERT INTO "Relationship" ("id", "menteeId", "mentorId", "mode", "developmentAreaId", "startedAt", "lastActivityAt", "sessionsPlanned", "plannedEndAt")
       VALUES ($1, $2, $3, 'COACHING', 'area-consultant-interview', now() - interval '2 days', now() - interval '2 days', 6, now() + interval '180 days')`,
      [RELATIONSHIP, COACHEE.id, COACH.id],
    );
  });
});

test("a coachee books a session, downloads it for their calendar, logs it and moves a goal on", async ({ page }) => {
  await signIn(page, COACHEE.email);
  await page.goto(`/relationships/${RELATIONSHIP}`);
  await expect(page.getByRole("heading", { level: 1, name: `Coaching with ${COACH.name}` })).toBeVisible();
  await expect(page.getByText("Session 1 of 6 next")).toBeVisible();
  // Contact details, only inside the pair while it is active.
  await expect(page.getByRole("link", { name: COACH.email })).toBeVisible();
  await expectNoAxeViolations(page);

  // A goal for the development area.
  await page.getByRole("link", { name: "Add a goal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a goal" })).toBeVisible();
  await page.getByLabel("Your goal").fill("Answer the clinical governance question well");
  await page.getByLabel("How you will know you have achieved it").fill("Two mock panels rate my answer good or better");
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByText("Goal saved.")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Progress on “Answer the clinical governance question well”" })).toHaveAttribute("value", "0");

  // Book session 1: bad input first (nothing chosen), then a date next week at 17:30 UK time.
  await page.getByRole("link", { name: "Book session 1 of 6" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Book session 1 of 6" })).toBeVisible();
  await page.getByRole("button", { name: "Book session" }).click();
  await expect(page.getByText("Enter the date.")).toBeVisible();
  await expect(page.getByLabel("Date", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  const date = londonDate(new Date(Date.now() + 7 * DAY));
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Start time (UK time)").fill("17:30");
  await page.getByLabel("Length").selectOption({ label: "1 hour" });
  await page.getByRole("radio", { name: "Online" }).check();
  await page.getByRole("button", { name: "Book session" }).click();
  await expect(page.getByText("Session 1 booked")).toBeVisible();
  await expect(page.getByText("0 held · 1 booked · 5 left to book")).toBeVisible();

  // The calendar file: London wall time with its time zone, the coach named, the session numbered.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add it to your calendar (.ics)" }).click()]);
  expect(download.suggestedFilename()).toBe(`check-in-${date}.ics`);
  const ics = readFileSync((await download.path())!, "utf8");
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(unfolded).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London");
  expect(unfolded).toContain(`DTSTART;TZID=Europe/London:${date.replace(/-/g, "")}T173000\r\n`);
  expect(unfolded).toContain(`DTEND;TZID=Europe/London:${date.replace(/-/g, "")}T183000\r\n`);
  expect(unfolded).toContain(`SUMMARY:Coaching session 1 with ${COACH.name}\r\n`);
  expect(unfolded).toContain("LOCATION:Online\r\n");
  expect(unfolded).toMatch(/UID:check-in-[a-z0-9]+@localhost\r\n/);

  // Booking also emailed both of them the invitation, with the same calendar entry attached.
  for (const person of [COACHEE, COACH]) {
    const mail = await waitForMail(person.email, 1, (m) => m.subject.startsWith("Check-in booked"));
    const attached = mail.attachments.find((a) => a.filename === "check-in.ics")!.content.replace(/\r\n[ \t]/g, "");
    expect(attached.match(/^UID:.*$/m)?.[0]).toBe(unfolded.match(/^UID:.*$/m)?.[0]);
    expect(attached).toContain(`DTSTART;TZID=Europe/London:${date.replace(/-/g, "")}T173000\r\n`);
  }

  // The session takes place: an hour ago.
  await withDatabase((client) =>
    client.query(`UPDATE "CheckIn" SET "scheduledAt" = date_trunc('minute', now() - interval '1 hour') WHERE "relationshipId" = $1 AND "status" = 'SCHEDULED'`, [RELATIONSHIP]),
  );
  await page.reload();
  await page.getByRole("link", { name: /^Log it/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log session 1" })).toBeVisible();
  await page.getByRole("button", { name: "Log session" }).click();
  await expect(page.getByText("Write a short summary of what you covered.")).toBeVisible();
  await page.getByLabel("Summary").fill("Mock panel on governance and leadership. Next: the STAR structure.");
  await page.getByLabel("Status: Answer the clinical governance question well").selectOption({ label: "In progress" });
  await page.getByLabel("Progress (%): Answer the clinical governance question well").fill("50");
  await page.getByLabel("Your note").fill("Slow down on the second half of each answer.");
  await page.getByRole("radio", { name: /Only me/ }).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Log session" }).click();

  await expect(page.getByText("Session logged.", { exact: false })).toBeVisible();
  await expect(page.getByText("Session 2 of 6 next")).toBeVisible();
  await expect(page.getByText("1 held · 0 booked · 5 left to book")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Progress on “Answer the clinical governance question well”" })).toHaveAttribute("value", "50");
  await expect(page.getByText("Answer the clinical governance question well: in progress, 50%")).toBeVisible();
  await expect(page.getByText("Slow down on the second half of each answer.")).toBeVisible();
  await expectNoAxeViolations(page);

  const rows = await withDatabase(async (client) => {
    const checkIn = await client.query(`SELECT "status", "sessionNumber", "durationMinutes", "summary" FROM "CheckIn" WHERE "relationshipId" = $1`, [RELATIONSHIP]);
    const update = await client.query(`SELECT u."progress", u."status", u."checkInId" IS NOT NULL AS "fromCheckIn" FROM "GoalUpdate" u JOIN "Goal" g ON g."id" = u."goalId" WHERE g."relationshipId" = $1`, [RELATIONSHIP]);
    const relationship = await client.query(`SELECT "lastActivityAt" > now() - interval '2 hours' AS "recent" FROM "Relationship" WHERE "id" = $1`, [RELATIONSHIP]);
    return { checkIns: checkIn.rows, updates: update.rows, relationship: relationship.rows[0] };
  });
  expect(rows.checkIns).toEqual([{ status: "COMPLETED", sessionNumber: 1, durationMinutes: 60, summary: "Mock panel on governance and leadership. Next: the STAR structure." }]);
  expect(rows.updates).toEqual([{ progress: 50, status: "IN_PROGRESS", fromCheckIn: true }]);
  expect(rows.relationship).toEqual({ recent: true });
});

test("the coach sees the session and the shared record, but not the coachee's private note", async ({ page }) => {
  await signIn(page, COACH.email);
  await page.goto(`/relationships/${RELATIONSHIP}`);
  await expect(page.getByRole("heading", { level: 1, name: `Coaching with ${COACHEE.name}` })).toBeVisible();
  await expect(page.getByText("Mock panel on governance and leadership.", { exact: false })).toBeVisible();
  await expect(page.getByText("Slow down on the second half of each answer.")).toHaveCount(0);
  await page.goto("/record");
  await expect(page.getByRole("heading", { level: 1, name: "Mentoring and coaching record" })).toBeVisible();
  await expect(page.getByText("Coaching as coach: A coachee (Specialty doctor)")).toBeVisible();
  await expect(page.getByText(COACHEE.name)).toHaveCount(0);
  await expectNoAxeViolations(page);
});
