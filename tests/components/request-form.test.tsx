// The request form as a UI unit: the real schema runs in the browser; only the server action
// module is replaced (the real action is covered by tests/integration/profiles).
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { RequestForm } from "@/components/requests/request-form";
import type { ReferenceOptions } from "@/lib/data/reference";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));
const actions = vi.hoisted(() => ({ createRequestAction: vi.fn(), searchPeopleAction: vi.fn(), withdrawRequestAction: vi.fn(), removeExclusionAction: vi.fn(), removeConflictAction: vi.fn() }));
vi.mock("@/lib/actions/requests", () => actions);

const options: ReferenceOptions = {
  grades: [{ id: "grade-ct1", name: "Core trainee CT1", rank: 2, code: "CT1" }],
  specialties: [{ id: "spec-old-age", name: "Old Age" }],
  regions: [{ id: "region-wales", name: "Wales" }],
  employers: [],
  developmentAreas: [
    { id: "area-consultant-interview", name: "Consultant interview preparation" },
    { id: "area-leadership", name: "Leadership and management" },
  ],
};
const AIMS = "Prepare for my first consultant interview in the spring.";

beforeEach(() => {
  push.mockReset();
  for (const action of Object.values(actions)) action.mockReset();
});

/** The field's error is its accessible description, it is marked invalid, and the message is announced. */
function expectFieldError(field: HTMLElement, message: string) {
  expect(field).toHaveAttribute("aria-invalid", "true");
  expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
  const id = field.getAttribute("aria-describedby")!.split(" ").find((part) => document.getElementById(part)?.textContent === message);
  expect(id, `an element with the text "${message}" describes the field`).toBeDefined();
  expect(document.getElementById(id!)).toHaveAttribute("role", "alert");
}

describe("the request form", () => {
  it("coaching without a development area: the error is on the area, announced, and nothing is sent", async () => {
    const user = userEvent.setup();
    render(<RequestForm options={options} initialMode="MENTORING" />);
    await user.click(screen.getByRole("radio", { name: /A coach/ }));
    await user.type(screen.getByLabelText("What do you hope to achieve?"), AIMS);
    await user.click(screen.getByRole("button", { name: "Send my request" }));
    expectFieldError(await screen.findByRole("combobox", { name: "Development area" }), "Coaching focuses on one development area: choose it.");
    expect(screen.getByLabelText("What do you hope to achieve?")).not.toHaveAttribute("aria-invalid");
    expect(actions.createRequestAction).not.toHaveBeenCalled();
  });

  it("aims too short: the error is on the text box", async () => {
    const user = userEvent.setup();
    render(<RequestForm options={options} initialMode="MENTORING" />);
    await user.type(screen.getByLabelText("What do you hope to achieve?"), "Help please");
    await user.click(screen.getByRole("button", { name: "Send my request" }));
    expectFieldError(await screen.findByLabelText("What do you hope to achieve?"), "Tell us a little more about what you hope to achieve (at least 20 characters).");
    expect(actions.createRequestAction).not.toHaveBeenCalled();
  });

  it("sends a valid coaching request with the people added as conflicts and exclusions, then opens the request", async () => {
    actions.searchPeopleAction.mockResolvedValue({ ok: true, data: [{ id: "u-1", name: "Dr Olu Other", grade: "CONS", specialty: "Old Age", region: "Wales" }] });
    actions.createRequestAction.mockResolvedValue({ ok: true, data: { id: "req-1" } });
    const user = userEvent.setup();
    render(<RequestForm options={options} initialMode="COACHING" />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Development area" }), "Consultant interview preparation");
    await user.type(screen.getByLabelText("What do you hope to achieve?"), AIMS);
    await user.selectOptions(screen.getByRole("combobox", { name: /I would prefer a mentor or coach who is/ }), "Woman");
    // The people picker: by name only.
    await user.selectOptions(screen.getByLabelText("They are my…"), "Appraiser");
    await user.type(screen.getByLabelText("Find them by name"), "Olu");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(actions.searchPeopleAction).toHaveBeenCalledWith({ query: "Olu" });
    const results = await screen.findByRole("list", { name: "Search results" });
    expect(within(results).getByText(/Dr Olu Other/)).toBeInTheDocument();
    await user.click(within(results).getByRole("button", { name: "Add Dr Olu Other" }));
    await user.click(screen.getByRole("button", { name: "Send my request" }));

    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/requests/req-1?created=1"));
    expect(actions.createRequestAction).toHaveBeenCalledWith({
      mode: "COACHING",
      developmentAreaId: "area-consultant-interview",
      aims: AIMS,
      specialtyPreference: "ANY",
      regionPreference: "ANY",
      meetingMode: "EITHER",
      wantsIndependence: false,
      preferGender: "Woman",
      preferEthnicMinority: false,
      preferImgExperience: false,
      excludedPersonIds: [],
      conflicts: [{ personId: "u-1", kind: "APPRAISER" }],
    });
  });

  it("offers only genders a volunteer can record", () => {
    render(<RequestForm options={options} initialMode="MENTORING" />);
    const select = screen.getByRole("combobox", { name: /I would prefer a mentor or coach who is/ });
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["Any gender", "Woman", "Man", "Non-binary", "Another identity"]);
  });

  it("a second open request: the server's conflict message is announced at the top, and the page stays", async () => {
    actions.createRequestAction.mockResolvedValue({ ok: false, error: { code: "CONFLICT", message: "You already have an open coaching request. Withdraw it first, or wait until it is matched." } });
    const user = userEvent.setup();
    render(<RequestForm options={options} initialMode="COACHING" />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Development area" }), "Leadership and management");
    await user.type(screen.getByLabelText("What do you hope to achieve?"), AIMS);
    await user.click(screen.getByRole("button", { name: "Send my request" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You already have an open coaching request. Withdraw it first, or wait until it is matched.");
    expect(push).not.toHaveBeenCalled();
  });

  it("the server's errors about the people chosen are shown with the people, not lost", async () => {
    actions.createRequestAction.mockResolvedValue({
      ok: false,
      error: { code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: { excludedPersonIds: ["Some of the people you chose could not be found."], developmentAreaId: ["Choose a development area from the list."] } },
    });
    const user = userEvent.setup();
    render(<RequestForm options={options} initialMode="COACHING" />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Development area" }), "Leadership and management");
    await user.type(screen.getByLabelText("What do you hope to achieve?"), AIMS);
    await user.click(screen.getByRole("button", { name: "Send my request" }));
    expectFieldError(await screen.findByRole("combobox", { name: "Development area" }), "Choose a development area from the list.");
    const people = screen.getByRole("group", { name: "Conflicts of interest" });
    expect(people).toHaveAttribute("aria-invalid", "true");
    expect(people).toHaveAccessibleDescription("Some of the people you chose could not be found.");
    expect(within(people).getByRole("alert")).toHaveTextContent("Some of the people you chose could not be found.");
    expect(screen.getByText("Please correct the highlighted fields.")).toBeInTheDocument();
  });
});
