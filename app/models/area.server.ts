import { and, asc, eq, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { activities, activityAreas, areaOrganisations, areas, focusAreas, organisations, plans } from "../../db/schema";
import type { AreaClassification, FocusAreaCode } from "../domain/constants";
import { DuplicateError, NotFoundError, VersionConflictError } from "../domain/errors";
import { roundShares } from "../domain/funding";
import { type ActivityListRow, listActivities } from "./activity.server";
import { writeAudit } from "./audit.server";
import { cachedUntilWrite } from "./figures-cache.server";

export type AreaSummary = {
  slug: string;
  name: string;
  residents: number | null;
  homes: number | null;
  housingSections: number | null;
  classification: AreaClassification;
  activityCount: number;
  /** Budget with multi-area activities split evenly across their areas, so area totals add up to the city's. */
  budgetShare: number;
};

/** Budget share of each activity in each of its areas: budget ÷ number of its areas. */
const areaBudgetShareSql = sql<number>`coalesce(sum(
  cast(${activities.budget} as real) /
  (select count(*) from ${activityAreas} aa2 where aa2.activity_id = ${activities.id})
), 0)`;

/** Every area with its activity count and budget share; cached until the next write. */
export function listAreas(db: Db = getDb()): AreaSummary[] {
  return cachedUntilWrite(db, "listAreas", () => computeAreas(db));
}

function computeAreas(db: Db): AreaSummary[] {
  const rows = db
    .select({
      slug: areas.slug,
      name: areas.name,
      residents: areas.residents,
      homes: areas.homes,
      housingSections: areas.housingSections,
      classification: areas.classification,
      activityCount: sql<number>`count(${activities.id})`,
      budgetShare: areaBudgetShareSql.mapWith(Number),
    })
    .from(areas)
    .leftJoin(activityAreas, eq(activityAreas.areaId, areas.id))
    .leftJoin(activities, eq(activities.id, activityAreas.activityId))
    .groupBy(areas.id)
    .orderBy(asc(areas.name))
    .all();
  // Whole kroner that still add up to the city total.
  const shares = roundShares(rows.map((r) => r.budgetShare));
  return rows.map((r, i) => ({ ...r, budgetShare: shares[i] ?? 0 }));
}

export type AreaDetail = AreaSummary & {
  descriptionDa: string;
  descriptionEn: string;
  organisations: string[];
  byFocus: {
    code: FocusAreaCode;
    nameDa: string;
    nameEn: string;
    /** The first few, by title; `total` says how many the area has in the focus area (the list has them all). */
    activities: ActivityListRow[];
    total: number;
  }[];
};

/** Activities shown per focus area on an area's page; the activity list, one click away, has them all. */
export const AREA_FOCUS_LIMIT = 10;

export function getArea(slug: string, db: Db = getDb()): AreaDetail | null {
  const summary = listAreas(db).find((a) => a.slug === slug);
  const area = db.select().from(areas).where(eq(areas.slug, slug)).get();
  if (!summary || !area) return null;

  const orgs = db
    .select({ name: organisations.name })
    .from(areaOrganisations)
    .innerJoin(organisations, eq(organisations.id, areaOrganisations.organisationId))
    .where(and(eq(areaOrganisations.areaId, area.id), eq(organisations.kind, "housing")))
    .orderBy(asc(organisations.name))
    .all()
    .map((o) => o.name);

  const focusList = db.select().from(focusAreas).orderBy(asc(focusAreas.sortOrder)).all();
  const byFocus = focusList
    .map((f) => {
      const { rows, total } = listActivities(
        {
          areas: [slug],
          focus: [f.code],
          statuses: [],
          health: [],
          funding: [],
          plans: [],
          q: "",
          flagged: false,
          from: null,
          to: null,
          page: 1,
        },
        db,
        AREA_FOCUS_LIMIT,
      );
      return { code: f.code, nameDa: f.nameDa, nameEn: f.nameEn, activities: rows, total };
    })
    .filter((f) => f.total > 0);

  return {
    ...summary,
    descriptionDa: area.descriptionDa,
    descriptionEn: area.descriptionEn,
    organisations: orgs,
    byFocus,
  };
}

/**
 * The values the list filters accept, for parsing the URL and for the filter form: the same for every
 * request until the next write.
 */
export function getFilterOptions(db: Db = getDb()) {
  return cachedUntilWrite(db, "filterOptions", () => computeFilterOptions(db));
}

function computeFilterOptions(db: Db) {
  const areaOptions = db.select({ slug: areas.slug, name: areas.name }).from(areas).orderBy(asc(areas.name)).all();
  const focusOptions = db
    .select({ code: focusAreas.code, nameDa: focusAreas.nameDa, nameEn: focusAreas.nameEn })
    .from(focusAreas)
    .orderBy(asc(focusAreas.sortOrder))
    .all();
  const planOptions = db.select({ slug: plans.slug, name: plans.name }).from(plans).orderBy(asc(plans.startsOn), asc(plans.name)).all();
  return { areas: areaOptions, focusAreas: focusOptions, plans: planOptions };
}

/** What an area's edit form starts from. */
export type AreaForEdit = {
  id: number;
  slug: string;
  name: string;
  residents: number | null;
  homes: number | null;
  housingSections: number | null;
  classification: AreaClassification;
  descriptionDa: string;
  descriptionEn: string;
  version: number;
};

export function getAreaForEdit(slug: string, db: DbOrTx = getDb()): AreaForEdit | null {
  return (
    db
      .select({
        id: areas.id,
        slug: areas.slug,
        name: areas.name,
        residents: areas.residents,
        homes: areas.homes,
        housingSections: areas.housingSections,
        classification: areas.classification,
        descriptionDa: areas.descriptionDa,
        descriptionEn: areas.descriptionEn,
        version: areas.version,
      })
      .from(areas)
      .where(eq(areas.slug, slug))
      .get() ?? null
  );
}

export type AreaInput = Omit<AreaForEdit, "id" | "version">;

function slugTaken(db: DbOrTx, slug: string, exceptId?: number): boolean {
  const row = db.select({ id: areas.id }).from(areas).where(eq(areas.slug, slug)).get();
  return row !== undefined && row.id !== exceptId;
}

/** Creates a housing area; DuplicateError("slug") when its slug is taken. */
export function createArea(input: AreaInput, actorId: number, db: Db = getDb()): AreaForEdit {
  return db.transaction((tx) => {
    if (slugTaken(tx, input.slug)) throw new DuplicateError("slug");
    const row = tx.insert(areas).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "area.create", entity: "area", entityId: row.id, after: row });
    return row;
  });
}

/** Changes an area against the version the form was loaded with. */
export function updateArea(id: number, input: AreaInput & { version: number }, actorId: number, db: Db = getDb()): AreaForEdit {
  return db.transaction((tx) => {
    const before = tx.select().from(areas).where(eq(areas.id, id)).get();
    if (!before) throw new NotFoundError("area");
    if (slugTaken(tx, input.slug, id)) throw new DuplicateError("slug");
    const { version, ...values } = input;
    const after = tx
      .update(areas)
      .set({ ...values, version: sql`${areas.version} + 1` })
      .where(and(eq(areas.id, id), eq(areas.version, version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("area");
    writeAudit(tx, { userId: actorId, action: "area.update", entity: "area", entityId: id, before, after });
    return after;
  });
}
