import type { da } from "../../server/portfolio";

/** The English of ../../server/portfolio.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "csv.id": "id",
  "csv.title": "title",
  "csv.focus": "focus_area",
  "csv.plan": "plan",
  "csv.areas": "housing_areas",
  "csv.status": "status",
  "csv.health": "health",
  "csv.healthReason": "health_reason",
  "csv.start": "start",
  "csv.end": "end",
  "csv.budget": "budget_dkk",
  "csv.secured": "secured_dkk",
  "csv.gap": "gap_dkk",
  "csv.surplus": "surplus_dkk",
  "csv.fundingState": "funding_state",
  "csv.responsible": "responsible",
  "csv.partners": "partners",
  "csv.flag": "fundraising_priority",
  "csv.pipeline": "applied_dkk",
};
