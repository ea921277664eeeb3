import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import LandingPage from "@/app/(public)/page";

describe("landing page", () => {
  it("explains mentoring and coaching side by side", () => {
    render(<LandingPage />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/mentoring and coaching for psychiatrists/i);
    const table = screen.getByRole("table", { name: /how mentoring and coaching differ/i });
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(["Mentoring", "Coaching"]));
    expect(within(table).getByRole("rowheader", { name: "Length" }).closest("tr")).toHaveTextContent(/18–24 months/);
  });

  it("names peer groups, who can take part, and a way to sign in", () => {
    render(<LandingPage />);
    expect(screen.getByRole("heading", { name: /peer groups/i })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /who can take part/i })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /sign in/i })).toHaveAttribute("href", "/sign-in");
  });
});
