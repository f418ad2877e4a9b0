import type { da } from "../scale";

/** The English of ../scale.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "bounded.showing": "Showing {shown} of {total}.",
  "bounded.allCsv": "Download all as CSV",
  "bounded.allActivities": "See them all in the activity list",
  "bounded.allRanking": "See the whole ranking under Funding",
  "bounded.allChanges": "See each activity's history from the activity list",
};
