import { perThousand } from "../domain/rates";
import type { Lang } from "../i18n/i18n";
import { serverTranslator } from "../i18n/server-words.server";
import type { Dashboard, DashboardFilters } from "../models/dashboard.server";
import { filtersToSearch } from "../utils/filters";

/**
 * Every chart's figures as a plain table, built once on the server: the page renders it as an accessible
 * table (charts draw only in the browser), the chart draws from it, and the CSV download writes it.
 */
/** `note`: what the figure is taken over, shown under it (e.g. how many indicators an average is of). */
type Cell = { value: number | null; href?: string; note?: string };
export type ColumnKind = "count" | "money" | "share" | "rate";
export type FigureTable = {
  id: string;
  title: string;
  /** First column: the row label. */
  rowHeader: string;
  columns: { key: string; label: string; kind: ColumnKind }[];
  /** A row's `kind` overrides its columns' (a compare table has one column per area, one kind per row). */
  rows: { key: string; label: string; href?: string; kind?: ColumnKind; cells: Record<string, Cell> }[];
  /** Shown under the table: what the numbers mean (e.g. per 1,000 residents). */
  note?: string;
};

export const CHART_IDS = ["budget-by-focus", "secured-gap", "health-mix", "green-by-quarter", "indicators"] as const;
export type ChartId = (typeof CHART_IDS)[number];

function list(search: Parameters<typeof filtersToSearch>[0]) {
  return `/activities${filtersToSearch(search)}`;
}

/**
 * Above this many areas the page's quarterly chart draws the total only: thirty lines are no chart, and their
 * table was a fifth of the dashboard's page. The CSV and /compare keep every area's line.
 */
const QUARTER_AREA_LIMIT = 8;

export function buildTables(
  d: Dashboard,
  filters: DashboardFilters,
  lang: Lang,
  per1000: boolean,
  options: { everyArea?: boolean } = {},
): Record<ChartId, FigureTable> {
  const { t } = serverTranslator(lang);
  const name = (f: { nameDa: string; nameEn: string }) => (lang === "da" ? f.nameDa : f.nameEn);
  const scope = { plans: filters.plans, from: filters.from, to: filters.to };
  // Kroner per 1,000 residents are still kroner: whole, with "kr.".
  const money = "money";
  const count = per1000 ? "rate" : "count";
  const scale = (value: number, residents: number | null): number | null => (per1000 ? perThousand(value, residents) : value);
  const perNote = per1000 ? t("dashboard.perThousandNote") : undefined;

  const budgetByFocus: FigureTable = {
    id: "budget-by-focus",
    title: t(per1000 ? "dashboard.chart.budgetByFocusPer" : "dashboard.chart.budgetByFocus"),
    rowHeader: t("col.area"),
    columns: d.focusAreas.map((f) => ({ key: f.code, label: name(f), kind: money })),
    rows: d.areas.map((a) => ({
      key: a.slug,
      label: a.name,
      href: list({ ...scope, areas: [a.slug] }),
      cells: Object.fromEntries(
        d.focusAreas.map((f) => {
          const cell = d.matrix[f.code]?.[a.slug];
          return [f.code, { value: scale(cell?.budget ?? 0, a.residents), href: list({ ...scope, areas: [a.slug], focus: [f.code] }) }];
        }),
      ),
    })),
    note: perNote,
  };

  const securedGap: FigureTable = {
    id: "secured-gap",
    title: t(per1000 ? "dashboard.chart.securedGapPer" : "dashboard.chart.securedGap"),
    rowHeader: t("col.area"),
    columns: [
      { key: "secured", label: t("col.secured"), kind: money },
      { key: "gap", label: t("col.gap"), kind: money },
      { key: "budget", label: t("col.budget"), kind: money },
    ],
    rows: d.areas.map((a) => {
      const f = d.byArea[a.slug];
      return {
        key: a.slug,
        label: a.name,
        href: list({ ...scope, areas: [a.slug] }),
        cells: {
          secured: { value: scale(f?.secured ?? 0, a.residents) },
          gap: { value: scale(f?.gap ?? 0, a.residents), href: list({ ...scope, areas: [a.slug], funding: ["unfunded", "partly"] }) },
          budget: { value: scale(f?.budget ?? 0, a.residents) },
        },
      };
    }),
    note: perNote,
  };

  const healthMix: FigureTable = {
    id: "health-mix",
    title: t(per1000 ? "dashboard.chart.healthMixPer" : "dashboard.chart.healthMix"),
    rowHeader: t("col.area"),
    columns: [
      { key: "green", label: t("health.green"), kind: count },
      { key: "amber", label: t("health.amber"), kind: count },
      { key: "red", label: t("health.red"), kind: count },
      { key: "active", label: t("status.active"), kind: count },
      { key: "paused", label: t("status.paused"), kind: count },
      { key: "planned", label: t("status.planned"), kind: count },
      { key: "idea", label: t("status.idea"), kind: count },
      { key: "completed", label: t("status.completed"), kind: count },
      { key: "stopped", label: t("status.stopped"), kind: count },
    ],
    rows: d.areas.map((a) => {
      const f = d.byArea[a.slug];
      const health = (h: "green" | "amber" | "red") => ({
        value: scale(f?.health[h] ?? 0, a.residents),
        href: list({ ...scope, areas: [a.slug], health: [h], statuses: ["idea", "planned", "active", "paused"] }),
      });
      const status = (s: "active" | "paused" | "planned" | "idea" | "completed" | "stopped") => ({
        value: scale(f?.status[s] ?? 0, a.residents),
        href: list({ ...scope, areas: [a.slug], statuses: [s] }),
      });
      return {
        key: a.slug,
        label: a.name,
        href: list({ ...scope, areas: [a.slug] }),
        cells: {
          green: health("green"),
          amber: health("amber"),
          red: health("red"),
          active: status("active"),
          paused: status("paused"),
          planned: status("planned"),
          idea: status("idea"),
          completed: status("completed"),
          stopped: status("stopped"),
        },
      };
    }),
    note: perNote,
  };

  const quarterAreas = options.everyArea || d.areas.length <= QUARTER_AREA_LIMIT ? d.areas : [];
  const greenByQuarter: FigureTable = {
    id: "green-by-quarter",
    title: t("dashboard.chart.greenByQuarter"),
    rowHeader: t("dashboard.quarter"),
    columns: [{ key: "total", label: t("dashboard.allAreas"), kind: "share" as ColumnKind }].concat(
      quarterAreas.map((a) => ({ key: a.slug, label: a.name, kind: "share" as ColumnKind })),
    ),
    rows: d.quarters.map((q) => ({
      key: q.label,
      label: t("dashboard.quarterLabel", { year: q.label.slice(0, 4), quarter: q.label.slice(6) }),
      cells: { total: { value: q.total }, ...Object.fromEntries(quarterAreas.map((a) => [a.slug, { value: q.byArea[a.slug] ?? null }])) },
    })),
    note:
      quarterAreas.length < d.areas.length
        ? `${t("dashboard.greenByQuarterNote")} ${t("bounded.quarterAreas", { limit: QUARTER_AREA_LIMIT })}`
        : t("dashboard.greenByQuarterNote"),
  };

  const indicators: FigureTable = {
    id: "indicators",
    title: t("dashboard.chart.indicators"),
    rowHeader: t("col.focusArea"),
    columns: [
      { key: "average", label: t("dashboard.averageProgress"), kind: "share" },
      { key: "measured", label: t("dashboard.indicatorsMeasured"), kind: "count" },
      { key: "met", label: t("dashboard.indicatorsMet"), kind: "count" },
      { key: "indicators", label: t("dashboard.indicatorsTotal"), kind: "count" },
    ],
    rows: d.focusAreas.map((f) => {
      const row = d.indicators.find((i) => i.focus === f.code && i.area === null);
      return {
        key: f.code,
        label: name(f),
        href: list({ ...scope, focus: [f.code], areas: filters.areas }),
        cells: {
          average: { value: row?.averageProgress ?? null },
          measured: { value: row?.measured ?? 0 },
          met: { value: row?.met ?? 0 },
          indicators: { value: row?.indicators ?? 0 },
        },
      };
    }),
    note: t("dashboard.indicatorsNote"),
  };

  return {
    "budget-by-focus": budgetByFocus,
    "secured-gap": securedGap,
    "health-mix": healthMix,
    "green-by-quarter": greenByQuarter,
    indicators,
  };
}

/** A table as CSV rows: header, then one row per row with raw numbers (no formatting, for spreadsheets). */
export function tableToCsvRows(table: FigureTable): (string | number)[][] {
  return [
    [table.rowHeader, ...table.columns.map((c) => c.label)],
    ...table.rows.map((r) => [
      r.label,
      ...table.columns.map((c) => {
        const v = r.cells[c.key]?.value;
        if (v === null || v === undefined) return "";
        return (r.kind ?? c.kind) === "money" ? Math.round(v) : Math.round(v * 10000) / 10000;
      }),
    ]),
  ];
}

/**
 * /compare: chosen areas side by side, every figure for each, with a row per focus area. Counts and money
 * become rates per 1,000 residents when asked; shares stay shares.
 */
export function buildCompareTable(d: Dashboard, filters: DashboardFilters, lang: Lang, per1000: boolean): FigureTable {
  const { t, tn } = serverTranslator(lang);
  const name = (f: { nameDa: string; nameEn: string }) => (lang === "da" ? f.nameDa : f.nameEn);
  const scope = { plans: filters.plans, from: filters.from, to: filters.to };
  const count: ColumnKind = per1000 ? "rate" : "count";
  // Kroner per 1,000 residents are still kroner: whole, with "kr.".
  const money: ColumnKind = "money";
  const scale = (value: number, residents: number | null) => (per1000 ? perThousand(value, residents) : value);
  const rows: FigureTable["rows"] = [];
  const row = (key: string, label: string, kind: ColumnKind, value: (slug: string, residents: number | null) => Cell) => {
    rows.push({ key, label, kind, cells: Object.fromEntries(d.areas.map((a) => [a.slug, value(a.slug, a.residents)])) });
  };
  row("residents", t("col.residents"), "count", (_slug, residents) => ({ value: residents }));
  row("activities", t("col.activities"), count, (slug, r) => ({
    value: scale(d.byArea[slug]?.activities ?? 0, r),
    href: list({ ...scope, areas: [slug] }),
  }));
  row("active", t("dashboard.activeActivities"), count, (slug, r) => ({
    value: scale(d.byArea[slug]?.active ?? 0, r),
    href: list({ ...scope, areas: [slug], statuses: ["active"] }),
  }));
  row("shareGreen", t("dashboard.shareGreen"), "share", (slug) => ({ value: d.byArea[slug]?.shareGreen ?? null }));
  row("redAmber", t("dashboard.redAmber"), count, (slug, r) => ({
    value: scale((d.byArea[slug]?.health.red ?? 0) + (d.byArea[slug]?.health.amber ?? 0), r),
    href: list({ ...scope, areas: [slug], health: ["amber", "red"], statuses: ["idea", "planned", "active", "paused"] }),
  }));
  row("budget", t("col.budget"), money, (slug, r) => ({ value: scale(d.byArea[slug]?.budget ?? 0, r) }));
  row("secured", t("col.secured"), money, (slug, r) => ({ value: scale(d.byArea[slug]?.secured ?? 0, r) }));
  row("gap", t("col.gap"), money, (slug, r) => ({
    value: scale(d.byArea[slug]?.gap ?? 0, r),
    href: list({ ...scope, areas: [slug], funding: ["unfunded", "partly"] }),
  }));
  row("localShare", t("cofinancing.share"), "share", (slug) => ({ value: d.byArea[slug]?.coFinancing.share ?? null }));
  for (const f of d.focusAreas) {
    row(`${f.code}-activities`, `${name(f)}: ${t("col.activities").toLowerCase()}`, count, (slug, r) => ({
      value: scale(d.matrix[f.code]?.[slug]?.activities ?? 0, r),
      href: list({ ...scope, areas: [slug], focus: [f.code] }),
    }));
    row(`${f.code}-budget`, `${name(f)}: ${t("col.budget").toLowerCase()}`, money, (slug, r) => ({
      value: scale(d.matrix[f.code]?.[slug]?.budget ?? 0, r),
    }));
    row(`${f.code}-progress`, `${name(f)}: ${t("dashboard.averageProgress").toLowerCase()}`, "share", (slug) => {
      const figures = d.indicators.find((i) => i.focus === f.code && i.area === slug);
      if (!figures || figures.averageProgress === null) return { value: null };
      // The average is over the indicators with figures; say how many, and of how many when some have none.
      const note =
        figures.measured === figures.indicators
          ? tn("compare.progressOf", figures.measured)
          : tn("compare.progressOfSome", figures.measured, { total: figures.indicators });
      return { value: figures.averageProgress, note };
    });
  }
  return {
    id: "compare",
    title: t(per1000 ? "compare.titlePer" : "compare.title"),
    rowHeader: t("compare.figure"),
    columns: d.areas.map((a) => ({ key: a.slug, label: a.name, kind: "count" })),
    rows,
    note: per1000 ? t("dashboard.perThousandNote") : undefined,
  };
}
