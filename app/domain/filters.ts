/**
 * What a list of activities is narrowed to: typed filters, as the models take them. Routes read them from
 * URLs (app/utils/filters.ts); dashboards link to the list with them, so the names stay stable.
 */
import type { ActivityStatus, FundingState, Health } from "./constants";

/** Rows per page of the activity list. */
export const PAGE_SIZE = 50;

/** The `/activities` filters (also `/activities.csv`). */
export type ActivityFilters = {
  areas: string[];
  focus: string[];
  statuses: ActivityStatus[];
  health: Health[];
  funding: FundingState[];
  plans: string[];
  q: string;
  /** Only activities with an open fundraising flag. */
  flagged: boolean;
  /** Only activities whose own period overlaps this one (ISO dates); dashboards link here with it. */
  from: string | null;
  to: string | null;
  page: number;
};
