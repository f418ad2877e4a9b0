import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import {
  activities,
  activityAreas,
  areas,
  focusAreas,
  indicatorActuals,
  indicators,
  plans,
  sharedIndicators,
  statusUpdates,
} from "../../db/schema";
import type { FocusAreaCode, IndicatorKind } from "../domain/constants";
import { DuplicateError, InUseError, NotFoundError, VersionConflictError } from "../domain/errors";
import { aggregateLinked, type AreaOutcome, type LinkedIndicator } from "../domain/outcomes";
import { writeAudit } from "./audit.server";
import type { DashboardFilters } from "./dashboard.server";

/**
 * Shared indicators (fælles indikatorer, issue 14): administrators define them per focus area; an activity's
 * own indicator may be linked to one, and the linked figures add up per area.
 */
export type SharedIndicatorRecord = typeof sharedIndicators.$inferSelect;

export type SharedIndicatorSummary = SharedIndicatorRecord & {
  focus: { code: FocusAreaCode; nameDa: string; nameEn: string };
  /** Linked indicators that are not retired. */
  linked: number;
};

/** Every shared indicator, by focus area, with how many indicators are linked to it. */
export function listSharedIndicators(db: DbOrTx = getDb()): SharedIndicatorSummary[] {
  const rows = db
    .select({ shared: sharedIndicators, code: focusAreas.code, nameDa: focusAreas.nameDa, nameEn: focusAreas.nameEn })
    .from(sharedIndicators)
    .innerJoin(focusAreas, eq(focusAreas.id, sharedIndicators.focusAreaId))
    .orderBy(asc(focusAreas.sortOrder), asc(sharedIndicators.nameDa))
    .all();
  const counts = db
    .select({ id: indicators.sharedIndicatorId, n: sql<number>`count(*)` })
    .from(indicators)
    .where(and(isNotNull(indicators.sharedIndicatorId), sql`${indicators.retiredOn} is null`))
    .groupBy(indicators.sharedIndicatorId)
    .all();
  return rows.map((r) => ({
    ...r.shared,
    focus: { code: r.code, nameDa: r.nameDa, nameEn: r.nameEn },
    linked: counts.find((c) => c.id === r.shared.id)?.n ?? 0,
  }));
}

export function getSharedIndicator(id: number, db: DbOrTx = getDb()): SharedIndicatorRecord | null {
  return db.select().from(sharedIndicators).where(eq(sharedIndicators.id, id)).get() ?? null;
}

export type SharedIndicatorInput = {
  focus: FocusAreaCode;
  nameDa: string;
  nameEn: string;
  unit: string;
  kind: IndicatorKind;
  descriptionDa: string;
  descriptionEn: string;
};

/** A Danish name taken by another shared indicator, in any case (SQLite's lower() folds only ASCII, not æøå). */
function nameTaken(db: DbOrTx, nameDa: string, exceptId?: number): boolean {
  const fold = (name: string) => name.normalize("NFC").toLocaleLowerCase("da-DK");
  return db
    .select({ id: sharedIndicators.id, nameDa: sharedIndicators.nameDa })
    .from(sharedIndicators)
    .all()
    .some((row) => row.id !== exceptId && fold(row.nameDa) === fold(nameDa));
}

function focusAreaId(tx: DbOrTx, code: FocusAreaCode): number {
  const row = tx.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.code, code)).get();
  if (!row) throw new NotFoundError("focus area");
  return row.id;
}

/** Creates a shared indicator; DuplicateError("nameDa") when its Danish name is taken; NotFoundError for an unknown focus area. */
export function createSharedIndicator(input: SharedIndicatorInput, actorId: number, db: Db = getDb()): SharedIndicatorRecord {
  return db.transaction((tx) => {
    const { focus, ...values } = input;
    const focusId = focusAreaId(tx, focus);
    if (nameTaken(tx, input.nameDa)) throw new DuplicateError("nameDa");
    const row = tx
      .insert(sharedIndicators)
      .values({ ...values, focusAreaId: focusId })
      .returning()
      .get();
    writeAudit(tx, { userId: actorId, action: "shared-indicator.create", entity: "shared_indicator", entityId: row.id, after: row });
    return row;
  });
}

/**
 * Changes a shared indicator against the version its form was loaded with. Its unit and kind cannot change
 * while indicators are linked to it (their figures would no longer add up): InUseError naming their activities.
 */
export function updateSharedIndicator(
  id: number,
  input: SharedIndicatorInput & { version: number },
  actorId: number,
  db: Db = getDb(),
): SharedIndicatorRecord {
  return db.transaction((tx) => {
    const before = getSharedIndicator(id, tx);
    if (!before) throw new NotFoundError("shared indicator");
    if (before.version !== input.version) throw new VersionConflictError("shared indicator");
    const focusId = focusAreaId(tx, input.focus);
    if (nameTaken(tx, input.nameDa, id)) throw new DuplicateError("nameDa");
    if (before.unit !== input.unit || before.kind !== input.kind) {
      const linked = tx
        .selectDistinct({ title: activities.title })
        .from(indicators)
        .innerJoin(activities, eq(activities.id, indicators.activityId))
        .where(eq(indicators.sharedIndicatorId, id))
        .orderBy(asc(activities.title))
        .all();
      if (linked.length > 0)
        throw new InUseError(
          before.unit !== input.unit ? "unit" : "kind",
          linked.map((l) => l.title),
        );
    }
    const { version, focus: _focus, ...values } = input;
    const after = tx
      .update(sharedIndicators)
      .set({ ...values, focusAreaId: focusId, version: sql`${sharedIndicators.version} + 1` })
      .where(and(eq(sharedIndicators.id, id), eq(sharedIndicators.version, version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("shared indicator");
    writeAudit(tx, { userId: actorId, action: "shared-indicator.update", entity: "shared_indicator", entityId: id, before, after });
    return after;
  });
}

export type LinkedIndicatorView = {
  activityId: number;
  activityTitle: string;
  areaNames: string;
  indicatorId: number;
  name: string;
  retiredOn: string | null;
};

/** The indicators linked to a shared indicator (retired ones too, marked), by activity. */
export function linkedIndicators(sharedId: number, db: DbOrTx = getDb()): LinkedIndicatorView[] {
  return db
    .select({
      activityId: activities.id,
      activityTitle: activities.title,
      areaNames: sql<string>`coalesce((select group_concat(ar.name, ', ') from activity_areas aa join areas ar on ar.id = aa.area_id where aa.activity_id = ${activities.id}), '')`,
      indicatorId: indicators.id,
      name: indicators.name,
      retiredOn: indicators.retiredOn,
    })
    .from(indicators)
    .innerJoin(activities, eq(activities.id, indicators.activityId))
    .where(eq(indicators.sharedIndicatorId, sharedId))
    .orderBy(asc(activities.title), asc(indicators.id))
    .all();
}

export type SharedIndicatorOption = Pick<SharedIndicatorRecord, "id" | "nameDa" | "nameEn" | "unit" | "kind"> & {
  focus: { code: FocusAreaCode; nameDa: string; nameEn: string };
};

/** The choices of an indicator's "shared indicator" field. */
export function sharedIndicatorOptions(db: DbOrTx = getDb()): SharedIndicatorOption[] {
  return listSharedIndicators(db).map(({ id, nameDa, nameEn, unit, kind, focus }) => ({ id, nameDa, nameEn, unit, kind, focus }));
}

export type SharedOutcome = {
  id: number;
  nameDa: string;
  nameEn: string;
  unit: string;
  kind: IndicatorKind;
  focus: FocusAreaCode;
  /** Per area slug (only areas with a linked activity). */
  byArea: Record<string, AreaOutcome>;
  /** Over the areas asked for: the sum of their shares, and every linked activity once. */
  total: AreaOutcome;
};

/**
 * The shared indicators' figures per area, over the activities the dashboard's filters select (plan, period,
 * areas: an activity that runs in one of the chosen areas, its figures split over all its areas). Linked
 * indicators that are retired count in nothing. Every shared indicator is listed, linked or not.
 */
export function sharedOutcomes(filters: DashboardFilters, db: DbOrTx = getDb()): SharedOutcome[] {
  const shared = listSharedIndicators(db);
  if (shared.length === 0) return [];
  const conditions = [isNotNull(indicators.sharedIndicatorId), sql`${indicators.retiredOn} is null`];
  if (filters.plans.length > 0) conditions.push(inArray(plans.slug, filters.plans));
  if (filters.to) conditions.push(sql`(${activities.startsOn} is null or ${activities.startsOn} <= ${filters.to})`);
  if (filters.from) conditions.push(sql`(${activities.endsOn} is null or ${activities.endsOn} >= ${filters.from})`);
  const linked = db
    .select({
      id: indicators.id,
      sharedId: indicators.sharedIndicatorId,
      activityId: indicators.activityId,
      kind: indicators.kind,
      retiredOn: indicators.retiredOn,
    })
    .from(indicators)
    .innerJoin(activities, eq(activities.id, indicators.activityId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(and(...conditions))
    .all();
  if (linked.length === 0) return shared.map((s) => emptyOutcome(s));

  const activityIds = [...new Set(linked.map((l) => l.activityId))];
  const areaRows = db
    .select({ activityId: activityAreas.activityId, slug: areas.slug })
    .from(activityAreas)
    .innerJoin(areas, eq(areas.id, activityAreas.areaId))
    .where(inArray(activityAreas.activityId, activityIds))
    .all();
  const areasOf = new Map<number, string[]>();
  for (const r of areaRows) areasOf.set(r.activityId, [...(areasOf.get(r.activityId) ?? []), r.slug]);
  const actualRows = db
    .select({
      indicatorId: indicatorActuals.indicatorId,
      value: indicatorActuals.value,
      reportedOn: statusUpdates.reportedOn,
      order: statusUpdates.id,
    })
    .from(indicatorActuals)
    .innerJoin(statusUpdates, eq(statusUpdates.id, indicatorActuals.statusUpdateId))
    .where(
      inArray(
        indicatorActuals.indicatorId,
        linked.map((l) => l.id),
      ),
    )
    .all();

  const chosen = filters.areas.length > 0 ? new Set(filters.areas) : null;
  return shared.map((s) => {
    const mine: LinkedIndicator[] = linked
      .filter((l) => l.sharedId === s.id)
      .map((l) => ({
        activityId: l.activityId,
        kind: l.kind,
        retiredOn: l.retiredOn,
        areas: areasOf.get(l.activityId) ?? [],
        actuals: actualRows.filter((a) => a.indicatorId === l.id),
      }))
      // An activity in none of the chosen areas is not asked about.
      .filter((l) => !chosen || l.areas.some((a) => chosen.has(a)));
    const perArea = aggregateLinked(mine);
    const byArea = Object.fromEntries([...perArea].filter(([area]) => !chosen || chosen.has(area)));
    const inScope = mine.filter((l) => l.areas.length > 0);
    const reporting = new Set(inScope.filter((l) => l.actuals.length > 0).map((l) => l.activityId));
    return {
      ...emptyOutcome(s),
      byArea,
      total: {
        total: Object.values(byArea).reduce((n, o) => n + o.total, 0),
        activities: new Set(inScope.map((l) => l.activityId)).size,
        reporting: reporting.size,
      },
    };
  });
}

function emptyOutcome(s: SharedIndicatorSummary): SharedOutcome {
  return {
    id: s.id,
    nameDa: s.nameDa,
    nameEn: s.nameEn,
    unit: s.unit,
    kind: s.kind,
    focus: s.focus.code,
    byArea: {},
    total: { total: 0, activities: 0, reporting: 0 },
  };
}
