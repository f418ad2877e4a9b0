/** /compare's own words: what an average is taken over, and its plan and period controls. */
export const da = {
  "compare.planPeriod": "Helhedsplan og periode",
  "compare.clearPlanPeriod": "Alle helhedsplaner og hele perioden",
} as const;
