// Where a page of a long list starts and how many pages there are, shared by the lead's lists.

export interface PageInfo {
  /** 1-based, within 1..pageCount. */
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
}

/** A requested page clamped to the pages that exist: a link can go stale as the list changes. */
export function pageOf(requested: number | undefined, total: number, pageSize: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(1, Math.floor(requested ?? 1)), pageCount), pageCount, total, pageSize };
}

/** Prisma's skip/take for a page. */
export function pageWindow(info: PageInfo): { skip: number; take: number } {
  return { skip: (info.page - 1) * info.pageSize, take: info.pageSize };
}
