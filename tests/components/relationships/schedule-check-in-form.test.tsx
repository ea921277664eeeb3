import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ScheduleCheckInForm } from "@/components/relationships/schedule-check-in-form";
import { londonDateInput } from "@/lib/validation/relationships";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));
const actions = vi.hoisted(() => ({ scheduleCheckInAction: vi.fn(), rescheduleCheckInAction: vi.fn() }));
vi.mock("@/lib/actions/check-ins", () => actions);

beforeEach(() => {
  push.mockReset();
  actions.scheduleCheckInAction.mockReset();
  actions.rescheduleCheckInAction.mockReset();
});

const empty = { date: "", time: "", durationMinutes: 60, meetingMode: "ONLINE" as const };
const DAY = 86_400_000;

function renderForm(props: Partial<Parameters<typeof ScheduleCheckInForm>[0]> = {}) {
  return render(<ScheduleCheckInForm relationshipId="rel-1" initial={empty} today={londonDateInput(new Date())} submitLabel="Book session" {...props} />);
}

function expectFieldError(field: HTMLElement, message: string) {
  expect(field).toHaveAttribute("aria-invalid", "true");
  expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
  const errorId = field.getAttribute("aria-describedby")!.split(" ").find((id) => document.getElementById(id)?.textContent === message);
  expect(errorId, `an element announcing “${message}”`).toBeDefined();
  expect(document.getElementById(errorId!)).toHaveAttribute("role", "alert");
}

describe("the check-in booking form", () => {
  it("shows and announces an error on the date and the time when they are missing", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole("button", { name: "Book session" }));
    expectFieldError(await screen.findByLabelText("Date"), "Enter the date.");
    expectFieldError(screen.getByLabelText("Start time (UK time)"), "Enter a time.");
    expect(actions.scheduleCheckInAction).not.toHaveBeenCalled();
  });

  it("refuses a time in the past", async () => {
    const user = userEvent.setup();
    renderForm();
    fireEvent.change(screen.getByLabelText("Date"), { target: { value: londonDateInput(new Date(Date.now() - 2 * DAY)) } });
    fireEvent.change(screen.getByLabelText("Start time (UK time)"), { target: { value: "10:00" } });
    await user.click(screen.getByRole("button", { name: "Book session" }));
    expectFieldError(await screen.findByLabelText("Date"), "Choose a date and time in the future.");
    expect(actions.scheduleCheckInAction).not.toHaveBeenCalled();
  });

  it("refuses the hour that does not exist when the clocks go forward", async () => {
    const user = userEvent.setup();
    renderForm();
    fireEvent.change(screen.getByLabelText("Date"), { target: { value: "2099-03-29" } });
    fireEvent.change(screen.getByLabelText("Start time (UK time)"), { target: { value: "01:30" } });
    await user.click(screen.getByRole("button", { name: "Book session" }));
    expect(await screen.findByText(/the clocks go forward an hour that night/)).toHaveAttribute("role", "alert");
    expect(screen.getByLabelText("Start time (UK time)")).toHaveAttribute("aria-invalid", "true");
  });

  it("books a valid check-in and returns to the page with the booking", async () => {
    actions.scheduleCheckInAction.mockResolvedValue({ ok: true, data: { id: "ci-9", sessionNumber: 3, relationshipId: "rel-1" } });
    const user = userEvent.setup();
    renderForm();
    const date = londonDateInput(new Date(Date.now() + 10 * DAY));
    fireEvent.change(screen.getByLabelText("Date"), { target: { value: date } });
    fireEvent.change(screen.getByLabelText("Start time (UK time)"), { target: { value: "17:30" } });
    await user.selectOptions(screen.getByLabelText("Length"), "45 minutes");
    await user.click(screen.getByRole("radio", { name: "In person" }));
    await user.click(screen.getByRole("button", { name: "Book session" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/relationships/rel-1?booked=ci-9#check-ins"));
    expect(actions.scheduleCheckInAction).toHaveBeenCalledWith({ relationshipId: "rel-1", date, time: "17:30", durationMinutes: 45, meetingMode: "IN_PERSON" });
  });

  it("announces the server's refusal of a session beyond the agreed number", async () => {
    actions.scheduleCheckInAction.mockResolvedValue({ ok: false, error: { code: "CONFLICT", message: "All 6 agreed coaching sessions are already booked or held, so no more can be added." } });
    const user = userEvent.setup();
    renderForm();
    fireEvent.change(screen.getByLabelText("Date"), { target: { value: londonDateInput(new Date(Date.now() + 10 * DAY)) } });
    fireEvent.change(screen.getByLabelText("Start time (UK time)"), { target: { value: "09:00" } });
    await user.click(screen.getByRole("button", { name: "Book session" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("All 6 agreed coaching sessions are already booked or held");
    expect(push).not.toHaveBeenCalled();
  });

  it("moves a booked check-in through the reschedule action", async () => {
    actions.rescheduleCheckInAction.mockResolvedValue({ ok: true, data: { id: "ci-2", relationshipId: "rel-1" } });
    const user = userEvent.setup();
    const date = londonDateInput(new Date(Date.now() + 5 * DAY));
    renderForm({ checkInId: "ci-2", initial: { date, time: "12:00", durationMinutes: 60, meetingMode: "ONLINE" }, submitLabel: "Move session" });
    await user.click(screen.getByRole("button", { name: "Move session" }));
    await vi.waitFor(() => expect(actions.rescheduleCheckInAction).toHaveBeenCalledWith({ checkInId: "ci-2", date, time: "12:00", durationMinutes: 60, meetingMode: "ONLINE" }));
    expect(actions.scheduleCheckInAction).not.toHaveBeenCalled();
  });
});
