import type { da } from "../audit-log";

/** The English of ../audit-log.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "auditEntity.activity": "Activity",
  "auditEntity.indicator": "Indicator",
  "auditEntity.milestone": "Milestone",
  "auditEntity.funding_line": "Funding line",
  "auditEntity.funding_source": "Funding source",
  "auditEntity.fundraising_flag": "Fundraising flag",
  "auditEntity.area": "Housing area",
  "auditEntity.plan": "Plan",
  "auditEntity.user": "User",
  "auditEntity.meeting": "Meeting",
  "auditEntity.agenda_item": "Agenda item",
  "auditEntity.follow_up": "Follow-up",
  "auditEntity.shared_indicator": "Shared indicator",
  "auditEntity.measure": "Statistics measure",
  "auditEntity.statistic": "Area statistic",
  "auditEntity.narrative": "LBF report narrative",

  "audit.col.what": "What",
  "audit.col.changes": "Changed fields",
  "audit.change.field": "Field",
  "audit.change.before": "Before",
  "audit.change.after": "After",
  "audit.change.none": "No field changed.",
};
