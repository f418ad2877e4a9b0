import type { da } from "../compare";

/** The English of ../compare.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "compare.clearPlanPeriod": "All plans and the whole period",
};
