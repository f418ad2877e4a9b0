import type ExcelJS from "exceljs";

import type { Lang } from "../i18n/i18n";
import { serverTranslator } from "../i18n/server-words.server";
import type { LbfReport } from "../models/lbf-report.server";
import { loadExcel } from "../utils/spreadsheet.server";

/**
 * LBF's yearly report as an Excel workbook (`/reports/lbf.xlsx`): a sheet each for the overview, activities,
 * indicators, milestones, money and narratives, headers in the reader's language, typed cells (amounts and
 * shares as numbers with number formats, dates as dates), the header row frozen and an auto-filter. Text is
 * always written as text, never as a formula.
 */
const MONEY = '#,##0 "kr."';
const PERCENT = "0.0%";
const NUMBER = "#,##0.##";
const DATE = "yyyy-mm-dd";

type Column = { header: string; width: number; format?: string };
type Cell = string | number | Date | null;

/** A calendar date (ISO) as an Excel date: midnight UTC, which Excel shows as that day. */
function excelDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.format ? { numFmt: c.format } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export async function lbfReportWorkbook(report: LbfReport, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const { t } = serverTranslator(lang);
  const year = String(report.year);
  const focusName = (s: { nameDa: string; nameEn: string }) => (lang === "da" ? s.nameDa : s.nameEn);
  const yes = t("lbf.localYes");
  const no = t("lbf.localNo");
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = "Overblik";
  workbook.title = t("lbf.reportTitle", { year, plan: report.plan.name });

  const progress = (p: { kind: string; share?: number }) => (p.kind === "progress" && p.share !== undefined ? p.share : null);

  addSheet(
    workbook,
    t("lbf.sheet.summary"),
    [
      { header: t("col.focusArea"), width: 36 },
      { header: t("lbf.col.activities"), width: 12, format: NUMBER },
      { header: t("lbf.col.indicators"), width: 12, format: NUMBER },
      { header: t("lbf.col.measured"), width: 12, format: NUMBER },
      { header: t("lbf.col.met"), width: 12, format: NUMBER },
      { header: t("lbf.col.achievement"), width: 16, format: PERCENT },
      { header: t("lbf.col.milestonesMet"), width: 14, format: NUMBER },
      { header: t("lbf.col.milestonesMissed"), width: 14, format: NUMBER },
      { header: t("lbf.col.budget"), width: 20, format: MONEY },
      { header: t("lbf.col.securedYear", { year }), width: 18, format: MONEY },
      { header: t("lbf.col.localYear", { year }), width: 18, format: MONEY },
      { header: t("lbf.col.localShare", { year }), width: 16, format: PERCENT },
    ],
    [
      ...report.sections.map((s) => [
        focusName(s),
        s.activities.length,
        s.achievement.indicators,
        s.achievement.measured,
        s.achievement.met,
        s.achievement.averageProgress,
        s.milestones.met.length,
        s.milestones.missed.length,
        s.budget,
        s.coFinancing.secured,
        s.coFinancing.local,
        s.coFinancing.share,
      ]),
      [
        t("lbf.total"),
        report.total.activities,
        report.total.achievement.indicators,
        report.total.achievement.measured,
        report.total.achievement.met,
        report.total.achievement.averageProgress,
        report.total.milestonesMet,
        report.total.milestonesMissed,
        report.total.budget,
        report.total.coFinancing.secured,
        report.total.coFinancing.local,
        report.total.coFinancing.share,
      ],
    ],
  );

  addSheet(
    workbook,
    t("lbf.sheet.activities"),
    [
      { header: t("col.focusArea"), width: 30 },
      { header: t("col.title"), width: 36 },
      { header: t("col.areas"), width: 30 },
      { header: t("col.status"), width: 14 },
      { header: t("col.health"), width: 10 },
      { header: t("lbf.col.healthReason"), width: 40 },
      { header: t("lbf.col.reportedOn"), width: 14, format: DATE },
      { header: t("lbf.col.budget"), width: 18, format: MONEY },
      { header: t("lbf.col.securedYear", { year }), width: 18, format: MONEY },
    ],
    report.sections.flatMap((s) =>
      s.activities.map((a) => [
        focusName(s),
        a.title,
        a.areaNames,
        t(`status.${a.status}`),
        t(`health.${a.health}`),
        a.healthReason,
        excelDate(a.reportedOn),
        a.budget,
        a.securedYear,
      ]),
    ),
  );

  addSheet(
    workbook,
    t("lbf.sheet.indicators"),
    [
      { header: t("col.focusArea"), width: 30 },
      { header: t("col.title"), width: 30 },
      { header: t("lbf.col.indicator"), width: 40 },
      { header: t("indicator.unit"), width: 12 },
      { header: t("indicator.directionLabel"), width: 18 },
      { header: t("indicator.kindLabel"), width: 22 },
      { header: t("indicator.baseline"), width: 12, format: NUMBER },
      { header: t("indicator.target"), width: 12, format: NUMBER },
      { header: t("lbf.col.inYear", { year }), width: 12, format: NUMBER },
      { header: t("lbf.col.current"), width: 12, format: NUMBER },
      { header: t("lbf.col.goal"), width: 14, format: PERCENT },
      { header: t("lbf.col.goalMet"), width: 10 },
      { header: t("shared.field"), width: 36 },
    ],
    report.sections.flatMap((s) =>
      s.indicators.map((i) => [
        focusName(s),
        i.activityTitle,
        i.name,
        i.unit,
        t(`indicator.direction.${i.direction}`),
        t(`indicator.kind.${i.kind}`),
        i.baseline,
        i.target,
        i.inYear,
        i.current,
        progress(i.achievement.progress),
        i.achievement.met ? yes : no,
        i.sharedName ? (lang === "da" ? i.sharedName.da : i.sharedName.en) : "",
      ]),
    ),
  );

  addSheet(
    workbook,
    t("lbf.sheet.milestones"),
    [
      { header: t("col.focusArea"), width: 30 },
      { header: t("col.title"), width: 30 },
      { header: t("lbf.col.milestone"), width: 44 },
      { header: t("lbf.col.dueOn"), width: 14, format: DATE },
      { header: t("lbf.col.doneOn"), width: 14, format: DATE },
      { header: t("lbf.col.outcome"), width: 20 },
    ],
    report.sections.flatMap((s) => [
      ...s.milestones.met.map((m) => [
        focusName(s),
        m.activityTitle,
        m.title,
        excelDate(m.dueOn),
        excelDate(m.doneOn),
        t(m.late ? "lbf.outcome.late" : "lbf.outcome.met"),
      ]),
      ...s.milestones.missed.map((m) => [
        focusName(s),
        m.activityTitle,
        m.title,
        excelDate(m.dueOn),
        excelDate(m.doneOn),
        t("lbf.outcome.missed"),
      ]),
    ]),
  );

  addSheet(
    workbook,
    t("lbf.sheet.funding"),
    [
      { header: t("col.focusArea"), width: 30 },
      { header: t("lbf.col.source"), width: 34 },
      { header: t("lbf.col.local"), width: 22 },
      { header: t("lbf.col.securedYear", { year }), width: 18, format: MONEY },
      { header: t("lbf.col.pipelineYear", { year }), width: 18, format: MONEY },
    ],
    report.sections.flatMap((s) => s.funding.map((f) => [focusName(s), f.source, f.countsAsLocal ? yes : no, f.secured, f.pipeline])),
  );

  const narratives = addSheet(
    workbook,
    t("lbf.sheet.narratives"),
    [
      { header: t("col.focusArea"), width: 30 },
      { header: t("lbf.narrative"), width: 100 },
    ],
    report.sections.map((s) => [focusName(s), s.narrative?.text ?? ""]),
  );
  narratives.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const bytes = new Uint8Array(new ArrayBuffer(written.byteLength));
  bytes.set(written);
  return bytes;
}
