/** Lists shown a page or a few rows at a time, with a link to the rest (issue 16). */
export const da = {
  "bounded.showing": "Viser {shown} af {total}.",
  "bounded.allCsv": "Hent alle som CSV",
  "bounded.allActivities": "Se alle i aktivitetslisten",
  "bounded.allRanking": "Se hele rangordningen under Finansiering",
  "bounded.allChanges": "Se hver aktivitets historik via aktivitetslisten",
  "bounded.quarterAreas": "Med flere end {limit} boligområder viser grafen alle områder samlet; tallene for hvert område står i CSV-filen.",
} as const;
