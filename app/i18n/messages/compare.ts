/** /compare's own words: what an average is taken over, and its plan and period controls. */
export const da = {
  "compare.clearPlanPeriod": "Alle helhedsplaner og hele perioden",
} as const;
