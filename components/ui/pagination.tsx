import Link from "next/link";
import { formatNumber } from "@/lib/format";

/**
 * Previous / next links for a long list, with where the reader is ("Showing 51–100 of 7,748").
 * Server-rendered links, so it works without JavaScript and each page has its own address.
 */
export function Pagination({
  label,
  page,
  pageCount,
  total,
  pageSize,
  hrefFor,
}: {
  /** Names the navigation landmark, e.g. "Pages of proposed pairs". */
  label: string;
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const link = "text-brand-700 underline underline-offset-4 hover:text-brand-800";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p>
        Showing {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)}
        {pageCount > 1 && ` · page ${formatNumber(page)} of ${formatNumber(pageCount)}`}
      </p>
      {pageCount > 1 && (
        <ul className="flex flex-wrap gap-4">
          {page > 1 && (
            <>
              <li><Link className={link} href={hrefFor(1)}>First page</Link></li>
              <li><Link className={link} href={hrefFor(page - 1)} rel="prev">Previous page</Link></li>
            </>
          )}
          {page < pageCount && (
            <>
              <li><Link className={link} href={hrefFor(page + 1)} rel="next">Next page</Link></li>
              <li><Link className={link} href={hrefFor(pageCount)}>Last page</Link></li>
            </>
          )}
        </ul>
      )}
    </nav>
  );
}
