// The profile form as a UI unit: only the server action module is replaced.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ProfileForm } from "@/components/profile/profile-form";
import type { MyProfileDto } from "@/lib/data/profile";
import type { ReferenceOptions } from "@/lib/data/reference";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh }) }));
const actions = vi.hoisted(() => ({ saveProfileAction: vi.fn(), completeOnboardingAction: vi.fn() }));
vi.mock("@/lib/actions/profile", () => actions);

const options: ReferenceOptions = {
  grades: [{ id: "grade-ct1", name: "Core trainee CT1", rank: 2, code: "CT1" }],
  specialties: [{ id: "spec-old-age", name: "Old Age" }],
  regions: [{ id: "region-wales", name: "Wales" }],
  employers: [{ id: "employer-1", name: "Cardiff and Vale University Health Board", regionId: "region-wales" }],
  developmentAreas: [],
};
const profile: MyProfileDto = {
  email: "sam@nhs.example",
  name: "Dr Sam Newcomer",
  careerGradeId: "grade-ct1",
  specialtyId: "spec-old-age",
  regionId: "region-wales",
  employerId: "employer-1",
  employerOther: null,
  interests: ["psychosis"],
  gmcNumber: null,
  bio: null,
  phone: null,
  meetingMode: "EITHER",
  availabilityHoursPerMonth: null,
  preferredTimes: [],
  profileCompleted: true,
};

beforeEach(() => {
  refresh.mockReset();
  actions.saveProfileAction.mockReset();
});

function expectFieldError(field: HTMLElement, message: string) {
  expect(field).toHaveAttribute("aria-invalid", "true");
  expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
  const id = field.getAttribute("aria-describedby")!.split(" ").find((part) => document.getElementById(part)?.textContent === message);
  expect(document.getElementById(id!)).toHaveAttribute("role", "alert");
}

describe("the profile form", () => {
  it("a GMC number that is not 7 digits and a phone without digits are errors on their fields; nothing is sent", async () => {
    const user = userEvent.setup();
    render(<ProfileForm profile={profile} options={options} />);
    await user.type(screen.getByLabelText(/GMC number/), "12345");
    await user.type(screen.getByLabelText(/Phone/), "-------");
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expectFieldError(await screen.findByLabelText(/GMC number/), "A GMC number is 7 digits.");
    expectFieldError(screen.getByLabelText(/Phone/), "Enter a phone number, like 020 7946 0018.");
    expect(actions.saveProfileAction).not.toHaveBeenCalled();
  });

  it("sends the profile as parsed: interests as a list, hours as a number, blanks as null", async () => {
    actions.saveProfileAction.mockResolvedValue({ ok: true, data: undefined });
    const user = userEvent.setup();
    render(<ProfileForm profile={profile} options={options} />);
    const interests = screen.getByLabelText(/Interests/);
    await user.clear(interests);
    await user.type(interests, "psychosis, medical education,");
    await user.type(screen.getByLabelText(/Hours a month/), "4");
    await user.type(screen.getByLabelText(/GMC number/), "1234567");
    await user.click(screen.getByRole("checkbox", { name: "Weekends" }));
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Your profile is saved.");
    expect(actions.saveProfileAction).toHaveBeenCalledWith({
      name: "Dr Sam Newcomer",
      careerGradeId: "grade-ct1",
      specialtyId: "spec-old-age",
      regionId: "region-wales",
      employerId: "employer-1",
      employerOther: null,
      interests: ["psychosis", "medical education"],
      gmcNumber: "1234567",
      bio: null,
      phone: null,
      meetingMode: "EITHER",
      availabilityHoursPerMonth: 4,
      preferredTimes: ["weekends"],
    });
  });

  it("the server's field error (a GMC number in use) lands on the field", async () => {
    actions.saveProfileAction.mockResolvedValue({ ok: false, error: { code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: { gmcNumber: ["Another member already uses this GMC number."] } } });
    const user = userEvent.setup();
    render(<ProfileForm profile={profile} options={options} />);
    await user.type(screen.getByLabelText(/GMC number/), "7654321");
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expectFieldError(await screen.findByLabelText(/GMC number/), "Another member already uses this GMC number.");
  });
});
