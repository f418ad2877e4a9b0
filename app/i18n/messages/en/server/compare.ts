import type { da } from "../../server/compare";

/** The English of ../../server/compare.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "compare.progressOf.one": "average of {count} indicator",
  "compare.progressOf.other": "average of {count} indicators",
  "compare.progressOfSome.one": "average of {count} indicator with figures, of {total} in all",
  "compare.progressOfSome.other": "average of {count} indicators with figures, of {total} in all",
};
