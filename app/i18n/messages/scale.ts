/** Lists shown a page or a few rows at a time, with a link to the rest (issue 16). */
export const da = {
  "bounded.showing": "Viser {shown} af {total}.",
  "bounded.allCsv": "Hent alle som CSV",
  "bounded.allActivities": "Se alle i aktivitetslisten",
  "bounded.allRanking": "Se hele rangordningen under Finansiering",
  "bounded.allChanges": "Se hver aktivitets historik via aktivitetslisten",
} as const;
