import { getDb } from "../../db/client.server";
import type { IndicatorDirection } from "../domain/constants";
import { perThousand } from "../domain/rates";
import { meetsCriterion, statisticTrend } from "../domain/statistics";
import { formatMeasure } from "../i18n/format";
import type { Lang } from "../i18n/i18n";
import { serverTranslator } from "../i18n/server-words.server";
import type { DashboardFilters } from "../models/dashboard.server";
import { cachedUntilWrite } from "../models/figures-cache.server";
import { type SharedOutcome, sharedOutcomes } from "../models/shared-indicator.server";
import { listMeasures, type MeasureRecord, statisticsOfAreas, type StatisticValue } from "../models/statistics.server";
import type { IgnoredFilter } from "../utils/filters";
import type { FigureTable } from "./dashboard-tables.server";

/**
 * Outcomes where the board looks (issue 14): the areas' statistics (each figure with its source and year) and
 * the activities' shared indicators added up per area, for /areas/:slug, /compare and /dashboard.
 */
type MeasureView = {
  code: string;
  name: string;
  description: string;
  unit: string;
  direction: IndicatorDirection;
  threshold: number | null;
  thresholdInclusive: boolean;
  thresholdSource: string;
};

type FigureView = { year: number; value: number; source: string; sourceDate: string | null; meets: boolean | null };

function measureView(m: MeasureRecord, lang: Lang): MeasureView {
  return {
    code: m.code,
    name: lang === "da" ? m.nameDa : m.nameEn,
    description: lang === "da" ? m.descriptionDa : m.descriptionEn,
    unit: m.unit,
    direction: m.direction,
    threshold: m.threshold,
    thresholdInclusive: m.thresholdInclusive,
    thresholdSource: m.thresholdSource,
  };
}

function figureView(m: MeasureRecord, v: StatisticValue): FigureView {
  return {
    year: v.year,
    value: v.value,
    source: v.source,
    sourceDate: v.sourceDate,
    meets: meetsCriterion(v.value, { threshold: m.threshold, inclusive: m.thresholdInclusive, direction: m.direction }),
  };
}

export type AreaMeasure = {
  measure: MeasureView;
  /** Oldest year first. */
  figures: FigureView[];
  latest: FigureView | null;
  trend: { first: FigureView; change: number; better: boolean | null } | null;
};

/** `/areas/:slug`: every measure with the area's figures, the latest one, and the trend since the first. */
export function areaStatistics(slug: string, lang: Lang): { measures: AreaMeasure[]; years: number[] } {
  const { measures, values } = statisticsOfAreas([slug]);
  const rows = measures.map((m): AreaMeasure => {
    const figures = values.filter((v) => v.measureId === m.id).map((v) => figureView(m, v));
    const trend = statisticTrend(figures, m.direction);
    return {
      measure: measureView(m, lang),
      figures,
      latest: figures[figures.length - 1] ?? null,
      trend: trend && figures[0] ? { first: figures[0], change: trend.change, better: trend.better } : null,
    };
  });
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  return { measures: rows.filter((r) => r.figures.length > 0 || r.measure.threshold !== null), years };
}

export type CompareStatistics = {
  /** The years any chosen area has figures for, newest first. */
  years: number[];
  /** The year shown: the one asked for, else the latest with figures. */
  year: number | null;
  rows: { measure: MeasureView; cells: Record<string, FigureView | null> }[];
};

/**
 * `/compare`: the measures side by side for the chosen areas and a year (`?year=`; by default the latest year
 * with figures). A year with no figures for these areas is ignored, with a notice.
 */
export function compareStatistics(
  areaSlugs: readonly string[],
  yearParam: string | null,
  lang: Lang,
  ignored: IgnoredFilter[],
): CompareStatistics {
  const { measures, values } = statisticsOfAreas(areaSlugs);
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => b - a);
  let year = years[0] ?? null;
  if (yearParam !== null && yearParam !== "") {
    const asked = Number(yearParam);
    if (/^\d{4}$/.test(yearParam) && years.includes(asked)) year = asked;
    else ignored.push({ param: "year", value: yearParam.slice(0, 60) });
  }
  const rows = measures.map((m) => ({
    measure: measureView(m, lang),
    cells: Object.fromEntries(
      areaSlugs.map((slug) => {
        const v = values.find((x) => x.measureId === m.id && x.area === slug && x.year === year);
        return [slug, v ? figureView(m, v) : null];
      }),
    ),
  }));
  return { years, year, rows };
}

/** Which measure a chart shows (`?measure=<code>`): a known one, else the first; an unknown one is ignored, with a notice. */
export function chosenMeasure(param: string | null, ignored: IgnoredFilter[]): MeasureRecord | null {
  const { measures } = statisticsOfAreas([]);
  const asked = param ? measures.find((m) => m.code === param) : undefined;
  if (param && !asked) ignored.push({ param: "measure", value: param.slice(0, 60) });
  return asked ?? measures[0] ?? null;
}

/**
 * A measure's figures over the years for some areas, as a chart table (a row per year, a column per area with
 * figures), and the distinct sources of the figures, for "Kilde: …" under the chart.
 */
export function measureTrendTable(
  measure: MeasureRecord,
  areas: readonly { slug: string; name: string }[],
  lang: Lang,
): { table: FigureTable; sources: string[] } {
  const { t } = serverTranslator(lang);
  const { values } = statisticsOfAreas(areas.map((a) => a.slug));
  const mine = values.filter((v) => v.measureId === measure.id);
  const withFigures = areas.filter((a) => mine.some((v) => v.area === a.slug));
  const years = [...new Set(mine.map((v) => v.year))].sort((a, b) => a - b);
  const name = lang === "da" ? measure.nameDa : measure.nameEn;
  return {
    table: {
      id: "measure-trend",
      title: t("outcomes.trendTitle", { measure: name, unit: measure.unit }),
      rowHeader: t("statistics.year"),
      columns: withFigures.map((a) => ({ key: a.slug, label: a.name, kind: "rate" })),
      rows: years.map((year) => ({
        key: String(year),
        label: String(year),
        cells: Object.fromEntries(
          withFigures.map((a) => [a.slug, { value: mine.find((v) => v.area === a.slug && v.year === year)?.value ?? null }]),
        ),
      })),
      note:
        measure.threshold === null
          ? undefined
          : t("outcomes.trendThreshold", {
              threshold: formatMeasure(lang, measure.threshold, measure.unit),
              source: measure.thresholdSource,
            }),
    },
    sources: [...new Set(mine.map((v) => v.source))].sort(),
  };
}

export type SharedOutcomeView = {
  id: number;
  name: string;
  unit: string;
  focus: string;
  cells: Record<string, { total: number; perThousand: number | null; activities: number; reporting: number } | null>;
};

/** The shared indicators for the chosen areas, with totals, rates per 1,000 residents and how many activities report. */
export function sharedOutcomeViews(
  filters: DashboardFilters,
  areas: readonly { slug: string; residents: number | null }[],
  lang: Lang,
): SharedOutcomeView[] {
  return sharedOutcomes(filters).map((o) => ({
    id: o.id,
    name: lang === "da" ? o.nameDa : o.nameEn,
    unit: o.unit,
    focus: o.focus,
    cells: Object.fromEntries(
      areas.map((a) => {
        const cell = o.byArea[a.slug];
        return [a.slug, cell ? { ...cell, perThousand: perThousand(cell.total, a.residents) } : null];
      }),
    ),
  }));
}

/**
 * The dashboard's chart of shared indicators: a row per area, per shared indicator a column of its total (or
 * rate per 1,000 residents) and one of how many activities report it.
 */
function sharedOutcomesTable(
  outcomes: readonly SharedOutcome[],
  areas: readonly { slug: string; name: string; residents: number | null }[],
  per1000: boolean,
  lang: Lang,
): FigureTable {
  const { t } = serverTranslator(lang);
  const name = (o: SharedOutcome) => (lang === "da" ? o.nameDa : o.nameEn);
  return {
    id: "shared-outcomes",
    title: t(per1000 ? "outcomes.sharedTitlePer" : "outcomes.sharedTitle"),
    rowHeader: t("col.area"),
    columns: outcomes.flatMap((o) => [
      { key: `s${o.id}`, label: `${name(o)} (${o.unit})`, kind: "rate" as const },
      { key: `s${o.id}-activities`, label: t("outcomes.activitiesReporting", { name: name(o) }), kind: "count" as const },
    ]),
    rows: areas.map((a) => ({
      key: a.slug,
      label: a.name,
      href: `/areas/${a.slug}`,
      cells: Object.fromEntries(
        outcomes.flatMap((o) => {
          const cell = o.byArea[a.slug];
          const total = cell?.total ?? 0;
          return [
            [`s${o.id}`, { value: per1000 ? perThousand(total, a.residents) : total }],
            [`s${o.id}-activities`, { value: cell?.reporting ?? 0 }],
          ];
        }),
      ),
    })),
    note: t(per1000 ? "outcomes.sharedNotePer" : "outcomes.sharedNote"),
  };
}

export const OUTCOME_CHART_IDS = ["shared-outcomes", "measure-trend"] as const;
export type OutcomeChartId = (typeof OUTCOME_CHART_IDS)[number];

/**
 * The dashboard's outcome charts for its filters: the shared indicators per area (rates per 1,000 residents
 * with `per=1000`) and a measure's trend (`measure`) for the same areas, with the trend's sources, and the
 * measures to choose from. Cached until the next write, as the dashboard's other figures are: they were a
 * tenth of a dashboard request, run afresh each time. An unknown `measure` is reported in `ignored` either way.
 */
export function outcomeCharts(
  url: URL,
  filters: DashboardFilters & { per1000: boolean },
  areas: readonly { slug: string; name: string; residents: number | null }[],
  lang: Lang,
  ignored: IgnoredFilter[],
) {
  const param = url.searchParams.get("measure");
  const key = JSON.stringify(["outcomeCharts", filters, param?.slice(0, 100) ?? null, areas.map((a) => a.slug), lang]);
  const { charts, unknown } = cachedUntilWrite(getDb(), key, () => {
    const unknown: IgnoredFilter[] = [];
    const outcomes = sharedOutcomes(filters);
    const measure = chosenMeasure(param, unknown);
    const trend = measure ? measureTrendTable(measure, areas, lang) : null;
    const charts = {
      shared: outcomes.length > 0 ? sharedOutcomesTable(outcomes, areas, filters.per1000, lang) : null,
      sharedSeries: outcomes.map((o) => `s${o.id}`),
      measure: measure?.code ?? null,
      trend: trend && trend.table.columns.length > 0 ? trend : null,
      measures: listMeasures().map((m) => ({ code: m.code, nameDa: m.nameDa, nameEn: m.nameEn })),
    };
    return { charts, unknown };
  });
  ignored.push(...unknown);
  return charts;
}
