/** /compare's own words: what an average is taken over, and its plan and period controls. */
export const da = {
  "compare.progressOf.one": "gennemsnit af {count} indikator",
  "compare.progressOf.other": "gennemsnit af {count} indikatorer",
  "compare.progressOfSome.one": "gennemsnit af {count} indikator med tal, af {total} i alt",
  "compare.progressOfSome.other": "gennemsnit af {count} indikatorer med tal, af {total} i alt",
  "compare.planPeriod": "Helhedsplan og periode",
  "compare.clearPlanPeriod": "Alle helhedsplaner og hele perioden",
} as const;
