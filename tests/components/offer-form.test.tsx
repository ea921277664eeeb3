// The offer form as a UI unit: the real schema runs in the browser; only the server action module
// is replaced (the real action is covered by tests/integration/profiles).
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { OfferForm } from "@/components/volunteering/offer-form";
import type { ReferenceOptions } from "@/lib/data/reference";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh }) }));
const actions = vi.hoisted(() => ({ saveOfferAction: vi.fn(), withdrawOfferAction: vi.fn() }));
vi.mock("@/lib/actions/volunteering", () => actions);

const options: ReferenceOptions = {
  grades: [
    { id: "grade-ct1", name: "Core trainee CT1", rank: 2, code: "CT1" },
    { id: "grade-ct2", name: "Core trainee CT2", rank: 3, code: "CT2" },
  ],
  specialties: [],
  regions: [],
  employers: [],
  developmentAreas: [
    { id: "area-career", name: "Career development (general)" },
    { id: "area-leadership", name: "Leadership and management" },
  ],
};

beforeEach(() => {
  refresh.mockReset();
  actions.saveOfferAction.mockReset();
  actions.withdrawOfferAction.mockReset();
});

function expectFieldError(field: HTMLElement, message: string) {
  expect(field).toHaveAttribute("aria-invalid", "true");
  expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
  const id = field.getAttribute("aria-describedby")!.split(" ").find((part) => document.getElementById(part)?.textContent === message);
  expect(id, `an element with the text "${message}" describes the field`).toBeDefined();
  expect(document.getElementById(id!)).toHaveAttribute("role", "alert");
}

describe("the offer form", () => {
  it("a cleared capacity asks for a number, on the field, and sends nothing (it used to save 0 and pause the offer)", async () => {
    const user = userEvent.setup();
    render(<OfferForm mode="MENTORING" offer={undefined} options={options} />);
    await user.clear(screen.getByLabelText("How many mentees at once?"));
    await user.click(screen.getByRole("button", { name: "Offer to mentor" }));
    expectFieldError(await screen.findByLabelText("How many mentees at once?"), "Enter how many people you can support at once.");
    expect(actions.saveOfferAction).not.toHaveBeenCalled();
  });

  it("more than 10 is refused on the field; the hint stays in the description", async () => {
    const user = userEvent.setup();
    render(<OfferForm mode="MENTORING" offer={undefined} options={options} />);
    const capacity = screen.getByLabelText("How many mentees at once?");
    await user.clear(capacity);
    await user.type(capacity, "11");
    await user.click(screen.getByRole("button", { name: "Offer to mentor" }));
    expectFieldError(await screen.findByLabelText("How many mentees at once?"), "At most 10 people at once.");
    expect(capacity).toHaveAccessibleDescription(expect.stringContaining("0 pauses new matches."));
    expect(actions.saveOfferAction).not.toHaveBeenCalled();
  });

  it("a consultant offers to mentor two people, grade by grade", async () => {
    actions.saveOfferAction.mockResolvedValue({ ok: true, data: undefined });
    const user = userEvent.setup();
    render(<OfferForm mode="MENTORING" offer={undefined} options={options} />);
    const capacity = screen.getByLabelText("How many mentees at once?");
    await user.clear(capacity);
    await user.type(capacity, "2");
    const grades = screen.getByRole("group", { name: "Which grades will you take?" });
    await user.click(within(grades).getByRole("checkbox", { name: "Core trainee CT1" }));
    await user.click(within(screen.getByRole("group", { name: "What you can help with" })).getByRole("checkbox", { name: "Career development (general)" }));
    await user.click(screen.getByRole("button", { name: "Offer to mentor" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved. Thank you for volunteering.");
    expect(actions.saveOfferAction).toHaveBeenCalledWith({ mode: "MENTORING", capacity: 2, acceptedGradeRanks: [2], developmentAreaIds: ["area-career"], meetingMode: "EITHER" });
    expect(refresh).toHaveBeenCalled();
  });

  it("capacity 0 is allowed and says the offer is paused", async () => {
    actions.saveOfferAction.mockResolvedValue({ ok: true, data: undefined });
    const user = userEvent.setup();
    render(<OfferForm mode="MENTORING" offer={{ mode: "MENTORING", capacity: 2, activeCount: 2, acceptedGradeRanks: [], developmentAreaIds: [], meetingMode: "EITHER" }} options={options} />);
    expect(screen.getByText("You are supporting 2 of up to 2 mentees.")).toBeInTheDocument();
    const capacity = screen.getByLabelText("How many mentees at once?");
    await user.clear(capacity);
    await user.type(capacity, "0");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved. You are paused: no new matches until you raise your capacity.");
    expect(actions.saveOfferAction).toHaveBeenCalledWith(expect.objectContaining({ capacity: 0 }));
  });

  it("a coaching offer without an area: the server's error lands on the areas, announced", async () => {
    actions.saveOfferAction.mockResolvedValue({
      ok: false,
      error: { code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: { developmentAreaIds: ["Coaches choose at least one development area they can help with."] } },
    });
    const user = userEvent.setup();
    render(<OfferForm mode="COACHING" offer={undefined} options={options} />);
    await user.click(screen.getByRole("button", { name: "Offer to coach" }));
    const areas = await screen.findByRole("group", { name: "Development areas you can coach" });
    await vi.waitFor(() => expect(areas).toHaveAttribute("aria-invalid", "true"));
    expect(areas).toHaveAccessibleDescription("Coaches choose at least one development area they can help with.");
    expect(within(areas).getByRole("alert")).toHaveTextContent("Coaches choose at least one development area they can help with.");
    expect(screen.getAllByRole("alert").map((a) => a.textContent)).toContain("Please correct the highlighted fields.");
  });

  it("stopping volunteering sends only the mode and says current pairs carry on", async () => {
    actions.withdrawOfferAction.mockResolvedValue({ ok: true, data: undefined });
    const user = userEvent.setup();
    render(<OfferForm mode="COACHING" offer={{ mode: "COACHING", capacity: 1, activeCount: 1, acceptedGradeRanks: [3], developmentAreaIds: ["area-leadership"], meetingMode: "ONLINE" }} options={options} />);
    expect(within(screen.getByRole("group", { name: "Development areas you can coach" })).getByRole("checkbox", { name: "Leadership and management" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Stop volunteering for coaching" }));
    expect(await screen.findByRole("status")).toHaveTextContent("You are no longer volunteering for this. Current pairs carry on.");
    expect(actions.withdrawOfferAction).toHaveBeenCalledWith({ mode: "COACHING" });
  });
});
