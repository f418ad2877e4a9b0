/**
 * The note on a chart bounded to some areas, which the dashboard's loader writes. Never sent to the browser
 * (decision 018).
 */
export const da = {
  "bounded.quarterAreas": "Med flere end {limit} boligområder viser grafen alle områder samlet; tallene for hvert område står i CSV-filen.",
} as const;
