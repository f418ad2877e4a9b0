import type { Lang } from "../i18n/i18n";
import { type AnyMessageKey, translateAny } from "../i18n/server-words.server";
import type { StagedSheet } from "../models/import.server";
import { can, type PermissionUser } from "../utils/permissions";
import { activitiesImport } from "./activities.server";
import { fundingImport } from "./funding.server";
import type { ImportKind, KindPlan, MappedRow, RowError } from "./kind.server";
import { matchKey } from "./match.server";
import { statisticsImport } from "./statistics.server";

/**
 * The import as every kind has it: which kinds exist and who may use them, a file's header matched to a
 * kind's columns, and the preview of what confirming would do. Adding a kind is a module like
 * ./activities.server.ts and one entry below.
 */
const IMPORT_KINDS = {
  activities: activitiesImport,
  funding: fundingImport,
  statistics: statisticsImport,
} as const;

export type ImportKindName = keyof typeof IMPORT_KINDS;

export function isImportKind(value: unknown): value is ImportKindName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(IMPORT_KINDS, value);
}

/** The kinds this user may import (none: the import page is not theirs). */
export function importKindsFor(user: PermissionUser | null): ImportKindName[] {
  return (Object.keys(IMPORT_KINDS) as ImportKindName[]).filter((k) => can(user, IMPORT_KINDS[k].permission));
}

// Each kind is used through this one shape; its own row operations stay inside it.
export function importKind(name: ImportKindName): ImportKind {
  return IMPORT_KINDS[name] as unknown as ImportKind;
}

export type HeaderProblem = { problem: "no-columns" } | { problem: "duplicate-column"; column: AnyMessageKey };

/** A file's columns matched by their headers (any of a column's names, in either language, any case). */
export function mapRows(
  kind: ImportKind,
  sheet: StagedSheet,
): { ok: true; rows: MappedRow[]; unknownHeaders: string[]; missing: AnyMessageKey[] } | ({ ok: false } & HeaderProblem) {
  const byName = new Map<string, string>();
  for (const column of kind.columns) {
    byName.set(matchKey(column.key), column.key);
    for (const header of [...column.headers, column.label]) {
      for (const lang of ["da", "en"] as const) byName.set(matchKey(translateAny(lang, header)), column.key);
    }
  }
  const ignored = new Set(kind.ignored.flatMap((h) => [matchKey(translateAny("da", h)), matchKey(translateAny("en", h))]));
  const keys: (string | null)[] = [];
  const unknownHeaders: string[] = [];
  for (const header of sheet.header) {
    const key = byName.get(matchKey(header)) ?? null;
    if (key !== null && keys.includes(key)) {
      const column = kind.columns.find((c) => c.key === key);
      return { ok: false, problem: "duplicate-column", column: column?.label ?? "sheet.id" };
    }
    keys.push(key);
    if (key === null && header.trim() !== "" && !ignored.has(matchKey(header))) unknownHeaders.push(header);
  }
  if (keys.every((k) => k === null)) return { ok: false, problem: "no-columns" };
  const rows = sheet.rows.map(({ line, cells }) => {
    const values: Partial<Record<string, string>> = {};
    keys.forEach((key, i) => {
      if (key !== null) values[key] = cells[i] ?? "";
    });
    return { line, values };
  });
  const present = new Set(keys.filter((k): k is string => k !== null));
  const missing = kind.required.filter((k) => !present.has(k)).map((k) => kind.columns.find((c) => c.key === k)?.label as AnyMessageKey);
  return { ok: true, rows, unknownHeaders, missing };
}

/** What the preview page shows: what confirming would do, or every error that keeps it from being confirmed. */
export type ImportPreview = {
  kind: ImportKindName;
  fileName: string;
  format: "csv" | "xlsx";
  rows: number;
  counts: { create: number; update: number; unchanged: number };
  /** The first errors (every row's, in row order); `errorCount` says how many in all. */
  errors: RowError[];
  errorCount: number;
  /** The first rows that would create or change something. */
  changes: { line: number; action: "create" | "update"; title: string }[];
  unknownHeaders: string[];
  missing: AnyMessageKey[];
};

const SHOWN_ERRORS = 500;
const SHOWN_CHANGES = 200;

/** Checks a staged sheet for this user as the database is now: the preview, and what to save when it is clean. */
export function planImport(
  name: ImportKindName,
  fileName: string,
  sheet: StagedSheet,
  user: PermissionUser,
  lang: Lang,
): { ok: true; preview: ImportPreview; plan: KindPlan<unknown> } | ({ ok: false } & HeaderProblem) {
  const kind = importKind(name);
  const mapped = mapRows(kind, sheet);
  if (!mapped.ok) return mapped;
  const plan = kind.plan(mapped.rows, user, lang, { format: sheet.format, separator: sheet.separator });
  const errors = [...plan.errors].sort((a, b) => a.line - b.line);
  const count = (action: string) => plan.outcomes.filter((o) => o.action === action).length;
  const changes = plan.outcomes.flatMap((o) => (o.action === "unchanged" ? [] : [{ line: o.line, action: o.action, title: o.title }]));
  return {
    ok: true,
    plan: { ...plan, errors },
    preview: {
      kind: name,
      fileName,
      format: sheet.format,
      rows: sheet.rows.length,
      counts: { create: count("create"), update: count("update"), unchanged: count("unchanged") },
      errors: errors.slice(0, SHOWN_ERRORS),
      errorCount: errors.length,
      changes: changes.slice(0, SHOWN_CHANGES),
      unknownHeaders: mapped.unknownHeaders,
      missing: mapped.missing,
    },
  };
}
