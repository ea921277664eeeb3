// The equality form as a UI unit: only the server action module is replaced.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { EqualityForm } from "@/components/equality/equality-form";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh }) }));
const actions = vi.hoisted(() => ({ saveEqualityAction: vi.fn(), withdrawEqualityAction: vi.fn() }));
vi.mock("@/lib/actions/equality", () => actions);

beforeEach(() => {
  refresh.mockReset();
  actions.saveEqualityAction.mockReset();
  actions.withdrawEqualityAction.mockReset();
});

describe("the equality form", () => {
  it("without the consent box ticked: the error is tied to the box, announced, and nothing is sent", async () => {
    const user = userEvent.setup();
    render(<EqualityForm current={null} />);
    await user.selectOptions(screen.getByLabelText(/Gender/), "Woman");
    await user.click(screen.getByRole("button", { name: "Save answers" }));
    const consent = await screen.findByRole("checkbox", { name: /I consent/ });
    await vi.waitFor(() => expect(consent).toHaveAttribute("aria-invalid", "true"));
    expect(consent).toHaveAccessibleDescription("Tick the box to consent, or leave this page: answering is optional.");
    expect(screen.getByRole("alert")).toHaveTextContent("Tick the box to consent, or leave this page: answering is optional.");
    expect(actions.saveEqualityAction).not.toHaveBeenCalled();
    // No withdrawal offered when nothing is stored.
    expect(screen.queryByRole("button", { name: /Withdraw consent/ })).not.toBeInTheDocument();
  });

  it("with consent, sends the answers as choices", async () => {
    actions.saveEqualityAction.mockResolvedValue({ ok: true, data: undefined });
    const user = userEvent.setup();
    render(<EqualityForm current={null} />);
    await user.selectOptions(screen.getByLabelText(/Gender/), "Non-binary");
    await user.click(screen.getByRole("group", { name: "Are you an international medical graduate (IMG)?" }).querySelector("input[value=yes]")!);
    await user.click(screen.getByRole("checkbox", { name: /I consent/ }));
    await user.click(screen.getByRole("button", { name: "Save answers" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Thank you. Your answers are saved.");
    expect(actions.saveEqualityAction).toHaveBeenCalledWith({ consent: true, gender: "Non-binary", ethnicity: null, ethnicMinority: "unsaid", imgStatus: "yes", disability: "unsaid" });
  });

  it("withdrawal deletes the answers and clears the form", async () => {
    actions.withdrawEqualityAction.mockResolvedValue({ ok: true, data: undefined });
    const user = userEvent.setup();
    render(<EqualityForm current={{ consentedAt: new Date("2026-01-01T12:00:00Z"), gender: "Woman", ethnicity: "British Indian", ethnicMinority: true, imgStatus: false, disability: null }} />);
    expect(screen.getByLabelText(/Ethnicity/)).toHaveValue("British Indian");
    await user.click(screen.getByRole("button", { name: "Withdraw consent and delete my answers" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Consent withdrawn. Your answers have been deleted.");
    expect(actions.withdrawEqualityAction).toHaveBeenCalledWith();
    expect(screen.getByLabelText(/Ethnicity/)).toHaveValue("");
    expect(screen.getByLabelText(/Gender/)).toHaveValue("");
    expect(screen.getByRole("checkbox", { name: /I consent/ })).not.toBeChecked();
  });
});
