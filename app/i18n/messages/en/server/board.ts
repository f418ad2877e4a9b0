import type { da } from "../../server/board";

/** The English of ../../server/board.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "dashboard.perThousandNote": "Per 1,000 residents. An area without a known resident count shows —.",
  "dashboard.chart.budgetByFocus": "Budget by focus area in each housing area",
  "dashboard.chart.budgetByFocusPer": "Budget by focus area per 1,000 residents",
  "dashboard.chart.securedGap": "Secured and missing funding by housing area",
  "dashboard.chart.securedGapPer": "Secured and missing funding per 1,000 residents",
  "dashboard.chart.healthMix": "Health and status by housing area",
  "dashboard.chart.healthMixPer": "Health and status per 1,000 residents",
  "dashboard.chart.greenByQuarter": "Share of green activities by quarter",
  "dashboard.chart.indicators": "Goal achievement by focus area",
  "dashboard.quarter": "Quarter",
  "dashboard.allAreas": "All areas",
  "dashboard.greenByQuarterNote":
    "Each activity's latest reported health at the end of the quarter, among activities not completed or stopped.",
  "dashboard.averageProgress": "Average goal achievement",
  "dashboard.indicatorsMeasured": "Indicators with figures",
  "dashboard.indicatorsMet": "Targets met",
  "dashboard.indicatorsTotal": "Indicators in all",
  "dashboard.indicatorsNote":
    "Achievement per indicator is (now − baseline) ÷ (target − baseline), clamped to 0–100 %; indicators without figures are left out of the average.",
  "compare.titlePer": "Compare housing areas per 1,000 residents",
  "compare.figure": "Figure",
  "dashboard.quarterLabel": "{year} Q{quarter}",
};
