import type { da } from "../../server/scale";

/** The English of ../../server/scale.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "bounded.quarterAreas":
    "With more than {limit} housing areas the chart shows all areas together; each area's figures are in the CSV file.",
};
