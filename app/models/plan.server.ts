import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { activities, activityAreas, areas, planAreas, plans } from "../../db/schema";
import { DuplicateError, InUseError, NotFoundError, VersionConflictError } from "../domain/errors";
import { writeAudit } from "./audit.server";

export type PlanSummary = {
  id: number;
  slug: string;
  name: string;
  startsOn: string;
  endsOn: string;
  version: number;
  areas: { id: number; slug: string; name: string }[];
  activityCount: number;
};

function areasOfPlans(db: DbOrTx, planIds: number[]) {
  const map = new Map<number, PlanSummary["areas"]>();
  if (planIds.length === 0) return map;
  const rows = db
    .select({ planId: planAreas.planId, id: areas.id, slug: areas.slug, name: areas.name })
    .from(planAreas)
    .innerJoin(areas, eq(areas.id, planAreas.areaId))
    .where(inArray(planAreas.planId, planIds))
    .orderBy(asc(areas.name))
    .all();
  for (const { planId, ...area } of rows) map.set(planId, [...(map.get(planId) ?? []), area]);
  return map;
}

/** Every plan, oldest first, with its areas and how many activities it holds. */
export function listPlans(db: DbOrTx = getDb()): PlanSummary[] {
  const rows = db
    .select({
      id: plans.id,
      slug: plans.slug,
      name: plans.name,
      startsOn: plans.startsOn,
      endsOn: plans.endsOn,
      version: plans.version,
      // Written out: drizzle leaves columns unqualified in a one-table select, so ${plans.id} would read as
      // the subquery's own "id".
      activityCount: sql<number>`(select count(*) from activities a where a.plan_id = "plans"."id")`,
    })
    .from(plans)
    .orderBy(asc(plans.startsOn), asc(plans.name))
    .all();
  const areaMap = areasOfPlans(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, areas: areaMap.get(r.id) ?? [] }));
}

export function getPlan(slug: string, db: DbOrTx = getDb()): PlanSummary | null {
  return listPlans(db).find((p) => p.slug === slug) ?? null;
}

export type PlanInput = { name: string; slug: string; startsOn: string; endsOn: string; areaIds: number[] };

function checkPlanInput(tx: DbOrTx, input: PlanInput, exceptId?: number) {
  const clash = tx.select({ id: plans.id }).from(plans).where(eq(plans.slug, input.slug)).get();
  if (clash && clash.id !== exceptId) throw new DuplicateError("slug");
  const known = tx.select({ id: areas.id }).from(areas).where(inArray(areas.id, input.areaIds)).all();
  if (known.length !== input.areaIds.length) throw new NotFoundError("area");
}

function auditView(tx: DbOrTx, id: number) {
  const plan = listPlans(tx).find((p) => p.id === id);
  return plan
    ? { name: plan.name, slug: plan.slug, startsOn: plan.startsOn, endsOn: plan.endsOn, areas: plan.areas.map((a) => a.slug) }
    : null;
}

/** Creates a plan with the areas it covers; DuplicateError("slug"), NotFoundError("area") for an unknown area. */
export function createPlan(input: PlanInput, actorId: number, db: Db = getDb()): { id: number; slug: string } {
  return db.transaction((tx) => {
    checkPlanInput(tx, input);
    const { areaIds, ...values } = input;
    const row = tx.insert(plans).values(values).returning({ id: plans.id, slug: plans.slug }).get();
    tx.insert(planAreas)
      .values(areaIds.map((areaId) => ({ planId: row.id, areaId })))
      .run();
    writeAudit(tx, { userId: actorId, action: "plan.create", entity: "plan", entityId: row.id, after: auditView(tx, row.id) });
    return row;
  });
}

/**
 * Changes a plan against the version the form was loaded with. An area may leave the plan only when none of
 * the plan's activities runs there: InUseError("areaIds") names them otherwise. An activity's own period may
 * outlast its plan's (a foundation-funded continuation), so the period is not checked against activities.
 */
export function updatePlan(
  id: number,
  input: PlanInput & { version: number },
  actorId: number,
  db: Db = getDb(),
): { id: number; slug: string } {
  return db.transaction((tx) => {
    const before = auditView(tx, id);
    if (!before) throw new NotFoundError("plan");
    // Someone else's change first: it may be what makes this one right or wrong.
    const stored = tx.select({ version: plans.version }).from(plans).where(eq(plans.id, id)).get();
    if (stored?.version !== input.version) throw new VersionConflictError("plan");
    checkPlanInput(tx, input, id);
    const stranded = tx
      .selectDistinct({ title: activities.title })
      .from(activities)
      .innerJoin(activityAreas, eq(activityAreas.activityId, activities.id))
      .where(and(eq(activities.planId, id), notInArray(activityAreas.areaId, input.areaIds)))
      .orderBy(asc(activities.title))
      .all();
    if (stranded.length > 0) {
      throw new InUseError(
        "areaIds",
        stranded.map((s) => s.title),
      );
    }
    const { areaIds, version, ...values } = input;
    const after = tx
      .update(plans)
      .set({ ...values, version: sql`${plans.version} + 1` })
      .where(and(eq(plans.id, id), eq(plans.version, version)))
      .returning({ id: plans.id, slug: plans.slug })
      .get();
    if (!after) throw new VersionConflictError("plan");
    tx.delete(planAreas).where(eq(planAreas.planId, id)).run();
    tx.insert(planAreas)
      .values(areaIds.map((areaId) => ({ planId: id, areaId })))
      .run();
    writeAudit(tx, { userId: actorId, action: "plan.update", entity: "plan", entityId: id, before, after: auditView(tx, id) });
    return after;
  });
}
