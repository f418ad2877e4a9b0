/** The words of ../scale.ts that only the server writes (downloads, audit descriptions, import findings): never sent to the browser. */
export const da = {
  "bounded.quarterAreas": "Med flere end {limit} boligområder viser grafen alle områder samlet; tallene for hvert område står i CSV-filen.",
} as const;
