/**
 * Reference data every database holds, demo or real: LBF's four focus areas for the 2019–26 plans and the
 * cross-cutting area for organisation-wide work, and the four criteria of almenboligloven § 61 a as measures
 * of area statistics. They are fixed by Landsbyggefonden and the law, not by users, so a database started with
 * SEED=none has them too (nothing else: areas, plans and activities are made in the app). An administrator may
 * change a measure afterwards (a later start leaves it as they left it).
 */
import type { FocusAreaCode, IndicatorDirection } from "../app/domain/constants";
import type { DbOrTx } from "./client.server";
import { focusAreas, measures } from "./schema";

const FOCUS_AREAS: { code: FocusAreaCode; nameDa: string; nameEn: string; sortOrder: number }[] = [
  { code: "education", nameDa: "Uddannelse og livschancer", nameEn: "Education and life chances", sortOrder: 1 },
  { code: "employment", nameDa: "Beskæftigelse", nameEn: "Employment", sortOrder: 2 },
  { code: "cohesion", nameDa: "Sammenhængskraft og medborgerskab", nameEn: "Cohesion and citizenship", sortOrder: 3 },
  { code: "crime", nameDa: "Kriminalitetsforebyggelse", nameEn: "Crime prevention", sortOrder: 4 },
  { code: "crosscutting", nameDa: "Tværgående indsatser", nameEn: "Cross-cutting work", sortOrder: 5 },
];

/**
 * The four criteria of almenboligloven § 61 a, stk. 1 (lovbekendtgørelse nr. 1171 af 11. november 2024), as
 * measures: an area with at least 1,000 residents that meets two of them is an "udsat boligområde" (stk. 3).
 * Thresholds and wording as in the act; convictions and income are expressed in per cent of the national and
 * regional level, so that every figure is a percentage. The law counts the first two as the average of the
 * latest two years: the value for a year here is the figure the source gives for that year. The minister
 * publishes the lists and their figures on 1 December each year (§ 61 a, stk. 5), computed by Danmarks
 * Statistik. (The looser thresholds of a "forebyggelsesområde", § 61 b, are not encoded.)
 */
const STATUTORY_MEASURES: {
  code: string;
  nameDa: string;
  nameEn: string;
  unit: string;
  direction: IndicatorDirection;
  threshold: number;
  thresholdInclusive: boolean;
  thresholdSource: string;
  descriptionDa: string;
  descriptionEn: string;
  sortOrder: number;
}[] = [
  {
    code: "uden-for-arbejde",
    nameDa: "Uden for arbejdsmarked og uddannelse (18–64 år)",
    nameEn: "Outside work and education (aged 18–64)",
    unit: "%",
    direction: "lower",
    threshold: 40,
    thresholdInclusive: false,
    thresholdSource: "Almenboligloven § 61 a, stk. 1, nr. 1",
    descriptionDa:
      "Andelen af beboere i alderen 18–64 år uden tilknytning til arbejdsmarked eller uddannelse. Kriteriet er opfyldt, når andelen overstiger 40 pct. (loven opgør det som gennemsnittet over de seneste 2 år).",
    descriptionEn:
      "The share of residents aged 18–64 with no attachment to work or education. The criterion is met when the share exceeds 40 per cent (the act counts the average of the latest two years).",
    sortOrder: 1,
  },
  {
    code: "doemte",
    nameDa: "Dømte i forhold til landsgennemsnittet",
    nameEn: "Convictions against the national level",
    unit: "%",
    direction: "lower",
    threshold: 300,
    thresholdInclusive: true,
    thresholdSource: "Almenboligloven § 61 a, stk. 1, nr. 2",
    descriptionDa:
      "Andelen af beboere dømt for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer, i procent af landsgennemsnittet (300 % er tre gange landsgennemsnittet). Kriteriet er opfyldt ved mindst tre gange landsgennemsnittet (gennemsnittet over de seneste 2 år).",
    descriptionEn:
      "The share of residents convicted under the criminal code, the weapons act or the euphoriant substances act, in per cent of the national average (300 % is three times the national average). The criterion is met at three times the national average or more (the average of the latest two years).",
    sortOrder: 2,
  },
  {
    code: "grundskole",
    nameDa: "Alene grundskole (30–59 år)",
    nameEn: "Basic schooling only (aged 30–59)",
    unit: "%",
    direction: "lower",
    threshold: 60,
    thresholdInclusive: false,
    thresholdSource: "Almenboligloven § 61 a, stk. 1, nr. 3",
    descriptionDa:
      "Andelen af beboere i alderen 30–59 år, der alene har en grundskoleuddannelse. Kriteriet er opfyldt, når andelen overstiger 60 pct.",
    descriptionEn:
      "The share of residents aged 30–59 whose only education is basic schooling. The criterion is met when the share exceeds 60 per cent.",
    sortOrder: 3,
  },
  {
    code: "indkomst",
    nameDa: "Gennemsnitlig bruttoindkomst i forhold til regionen",
    nameEn: "Average gross income against the region",
    unit: "%",
    direction: "higher",
    threshold: 55,
    thresholdInclusive: false,
    thresholdSource: "Almenboligloven § 61 a, stk. 1, nr. 4",
    descriptionDa:
      "Den gennemsnitlige bruttoindkomst for skattepligtige beboere i alderen 15–64 år (uden uddannelsessøgende) i procent af gennemsnittet for samme gruppe i regionen. Kriteriet er opfyldt, når den er mindre end 55 pct.",
    descriptionEn:
      "The average gross income of taxpaying residents aged 15–64 (students excluded), in per cent of the average for the same group in the region. The criterion is met when it is less than 55 per cent.",
    sortOrder: 4,
  },
];

/** Inserts the focus areas and statutory measures a database lacks; those it has are left as they are. */
export function ensureReferenceData(db: DbOrTx): void {
  db.insert(focusAreas).values(FOCUS_AREAS).onConflictDoNothing({ target: focusAreas.code }).run();
  db.insert(measures).values(STATUTORY_MEASURES).onConflictDoNothing({ target: measures.code }).run();
}
