/**
 * The LBF report's workbook (its sheets and columns) and the outcome charts' titles, which the server
 * writes. Never sent to the browser (decision 018).
 */
export const da = {
  "statistics.year": "År",
  "outcomes.sharedNotePer":
    "Pr. 1.000 beboere. Summen af aktiviteternes indikatorer, der er knyttet til en fælles indikator; en aktivitet i flere områder deler sine tal ligeligt mellem dem. Et område uden kendt beboertal vises med —.",
  "outcomes.sharedTitle": "Fælles indikatorer pr. område",
  "outcomes.sharedTitlePer": "Fælles indikatorer pr. 1.000 beboere",
  "outcomes.activitiesReporting": "{name}: aktiviteter, der indberetter",
  "outcomes.trendTitle": "{measure} år for år ({unit})",
  "outcomes.trendThreshold": "Kriteriets grænse: {threshold} ({source}).",
  "lbf.col.indicators": "Indikatorer",
  "lbf.col.measured": "Målt",
  "lbf.col.met": "Nået",
  "lbf.col.localYear": "Lokal medfinansiering {year}",
  "lbf.col.goalMet": "Mål nået",
  "lbf.col.healthReason": "Begrundelse",
  "lbf.col.reportedOn": "Seneste status",
  "lbf.col.milestone": "Milepæl",
  "lbf.col.dueOn": "Frist",
  "lbf.col.doneOn": "Nået",
  "lbf.col.outcome": "Resultat",
  "lbf.outcome.met": "Nået",
  "lbf.outcome.late": "Nået for sent",
  "lbf.outcome.missed": "Ikke nået til tiden",
  "lbf.sheet.summary": "Overblik",
  "lbf.sheet.activities": "Aktiviteter",
  "lbf.sheet.indicators": "Indikatorer",
  "lbf.sheet.milestones": "Milepæle",
  "lbf.sheet.funding": "Finansiering",
  "lbf.sheet.narratives": "Fortællinger",
} as const;
