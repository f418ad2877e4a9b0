/** Lists shown a page or a few rows at a time, with a link to the rest (issue 16). */
export const da = {
  "bounded.showing": "Viser {shown} af {total}.",
  "bounded.allCsv": "Hent alle som CSV",
  "bounded.allActivities": "Se alle i aktivitetslisten",
  "bounded.allRanking": "Se hele rangordningen under Finansiering",
  "bounded.allChanges": "Se hver aktivitets historik via aktivitetslisten",
  "bounded.quarterAreas": "Med flere end {limit} boligområder viser grafen alle områder samlet; tallene for hvert område står i CSV-filen.",
} as const;

export const en: Record<keyof typeof da, string> = {
  "bounded.showing": "Showing {shown} of {total}.",
  "bounded.allCsv": "Download all as CSV",
  "bounded.allActivities": "See them all in the activity list",
  "bounded.allRanking": "See the whole ranking under Funding",
  "bounded.allChanges": "See each activity's history from the activity list",
  "bounded.quarterAreas":
    "With more than {limit} housing areas the chart shows all areas together; each area's figures are in the CSV file.",
};
