import type { da } from "../audit-log";

/** The English of ../audit-log.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "audit.col.what": "What",
  "audit.col.changes": "Changed fields",
  "audit.change.field": "Field",
  "audit.change.before": "Before",
  "audit.change.after": "After",
  "audit.change.none": "No field changed.",
};
