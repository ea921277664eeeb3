import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LogCheckInForm } from "@/components/relationships/log-check-in-form";
import { londonDateInput } from "@/lib/validation/relationships";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));
const actions = vi.hoisted(() => ({ logCheckInAction: vi.fn() }));
vi.mock("@/lib/actions/check-ins", () => actions);

beforeEach(() => {
  push.mockReset();
  actions.logCheckInAction.mockReset();
});

const today = londonDateInput(new Date());
const goals = [
  { id: "g1", title: "Pass the CASC", status: "IN_PROGRESS" as const, progress: 40 },
  { id: "g2", title: "Find a QI project", status: "NOT_STARTED" as const, progress: 0 },
];

function renderForm(canUpdateGoals: boolean) {
  return render(
    <LogCheckInForm
      relationshipId="rel-1"
      checkInId="ci-1"
      initial={{ date: today, time: "00:00", durationMinutes: 60, meetingMode: "ONLINE" }}
      goals={goals}
      canUpdateGoals={canUpdateGoals}
      otherRole="mentee"
      meetingWord="check-in"
      today={today}
    />,
  );
}

describe("the check-in log form", () => {
  it("announces a missing summary, and sends only the goals the mentee moved", async () => {
    actions.logCheckInAction.mockResolvedValue({ ok: true, data: { id: "ci-1", sessionNumber: null, relationshipId: "rel-1" } });
    const user = userEvent.setup();
    renderForm(true);
    await user.click(screen.getByRole("button", { name: "Log check-in" }));
    const summary = await screen.findByLabelText("Summary", { exact: false });
    expect(summary).toHaveAttribute("aria-invalid", "true");
    expect(summary).toHaveAccessibleDescription(expect.stringContaining("Write a short summary of what you covered."));
    expect(actions.logCheckInAction).not.toHaveBeenCalled();

    await user.type(summary, "Mock CASC stations.");
    await user.clear(screen.getByLabelText("Progress (%): Pass the CASC"));
    await user.type(screen.getByLabelText("Progress (%): Pass the CASC"), "70");
    await user.click(screen.getByRole("button", { name: "Log check-in" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/relationships/rel-1?logged=ci-1#check-ins"));
    expect(actions.logCheckInAction).toHaveBeenCalledWith(
      expect.objectContaining({ checkInId: "ci-1", summary: "Mock CASC stations.", goalUpdates: [{ goalId: "g1", status: "IN_PROGRESS", progress: 70 }], note: null, noteVisibility: "PRIVATE" }),
    );
  });

  it("puts a contradictory goal status on that goal's field", async () => {
    const user = userEvent.setup();
    renderForm(true);
    await user.type(screen.getByLabelText("Summary", { exact: false }), "Planning.");
    await user.clear(screen.getByLabelText("Progress (%): Find a QI project"));
    await user.type(screen.getByLabelText("Progress (%): Find a QI project"), "20");
    await user.click(screen.getByRole("button", { name: "Log check-in" }));
    const status = await screen.findByLabelText("Status: Find a QI project");
    expect(status).toHaveAttribute("aria-invalid", "true");
    expect(status).toHaveAccessibleDescription(expect.stringContaining("this goal has started"));
    expect(actions.logCheckInAction).not.toHaveBeenCalled();
  });

  it("the mentor logs without goal fields: the goals are the mentee's", async () => {
    renderForm(false);
    expect(screen.queryByLabelText(/Progress \(%\)/)).not.toBeInTheDocument();
    expect(screen.getByText("Goals belong to your mentee, who records progress on them.")).toBeInTheDocument();
  });
});
