import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GoalForm } from "@/components/relationships/goal-form";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));
const actions = vi.hoisted(() => ({ createGoalAction: vi.fn(), updateGoalAction: vi.fn() }));
vi.mock("@/lib/actions/goals", () => actions);

beforeEach(() => {
  push.mockReset();
  actions.createGoalAction.mockReset();
  actions.updateGoalAction.mockReset();
});

/** The field's error is its accessible description, and it is announced. */
function expectFieldError(field: HTMLElement, message: string) {
  expect(field).toHaveAttribute("aria-invalid", "true");
  expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
  const id = field.getAttribute("aria-describedby")!.split(" ").find((part) => document.getElementById(part)?.textContent === message)!;
  expect(document.getElementById(id)).toHaveAttribute("role", "alert");
}

describe("the goal form", () => {
  it("shows and announces an error on each field left empty, and sends nothing", async () => {
    const user = userEvent.setup();
    render(<GoalForm relationshipId="rel-1" today="2026-11-25" />);
    await user.click(screen.getByRole("button", { name: "Add goal" }));
    expectFieldError(await screen.findByLabelText("Your goal"), "Enter your goal.");
    expectFieldError(screen.getByLabelText("How you will know you have achieved it"), "Say how you will know you have achieved it.");
    expect(actions.createGoalAction).not.toHaveBeenCalled();
  });

  it("refuses progress out of range and a status that contradicts progress, on the right fields", async () => {
    const user = userEvent.setup();
    render(<GoalForm relationshipId="rel-1" today="2026-11-25" />);
    await user.type(screen.getByLabelText("Your goal"), "Chair a ward round confidently");
    await user.type(screen.getByLabelText("How you will know you have achieved it"), "Three ward rounds with good feedback");
    const progress = screen.getByLabelText("Progress (%)");
    await user.clear(progress);
    await user.type(progress, "140");
    await user.click(screen.getByRole("button", { name: "Add goal" }));
    expectFieldError(await screen.findByLabelText("Progress (%)"), "Progress cannot be above 100%.");

    await user.clear(progress);
    await user.type(progress, "40");
    await user.click(screen.getByRole("button", { name: "Add goal" }));
    // Still "Not started" with 40% progress: the status group carries the error.
    const group = await screen.findByRole("group", { name: "Where does it stand?" });
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(within(group).getByRole("alert")).toHaveTextContent("this goal has started");
    expect(actions.createGoalAction).not.toHaveBeenCalled();
  });

  it("sends a valid goal, with “Achieved” meaning 100%, and goes back to the goals", async () => {
    actions.createGoalAction.mockResolvedValue({ ok: true, data: { id: "goal-1", relationshipId: "rel-1" } });
    const user = userEvent.setup();
    render(<GoalForm relationshipId="rel-1" today="2026-11-25" />);
    await user.type(screen.getByLabelText("Your goal"), "Pass the CASC");
    await user.type(screen.getByLabelText("How you will know you have achieved it"), "A pass at the spring sitting");
    await user.click(screen.getByRole("radio", { name: "Achieved" }));
    await user.click(screen.getByRole("button", { name: "Add goal" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/relationships/rel-1?saved=goal#goals"));
    expect(actions.createGoalAction).toHaveBeenCalledWith({ relationshipId: "rel-1", title: "Pass the CASC", measure: "A pass at the spring sitting", targetDate: null, status: "ACHIEVED", progress: 100 });
  });

  it("puts the server's field errors on the fields and its message at the top", async () => {
    actions.updateGoalAction.mockResolvedValue({
      ok: false,
      error: { code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: { targetDate: ["Choose a target date from today onwards."] } },
    });
    const user = userEvent.setup();
    render(<GoalForm relationshipId="rel-1" today="2026-11-25" goal={{ id: "goal-1", title: "Pass the CASC", measure: "A pass", targetDate: "2026-12-01", status: "IN_PROGRESS", progress: 50 }} />);
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Please correct the highlighted fields.")).toBeInTheDocument();
    expectFieldError(screen.getByLabelText(/Target date/), "Choose a target date from today onwards.");
    expect(actions.updateGoalAction).toHaveBeenCalledWith(expect.objectContaining({ goalId: "goal-1", targetDate: "2026-12-01", status: "IN_PROGRESS", progress: 50 }));
    expect(push).not.toHaveBeenCalled();
  });

  it("a conflict (the relationship has ended) is announced as one message", async () => {
    actions.updateGoalAction.mockResolvedValue({ ok: false, error: { code: "CONFLICT", message: "This relationship has ended, so it can no longer be changed." } });
    const user = userEvent.setup();
    render(<GoalForm relationshipId="rel-1" today="2026-11-25" goal={{ id: "goal-1", title: "Pass the CASC", measure: "A pass", targetDate: "", status: "IN_PROGRESS", progress: 50 }} />);
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This relationship has ended");
  });
});
