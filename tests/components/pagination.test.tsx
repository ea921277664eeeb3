import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/ui/pagination";

const hrefFor = (page: number) => `/list?page=${page}`;

describe("pagination", () => {
  it("says where the reader is and links to the pages around it", () => {
    render(<Pagination label="Pages of pairs" page={2} pageCount={3} total={7748} pageSize={50} hrefFor={hrefFor} />);
    const nav = screen.getByRole("navigation", { name: "Pages of pairs" });
    expect(nav).toHaveTextContent("Showing 51–100 of 7,748 · page 2 of 3");
    const links = within(nav).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["First page", "/list?page=1"],
      ["Previous page", "/list?page=1"],
      ["Next page", "/list?page=3"],
      ["Last page", "/list?page=3"],
    ]);
  });

  it("offers no way back on the first page and no way on at the last", () => {
    const { rerender } = render(<Pagination label="Pages" page={1} pageCount={3} total={120} pageSize={50} hrefFor={hrefFor} />);
    expect(screen.queryByRole("link", { name: "Previous page" })).toBeNull();
    expect(screen.getByRole("link", { name: "Next page" })).toBeInTheDocument();
    rerender(<Pagination label="Pages" page={3} pageCount={3} total={120} pageSize={50} hrefFor={hrefFor} />);
    expect(screen.getByRole("navigation")).toHaveTextContent("Showing 101–120 of 120");
    expect(screen.queryByRole("link", { name: "Next page" })).toBeNull();
  });

  it("shows only the count for one page, and nothing for an empty list", () => {
    const { rerender, container } = render(<Pagination label="Pages" page={1} pageCount={1} total={7} pageSize={50} hrefFor={hrefFor} />);
    expect(screen.getByRole("navigation")).toHaveTextContent(/^Showing 1–7 of 7$/);
    expect(screen.queryAllByRole("link")).toEqual([]);
    rerender(<Pagination label="Pages" page={1} pageCount={1} total={0} pageSize={50} hrefFor={hrefFor} />);
    expect(container).toBeEmptyDOMElement();
  });
});
