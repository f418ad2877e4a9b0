/**
 * The audit log page's own words: its columns and the headings of a change. What each write is called, the
 * things it concerns and their fields are written by the server (server/audit-log.ts).
 */
export const da = {
  "audit.col.what": "Hvad",
  "audit.col.changes": "Ændrede felter",
  "audit.change.field": "Felt",
  "audit.change.before": "Før",
  "audit.change.after": "Efter",
  "audit.change.none": "Ingen felter ændret.",
} as const;
