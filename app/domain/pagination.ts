/**
 * Lists that grow with the portfolio are shown a page or a few rows at a time, with a link to the rest
 * (docs/decisions/016-fast-at-national-scale.md). Pure helpers, so the rule is the same everywhere.
 */

export type Page<T> = { rows: T[]; page: number; pageCount: number; total: number };

/** One page of a list; a page past the end shows the last page, a page before the start the first. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pageCount, total: rows.length };
}

export type Bounded<T> = { rows: T[]; total: number };

/** The first `limit` rows and how many there are in all, for a list that links to the rest. */
export function bounded<T>(rows: readonly T[], limit: number): Bounded<T> {
  return { rows: rows.slice(0, limit), total: rows.length };
}

/** Whether a URL parameter is a page number: a whole number from 1. */
export function isPageNumber(value: string): boolean {
  return /^\d{1,6}$/.test(value) && Number(value) >= 1;
}

/** A page number from a URL parameter: a whole number from 1, else 1. */
export function pageParam(value: string | null): number {
  return value !== null && isPageNumber(value) ? Number(value) : 1;
}
