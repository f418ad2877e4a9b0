import { eq } from "drizzle-orm";

import { yearOf } from "../app/utils/dates";
import type { Tx } from "./client.server";
import { illustrative } from "./demo-data";
import { areas, areaStatistics, focusAreas, measures, plans, reportNarratives } from "./schema";

/**
 * Area statistics and a report narrative for the demo (issue 14). EVERY FIGURE HERE IS ILLUSTRATIVE: invented,
 * plausible values for the four criteria of almenboligloven § 61 a, for each demo area over the five years
 * before the year the database is seeded. They are not real statistics for these areas, and each one says so
 * as its source (with no date: none was published). Real figures come from the minister's lists of
 * 1 December (almenboligloven § 61 a, stk. 5), computed by Danmarks Statistik, and Landsbyggefonden's data on
 * the housing sections; the pages say so beside the figures, and the README too. "Øvrige boligafdelinger" is a
 * collection of sections, not an area the lists count: no figures.
 */
export const ILLUSTRATIVE_SOURCE = "Illustrativt demotal (ikke et rigtigt tal)";

type Series = [number, number, number, number, number];

/** Per area, per measure code: the five years' values, oldest first. */
const FIGURES: Record<string, Record<string, Series>> = illustrative({
  vollsmose: {
    "uden-for-arbejde": [46.2, 45.1, 43.8, 42.5, 41.3],
    doemte: [262, 241, 228, 205, 193],
    grundskole: [58.4, 57.1, 55.9, 54.2, 53],
    indkomst: [51.8, 52.9, 54.1, 55.3, 56],
  },
  "solbakken-rising": {
    "uden-for-arbejde": [36.4, 35.9, 35.1, 34, 33.2],
    doemte: [172, 168, 160, 155, 149],
    grundskole: [48.1, 47.5, 46.8, 45.9, 45.2],
    indkomst: [59.7, 60.2, 60.9, 61.5, 62.1],
  },
  korsloekken: {
    "uden-for-arbejde": [39.2, 38.1, 36.9, 35.2, 34.1],
    doemte: [214, 205, 196, 181, 170],
    grundskole: [52.3, 51.6, 50.7, 49.8, 48.9],
    indkomst: [56.1, 56.8, 57.6, 58.4, 59.2],
  },
  "skt-klemensparken": {
    "uden-for-arbejde": [31, 30.6, 30.1, 29.4, 28.9],
    doemte: [121, 118, 116, 112, 109],
    grundskole: [41.2, 40.8, 40.1, 39.6, 39],
    indkomst: [65.8, 66.1, 66.5, 66.9, 67.3],
  },
  ejerslykke: {
    "uden-for-arbejde": [35.3, 34.8, 34, 33.1, 32.4],
    doemte: [158, 154, 149, 143, 138],
    grundskole: [47, 46.4, 45.7, 44.9, 44.1],
    indkomst: [60.8, 61.2, 61.9, 62.4, 63],
  },
});

/** The narrative of the current Vollsmose plan's report for this year, employment (illustrative wording). */
const NARRATIVE = illustrative({
  plan: "vollsmose-current",
  focus: "employment" as const,
  text: "Beskæftigelsesindsatsen har i år nået flere beboere end sidste år. Fritidsjobrådgivningen har overgået sit mål for unge i fritidsjob, mens beskæftigelsesmentorerne har fået færre henvisninger fra jobcentret end ventet; en ny aftale om henvisninger drøftes med Jobcenter Odense.\n\nAndelen af beboere uden for arbejdsmarked og uddannelse er faldet, men ligger stadig over lovens grænse på 40 pct.",
});

export function seedDemoStatistics(tx: Tx, today: string): void {
  const lastYear = yearOf(today) - 1;
  const measureId = new Map(
    tx
      .select({ id: measures.id, code: measures.code })
      .from(measures)
      .all()
      .map((m) => [m.code, m.id]),
  );
  const rows = Object.entries(FIGURES).flatMap(([slug, byMeasure]) => {
    const area = tx.select({ id: areas.id }).from(areas).where(eq(areas.slug, slug)).get();
    if (!area) throw new Error(`Demo statistics for "${slug}", which the demo data does not have`);
    return Object.entries(byMeasure).flatMap(([code, series]) => {
      const id = measureId.get(code);
      if (id === undefined) throw new Error(`Demo statistics for the measure "${code}", which the reference data does not have`);
      return series.map((value, i) => {
        const year = lastYear - (series.length - 1 - i);
        return { areaId: area.id, measureId: id, year, value, source: ILLUSTRATIVE_SOURCE, sourceDate: null };
      });
    });
  });
  tx.insert(areaStatistics).values(rows).run();

  const plan = tx.select({ id: plans.id }).from(plans).where(eq(plans.slug, NARRATIVE.plan)).get();
  const focus = tx.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.code, NARRATIVE.focus)).get();
  if (!plan || !focus) throw new Error("Demo narrative for a plan or focus area the demo data does not have");
  tx.insert(reportNarratives)
    .values({ planId: plan.id, year: yearOf(today), focusAreaId: focus.id, text: NARRATIVE.text })
    .run();
}
