/**
 * The CSV columns of the activity and funding lists, which the server writes. Never sent to the browser
 * (decision 018).
 */
export const da = {
  "csv.id": "id",
  "csv.title": "titel",
  "csv.focus": "indsatsområde",
  "csv.plan": "helhedsplan",
  "csv.areas": "boligområder",
  "csv.status": "status",
  "csv.health": "vurdering",
  "csv.healthReason": "begrundelse",
  "csv.start": "start",
  "csv.end": "slut",
  "csv.budget": "budget_kr",
  "csv.secured": "sikret_kr",
  "csv.gap": "mangler_kr",
  "csv.surplus": "overskud_kr",
  "csv.fundingState": "finansiering",
  "csv.responsible": "ansvarlig",
  "csv.partners": "samarbejdspartnere",
  "csv.flag": "fundraising_prioritet",
  "csv.pipeline": "ansoegt_kr",
} as const;
