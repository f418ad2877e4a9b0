import { and, asc, eq, inArray, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { areas, areaStatistics, measures } from "../../db/schema";
import { DuplicateError, NotFoundError, VersionConflictError } from "../domain/errors";
import type { StatisticLookup } from "../domain/statistics";
import { writeAudit } from "./audit.server";

/**
 * Area statistics (issue 14): measures (what is counted, e.g. a criterion of almenboligloven § 61 a) and their
 * values per area and year, each with its source. Administrators define measures and edit single values;
 * the spreadsheet import saves rows through `saveStatistics`, by the same rules.
 */
export type MeasureRecord = typeof measures.$inferSelect;

export function listMeasures(db: DbOrTx = getDb()): MeasureRecord[] {
  return db.select().from(measures).orderBy(asc(measures.sortOrder), asc(measures.id)).all();
}

export function getMeasure(code: string, db: DbOrTx = getDb()): MeasureRecord | null {
  return db.select().from(measures).where(eq(measures.code, code)).get() ?? null;
}

/** A measure's definition as its form gives it; the code is chosen once, at creation, as spreadsheets name it. */
export type MeasureDefinition = Omit<MeasureRecord, "id" | "code" | "version" | "sortOrder">;

export function createMeasure(input: MeasureDefinition & { code: string }, actorId: number, db: Db = getDb()): MeasureRecord {
  return db.transaction((tx) => {
    if (getMeasure(input.code, tx)) throw new DuplicateError("code");
    const next =
      tx
        .select({ n: sql<number>`coalesce(max(${measures.sortOrder}), 0) + 1` })
        .from(measures)
        .get()?.n ?? 1;
    const row = tx
      .insert(measures)
      .values({ ...input, sortOrder: next })
      .returning()
      .get();
    writeAudit(tx, { userId: actorId, action: "measure.create", entity: "measure", entityId: row.id, after: row });
    return row;
  });
}

/** Changes a measure's definition against the version its form was loaded with. */
export function updateMeasure(
  id: number,
  input: MeasureDefinition & { version: number },
  actorId: number,
  db: Db = getDb(),
): MeasureRecord {
  return db.transaction((tx) => {
    const before = tx.select().from(measures).where(eq(measures.id, id)).get();
    if (!before) throw new NotFoundError("measure");
    const { version, ...values } = input;
    const after = tx
      .update(measures)
      .set({ ...values, version: sql`${measures.version} + 1` })
      .where(and(eq(measures.id, id), eq(measures.version, version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("measure");
    writeAudit(tx, { userId: actorId, action: "measure.update", entity: "measure", entityId: id, before, after });
    return after;
  });
}

export type StatisticRecord = typeof areaStatistics.$inferSelect;

export function getStatistic(key: { measureId: number; areaId: number; year: number }, db: DbOrTx = getDb()): StatisticRecord | null {
  return (
    db
      .select()
      .from(areaStatistics)
      .where(and(eq(areaStatistics.measureId, key.measureId), eq(areaStatistics.areaId, key.areaId), eq(areaStatistics.year, key.year)))
      .get() ?? null
  );
}

/** One figure as the single-value form and the import give it, with area and measure already found. */
export type StatisticInput = {
  measureId: number;
  areaId: number;
  year: number;
  value: number;
  source: string;
  sourceDate: string | null;
};

export type StatisticChange = "create" | "update" | "unchanged";

function sameFigure(stored: StatisticRecord, input: StatisticInput): boolean {
  return stored.value === input.value && stored.source === input.source && stored.sourceDate === input.sourceDate;
}

/** What writing `input` over `stored` (null: there is none) would do. */
export function statisticChange(stored: StatisticRecord | null, input: StatisticInput): StatisticChange {
  return !stored ? "create" : sameFigure(stored, input) ? "unchanged" : "update";
}

/**
 * Writes one figure inside the caller's transaction: a new one, a change to the stored one, or nothing when
 * it is the same. `version` is what the writer saw: a number for the stored figure, null for "there was
 * none" (VersionConflictError when that is no longer so), or undefined to overwrite whatever is stored.
 * The spreadsheet import (`app/imports/statistics.server.ts`) passes what its preview saw.
 */
export function writeStatistic(tx: DbOrTx, input: StatisticInput, version: number | null | undefined, actorId: number): StatisticChange {
  const before = getStatistic(input, tx);
  if (version !== undefined && (before?.version ?? null) !== version) throw new VersionConflictError("statistic");
  if (!before) {
    const row = tx.insert(areaStatistics).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "statistic.create", entity: "statistic", entityId: row.id, after: row });
    return "create";
  }
  if (sameFigure(before, input)) return "unchanged";
  const after = tx
    .update(areaStatistics)
    .set({
      value: input.value,
      source: input.source,
      sourceDate: input.sourceDate,
      version: sql`${areaStatistics.version} + 1`,
      updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
    })
    .where(and(eq(areaStatistics.id, before.id), eq(areaStatistics.version, before.version)))
    .returning()
    .get();
  if (!after) throw new VersionConflictError("statistic");
  writeAudit(tx, { userId: actorId, action: "statistic.update", entity: "statistic", entityId: before.id, before, after });
  return "update";
}

/**
 * Saves one figure from the single-value form, against what the form was loaded with (`version` null when
 * there was no figure yet): VersionConflictError when someone else saved one meanwhile.
 */
export function saveStatistic(input: StatisticInput & { version: number | null }, actorId: number, db: Db = getDb()): StatisticChange {
  const { version, ...figure } = input;
  return db.transaction((tx) => writeStatistic(tx, figure, version, actorId));
}

/** Deletes a figure entered by mistake, against the version its form was loaded with. */
export function deleteStatistic(
  key: { measureId: number; areaId: number; year: number },
  version: number,
  actorId: number,
  db: Db = getDb(),
): void {
  db.transaction((tx) => {
    const before = getStatistic(key, tx);
    if (!before) throw new NotFoundError("statistic");
    const gone = tx
      .delete(areaStatistics)
      .where(and(eq(areaStatistics.id, before.id), eq(areaStatistics.version, version)))
      .run();
    if (gone.changes !== 1) throw new VersionConflictError("statistic");
    writeAudit(tx, { userId: actorId, action: "statistic.delete", entity: "statistic", entityId: before.id, before });
  });
}

/** The stored figures of these measures, by `statisticKey` (for checking many rows at once). */
export function statisticsOfMeasures(measureIds: readonly number[], db: DbOrTx = getDb()): Map<string, StatisticRecord> {
  if (measureIds.length === 0) return new Map();
  const rows = db
    .select()
    .from(areaStatistics)
    .where(inArray(areaStatistics.measureId, [...new Set(measureIds)]))
    .all();
  return new Map(rows.map((r) => [statisticKey(r), r]));
}

export const statisticKey = (k: { measureId: number; areaId: number; year: number }) => `${k.measureId}|${k.areaId}|${k.year}`;

/** The areas and measures a spreadsheet row may name, for `resolveStatisticRows` (app/domain/statistics.ts). */
export function statisticLookup(db: DbOrTx = getDb()): StatisticLookup {
  return {
    areas: db.select({ id: areas.id, slug: areas.slug, name: areas.name }).from(areas).all(),
    measures: listMeasures(db).map(({ id, code, nameDa, nameEn }) => ({ id, code, nameDa, nameEn })),
  };
}

/**
 * Saves figures the import has checked (area and measure found, no two for one area, measure and year) in one
 * transaction, with an audit row each: a figure already stored for the area, measure and year is overwritten
 * (the file is the writer's word for that year), the same figure is left unchanged. With `dryRun` (the
 * preview) nothing is written. Returns each figure's change, in order.
 */
export function saveStatistics(
  inputs: readonly StatisticInput[],
  actorId: number,
  options: { dryRun: boolean },
  db: Db = getDb(),
): StatisticChange[] {
  return db.transaction((tx) =>
    inputs.map((input) =>
      options.dryRun ? statisticChange(getStatistic(input, tx), input) : writeStatistic(tx, input, undefined, actorId),
    ),
  );
}

export type StatisticValue = {
  measureId: number;
  area: string;
  year: number;
  value: number;
  source: string;
  sourceDate: string | null;
};

/** Every measure, and the figures of these areas (all areas when none is given), oldest year first. */
export function statisticsOfAreas(
  areaSlugs: readonly string[],
  db: DbOrTx = getDb(),
): { measures: MeasureRecord[]; values: StatisticValue[] } {
  const values = db
    .select({
      measureId: areaStatistics.measureId,
      area: areas.slug,
      year: areaStatistics.year,
      value: areaStatistics.value,
      source: areaStatistics.source,
      sourceDate: areaStatistics.sourceDate,
    })
    .from(areaStatistics)
    .innerJoin(areas, eq(areas.id, areaStatistics.areaId))
    .where(areaSlugs.length > 0 ? inArray(areas.slug, [...areaSlugs]) : undefined)
    .orderBy(asc(areaStatistics.year), asc(areas.name))
    .all();
  return { measures: listMeasures(db), values };
}

export type MeasureOverview = MeasureRecord & { figures: number; firstYear: number | null; lastYear: number | null };

/** Every measure with how many figures it has and for which years, for the administrators' list. */
export function measureOverview(db: DbOrTx = getDb()): MeasureOverview[] {
  const counts = db
    .select({
      measureId: areaStatistics.measureId,
      figures: sql<number>`count(*)`,
      firstYear: sql<number>`min(${areaStatistics.year})`,
      lastYear: sql<number>`max(${areaStatistics.year})`,
    })
    .from(areaStatistics)
    .groupBy(areaStatistics.measureId)
    .all();
  return listMeasures(db).map((m) => {
    const c = counts.find((r) => r.measureId === m.id);
    return { ...m, figures: c?.figures ?? 0, firstYear: c?.firstYear ?? null, lastYear: c?.lastYear ?? null };
  });
}

export type StatisticExportRow = { area: string; measure: string; year: number; value: number; source: string; sourceDate: string | null };

/**
 * Every figure as the spreadsheet import reads it back (`/admin/statistics.csv`, `.xlsx`): the area by name,
 * the measure by its code, in the measures' order, then by area and year.
 */
export function listStatisticsForExport(db: DbOrTx = getDb()): StatisticExportRow[] {
  return db
    .select({
      area: areas.name,
      measure: measures.code,
      year: areaStatistics.year,
      value: areaStatistics.value,
      source: areaStatistics.source,
      sourceDate: areaStatistics.sourceDate,
    })
    .from(areaStatistics)
    .innerJoin(areas, eq(areas.id, areaStatistics.areaId))
    .innerJoin(measures, eq(measures.id, areaStatistics.measureId))
    .orderBy(asc(measures.sortOrder), asc(measures.id), asc(areas.name), asc(areaStatistics.year))
    .all();
}
