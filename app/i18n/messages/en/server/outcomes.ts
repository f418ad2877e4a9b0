import type { da } from "../../server/outcomes";

/** The English of ../../server/outcomes.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "statistics.year": "Year",
  "outcomes.sharedNotePer":
    "Per 1,000 residents. The sum of the activities' indicators linked to a shared indicator; an activity in several areas splits its figures evenly between them. An area without a known number of residents shows —.",
  "outcomes.sharedTitle": "Shared indicators by area",
  "outcomes.sharedTitlePer": "Shared indicators per 1,000 residents",
  "outcomes.activitiesReporting": "{name}: activities reporting",
  "outcomes.trendTitle": "{measure} year by year ({unit})",
  "outcomes.trendThreshold": "The criterion's threshold: {threshold} ({source}).",
  "lbf.col.indicators": "Indicators",
  "lbf.col.measured": "Measured",
  "lbf.col.met": "Met",
  "lbf.col.localYear": "Local co-financing {year}",
  "lbf.col.goalMet": "Target met",
  "lbf.col.healthReason": "Reason",
  "lbf.col.reportedOn": "Latest status",
  "lbf.col.milestone": "Milestone",
  "lbf.col.dueOn": "Due",
  "lbf.col.doneOn": "Met",
  "lbf.col.outcome": "Outcome",
  "lbf.outcome.met": "Met",
  "lbf.outcome.late": "Met late",
  "lbf.outcome.missed": "Not met in time",
  "lbf.sheet.summary": "Overview",
  "lbf.sheet.activities": "Activities",
  "lbf.sheet.indicators": "Indicators",
  "lbf.sheet.milestones": "Milestones",
  "lbf.sheet.funding": "Funding",
  "lbf.sheet.narratives": "Narratives",
};
