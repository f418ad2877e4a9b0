/**
 * The dashboard's chart and table titles and notes, which its loader translates (app/views/dashboard-
 * tables.server.ts). Never sent to the browser (decision 018).
 */
export const da = {
  "dashboard.perThousandNote": "Pr. 1.000 beboere. Et område uden kendt beboertal vises med —.",
  "dashboard.chart.budgetByFocus": "Budget pr. indsatsområde i hvert boligområde",
  "dashboard.chart.budgetByFocusPer": "Budget pr. indsatsområde pr. 1.000 beboere",
  "dashboard.chart.securedGap": "Sikret finansiering og manglende finansiering pr. boligområde",
  "dashboard.chart.securedGapPer": "Sikret og manglende finansiering pr. 1.000 beboere",
  "dashboard.chart.healthMix": "Vurdering og status pr. boligområde",
  "dashboard.chart.healthMixPer": "Vurdering og status pr. 1.000 beboere",
  "dashboard.chart.greenByQuarter": "Andel grønne aktiviteter pr. kvartal",
  "dashboard.chart.indicators": "Målopfyldelse pr. indsatsområde",
  "dashboard.quarter": "Kvartal",
  "dashboard.allAreas": "Alle områder",
  "dashboard.greenByQuarterNote":
    "Hver aktivitets senest rapporterede vurdering ved kvartalets udgang, blandt aktiviteter, der ikke er afsluttet eller stoppet.",
  "dashboard.averageProgress": "Gennemsnitlig målopfyldelse",
  "dashboard.indicatorsMeasured": "Indikatorer med tal",
  "dashboard.indicatorsMet": "Mål nået",
  "dashboard.indicatorsTotal": "Indikatorer i alt",
  "dashboard.indicatorsNote":
    "Målopfyldelse pr. indikator er (nu − udgangspunkt) ÷ (mål − udgangspunkt), afgrænset til 0–100 %; indikatorer uden tal tæller ikke med i gennemsnittet.",
  "compare.titlePer": "Sammenlign boligområder pr. 1.000 beboere",
  "compare.figure": "Nøgletal",
  "dashboard.quarterLabel": "{year} K{quarter}",
} as const;
