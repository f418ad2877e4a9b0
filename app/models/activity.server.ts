import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import {
  activities,
  activityAreas,
  agendaItemActivities,
  areas,
  focusAreas,
  fundingLines,
  fundraisingFlags,
  indicators,
  milestones,
  planAreas,
  plans,
  statusUpdates,
} from "../../db/schema";
import { type ActivityStatus, type FocusAreaCode, type FundingState, type Health, SECURED_STAGES } from "../domain/constants";
import { NotFoundError, OutsidePlanError, StateConflictError, VersionConflictError } from "../domain/errors";
import { type ActivityFilters, PAGE_SIZE } from "../domain/filters";
import { fundingGap, fundingState } from "../domain/funding";
import type { InitialStatus } from "../domain/transitions";
import { escapeLike, foldText } from "../utils/text";
import { writeAudit } from "./audit.server";
import { cachedUntilWrite } from "./figures-cache.server";

/** Secured money per activity (granted + paid), as a correlated SQL aggregate. */
const securedSql = sql<number>`coalesce((
  select sum(${fundingLines.amount}) from ${fundingLines}
  where ${fundingLines.activityId} = ${activities.id}
    and ${fundingLines.stage} in (${sql.join(
      SECURED_STAGES.map((s) => sql`${s}`),
      sql`, `,
    )})
), 0)`;

function fundingStateCondition(state: FundingState): SQL {
  switch (state) {
    case "funded":
      return sql`${securedSql} >= ${activities.budget}`;
    case "unfunded":
      return sql`(${securedSql} <= 0 and ${activities.budget} > 0)`;
    case "partly":
      return sql`(${securedSql} > 0 and ${securedSql} < ${activities.budget})`;
  }
}

function filterConditions(filters: ActivityFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.areas.length > 0) {
    // From the chosen areas to their activities (an index search), not every activity checked in turn.
    conditions.push(sql`${activities.id} in (
      select ${activityAreas.activityId} from ${activityAreas} join ${areas} on ${areas.id} = ${activityAreas.areaId}
      where ${inArray(areas.slug, filters.areas)}
    )`);
  }
  if (filters.focus.length > 0) {
    conditions.push(inArray(focusAreas.code, filters.focus as FocusAreaCode[]));
  }
  if (filters.statuses.length > 0) conditions.push(inArray(activities.status, filters.statuses));
  if (filters.health.length > 0) conditions.push(inArray(activities.health, filters.health));
  if (filters.plans.length > 0) {
    conditions.push(sql`${activities.planId} in (select ${plans.id} from ${plans} where ${inArray(plans.slug, filters.plans)})`);
  }
  if (filters.funding.length > 0) {
    const states = filters.funding.map(fundingStateCondition);
    conditions.push(sql`(${sql.join(states, sql` or `)})`);
  }
  // The same overlap rule as the dashboard's period filter.
  if (filters.to) conditions.push(sql`(${activities.startsOn} is null or ${activities.startsOn} <= ${filters.to})`);
  if (filters.from) conditions.push(sql`(${activities.endsOn} is null or ${activities.endsOn} >= ${filters.from})`);
  if (filters.flagged) {
    conditions.push(sql`exists (select 1 from ${fundraisingFlags}
      where ${fundraisingFlags.activityId} = ${activities.id} and ${fundraisingFlags.resolvedAt} is null)`);
  }
  if (filters.q) {
    const pattern = `%${escapeLike(foldText(filters.q))}%`;
    const fields = [
      activities.title,
      activities.purpose,
      activities.targetGroup,
      activities.content,
      activities.partners,
      activities.responsible,
    ];
    conditions.push(
      sql`(${sql.join(
        fields.map((f) => sql`fold(${f}) like ${pattern} escape '\\'`),
        sql` or `,
      )})`,
    );
  }
  return conditions;
}

/** An activity's own fields with its money and areas: what its page and the list's exports show. */
type ActivityFields = {
  id: number;
  title: string;
  status: ActivityStatus;
  health: Health;
  budget: number;
  secured: number;
  gap: number;
  surplus: number;
  fundingState: FundingState;
  startsOn: string | null;
  endsOn: string | null;
  responsible: string;
  partners: string;
  healthReason: string;
  focus: { code: FocusAreaCode; nameDa: string; nameEn: string };
  plan: { id: number; name: string };
  areas: { slug: string; name: string }[];
};

/**
 * A row of the activity list (and of an area's page): only what they draw, since the loader sends every
 * row to the browser again for hydration. The focus area's name is in the filter options, by its code.
 */
export type ActivityListRow = {
  id: number;
  title: string;
  status: ActivityStatus;
  health: Health;
  budget: number;
  fundingState: FundingState;
  focusCode: FocusAreaCode;
  /** The names of its areas, alphabetically. */
  areas: string[];
};

/** Every field of the activities that match the filters, in the list's order, for the exports. */
function selectActivities(db: Db, filters: ActivityFilters) {
  const where = filterConditions(filters);
  return db
    .select({
      id: activities.id,
      title: activities.title,
      status: activities.status,
      health: activities.health,
      healthReason: activities.healthReason,
      budget: activities.budget,
      secured: securedSql.mapWith(Number),
      startsOn: activities.startsOn,
      endsOn: activities.endsOn,
      responsible: activities.responsible,
      partners: activities.partners,
      purpose: activities.purpose,
      targetGroup: activities.targetGroup,
      content: activities.content,
      version: activities.version,
      focusCode: focusAreas.code,
      focusNameDa: focusAreas.nameDa,
      focusNameEn: focusAreas.nameEn,
      planId: plans.id,
      planName: plans.name,
      planSlug: plans.slug,
    })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(asc(focusAreas.sortOrder), asc(activities.title), asc(activities.id));
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectActivities>["all"]>>[number];

/** Secured money (granted + paid) of some activities, in one grouped query. */
function securedOf(db: Db, activityIds: number[]): Map<number, number> {
  if (activityIds.length === 0) return new Map();
  const rows = db
    .select({ activityId: fundingLines.activityId, secured: sql<number>`sum(${fundingLines.amount})`.mapWith(Number) })
    .from(fundingLines)
    .where(and(inArray(fundingLines.activityId, activityIds), inArray(fundingLines.stage, [...SECURED_STAGES])))
    .groupBy(fundingLines.activityId)
    .all();
  return new Map(rows.map((r) => [r.activityId, r.secured]));
}

/** Areas for a set of activities in one query, not one per row. */
function areasOf(db: Db, activityIds: number[]): Map<number, { slug: string; name: string }[]> {
  const byActivity = new Map<number, { slug: string; name: string }[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = db
    .select({ activityId: activityAreas.activityId, slug: areas.slug, name: areas.name })
    .from(activityAreas)
    .innerJoin(areas, eq(areas.id, activityAreas.areaId))
    .where(inArray(activityAreas.activityId, activityIds))
    .orderBy(asc(areas.name))
    .all();
  for (const row of rows) {
    const list = byActivity.get(row.activityId) ?? [];
    list.push({ slug: row.slug, name: row.name });
    byActivity.set(row.activityId, list);
  }
  return byActivity;
}

function toExportFields(db: Db, rows: SelectedRow[]): ActivityFields[] {
  const areaMap = areasOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const { gap, surplus } = fundingGap(r.budget, r.secured);
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      health: r.health,
      healthReason: r.healthReason,
      budget: r.budget,
      secured: r.secured,
      gap,
      surplus,
      fundingState: fundingState(r.budget, r.secured),
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      responsible: r.responsible,
      partners: r.partners,
      focus: { code: r.focusCode, nameDa: r.focusNameDa, nameEn: r.focusNameEn },
      plan: { id: r.planId, name: r.planName },
      areas: areaMap.get(r.id) ?? [],
    };
  });
}

export function listActivities(
  filters: ActivityFilters,
  db: Db = getDb(),
  pageSize: number = PAGE_SIZE,
): { rows: ActivityListRow[]; total: number; page: number; pageCount: number } {
  const where = filterConditions(filters);
  const countRow = db
    .select({ n: sql<number>`count(*)` })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .where(where.length > 0 ? and(...where) : undefined)
    .get();
  const total = countRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  // A page past the end shows the last page rather than an empty list.
  const page = Math.min(filters.page, pageCount);
  // Only the columns the page draws: the sort before the limit carries every column selected, and the long
  // texts (purpose, content) made it twice as slow.
  const rows = db
    .select({
      id: activities.id,
      title: activities.title,
      status: activities.status,
      health: activities.health,
      budget: activities.budget,
      focusCode: focusAreas.code,
    })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(asc(focusAreas.sortOrder), asc(activities.title), asc(activities.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const ids = rows.map((r) => r.id);
  const secured = securedOf(db, ids);
  const areaMap = areasOf(db, ids);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      health: r.health,
      budget: r.budget,
      fundingState: fundingState(r.budget, secured.get(r.id) ?? 0),
      focusCode: r.focusCode,
      areas: (areaMap.get(r.id) ?? []).map((a) => a.name),
    })),
    total,
    page,
    pageCount,
  };
}

/** A row of the activity exports: the list's row with every field the edit form has, and the version it was read at. */
export type ActivityExportRow = ActivityFields & {
  purpose: string;
  targetGroup: string;
  content: string;
  version: number;
  plan: { id: number; name: string; slug: string };
};

/** Every activity that matches the filters, for the CSV and Excel exports (which an import reads back). */
export function listActivitiesForExport(filters: ActivityFilters, db: Db = getDb()): ActivityExportRow[] {
  const selected = selectActivities(db, filters).all();
  return toExportFields(db, selected).map((row, i) => {
    const r = selected[i] as SelectedRow;
    return {
      ...row,
      purpose: r.purpose,
      targetGroup: r.targetGroup,
      content: r.content,
      version: r.version,
      plan: { ...row.plan, slug: r.planSlug },
    };
  });
}

export type ActivityDetail = ActivityFields & {
  purpose: string;
  targetGroup: string;
  content: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  plan: { id: number; name: string; startsOn: string; endsOn: string };
};

const activityById = preparedPerConnection((db) =>
  db
    .select({
      activity: activities,
      focus: focusAreas,
      plan: plans,
      secured: securedSql.mapWith(Number),
    })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(eq(activities.id, sql.placeholder("id")))
    .prepare(),
);

const areasOfActivity = preparedPerConnection((db) =>
  db
    .select({ slug: areas.slug, name: areas.name })
    .from(activityAreas)
    .innerJoin(areas, eq(areas.id, activityAreas.areaId))
    .where(eq(activityAreas.activityId, sql.placeholder("id")))
    .orderBy(asc(areas.name))
    .prepare(),
);

export function getActivity(id: number, db: Db = getDb()): ActivityDetail | null {
  const row = activityById(db).get({ id });
  if (!row) return null;
  const a = row.activity;
  const { gap, surplus } = fundingGap(a.budget, row.secured);
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    health: a.health,
    healthReason: a.healthReason,
    budget: a.budget,
    secured: row.secured,
    gap,
    surplus,
    fundingState: fundingState(a.budget, row.secured),
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    responsible: a.responsible,
    partners: a.partners,
    purpose: a.purpose,
    targetGroup: a.targetGroup,
    content: a.content,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    focus: { code: row.focus.code, nameDa: row.focus.nameDa, nameEn: row.focus.nameEn },
    plan: { id: row.plan.id, name: row.plan.name, startsOn: row.plan.startsOn, endsOn: row.plan.endsOn },
    areas: areasOfActivity(db).all({ id: a.id }),
  };
}

export type PortfolioOverview = {
  activityCount: number;
  totalBudget: number;
  totalSecured: number;
  byStatus: { status: ActivityStatus; count: number }[];
  byFocus: { code: FocusAreaCode; nameDa: string; nameEn: string; count: number; budget: number }[];
};

/** The front page's figures, each a SQL aggregate; cached until the next write. */
export function getOverview(db: Db = getDb()): PortfolioOverview {
  return cachedUntilWrite(db, "overview", () => computeOverview(db));
}

function computeOverview(db: Db): PortfolioOverview {
  const totals = db
    .select({
      n: sql<number>`count(*)`,
      budget: sql<number>`coalesce(sum(${activities.budget}), 0)`,
    })
    .from(activities)
    .get();
  const secured = db
    .select({ amount: sql<number>`coalesce(sum(${fundingLines.amount}), 0)` })
    .from(fundingLines)
    .where(inArray(fundingLines.stage, [...SECURED_STAGES]))
    .get();
  const byStatus = db
    .select({ status: activities.status, count: sql<number>`count(*)` })
    .from(activities)
    .groupBy(activities.status)
    .all();
  const byFocus = db
    .select({
      code: focusAreas.code,
      nameDa: focusAreas.nameDa,
      nameEn: focusAreas.nameEn,
      count: sql<number>`count(${activities.id})`,
      budget: sql<number>`coalesce(sum(${activities.budget}), 0)`,
    })
    .from(focusAreas)
    .leftJoin(activities, eq(activities.focusAreaId, focusAreas.id))
    .groupBy(focusAreas.id)
    .orderBy(asc(focusAreas.sortOrder))
    .all();
  return {
    activityCount: totals?.n ?? 0,
    totalBudget: totals?.budget ?? 0,
    totalSecured: secured?.amount ?? 0,
    byStatus,
    byFocus,
  };
}

/** What keeps an activity from being deleted: anything recorded about it beyond its own fields. */
export type ActivityRecords = {
  updates: number;
  indicators: number;
  milestones: number;
  fundingLines: number;
  flags: number;
  /** Agenda items that concern it: a board discussed it, so it is history, not a mistaken entry. */
  agendaItems: number;
};

/** What an activity's edit form starts from, and what the server checks a write against. */
export type ActivityForEdit = {
  id: number;
  title: string;
  planId: number;
  focus: FocusAreaCode;
  areaIds: number[];
  budget: number;
  startsOn: string | null;
  endsOn: string | null;
  status: ActivityStatus;
  purpose: string;
  targetGroup: string;
  content: string;
  partners: string;
  responsible: string;
  version: number;
  records: ActivityRecords;
};

function recordsOf(db: DbOrTx, id: number): ActivityRecords {
  const n = (table: typeof statusUpdates | typeof indicators | typeof milestones | typeof fundingLines | typeof fundraisingFlags) =>
    db.select({ n: count() }).from(table).where(eq(table.activityId, id)).get()?.n ?? 0;
  return {
    updates: n(statusUpdates),
    indicators: n(indicators),
    milestones: n(milestones),
    fundingLines: n(fundingLines),
    flags: n(fundraisingFlags),
    agendaItems: db.select({ n: count() }).from(agendaItemActivities).where(eq(agendaItemActivities.activityId, id)).get()?.n ?? 0,
  };
}

/** True when nothing has been recorded about the activity: it may be deleted as a mistaken entry. */
export function isMistakenEntry(records: ActivityRecords): boolean {
  return Object.values(records).every((n) => n === 0);
}

export function getActivityForEdit(id: number, db: DbOrTx = getDb()): ActivityForEdit | null {
  const row = db
    .select({
      id: activities.id,
      title: activities.title,
      planId: activities.planId,
      focus: focusAreas.code,
      budget: activities.budget,
      startsOn: activities.startsOn,
      endsOn: activities.endsOn,
      status: activities.status,
      purpose: activities.purpose,
      targetGroup: activities.targetGroup,
      content: activities.content,
      partners: activities.partners,
      responsible: activities.responsible,
      version: activities.version,
    })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .where(eq(activities.id, id))
    .get();
  if (!row) return null;
  const areaIds = db
    .select({ areaId: activityAreas.areaId })
    .from(activityAreas)
    .innerJoin(areas, eq(areas.id, activityAreas.areaId))
    .where(eq(activityAreas.activityId, id))
    .orderBy(asc(areas.name))
    .all()
    .map((r) => r.areaId);
  return { ...row, areaIds, records: recordsOf(db, id) };
}

export type ActivityFormOptions = {
  plans: { id: number; name: string; startsOn: string; endsOn: string; areas: { id: number; name: string }[] }[];
  focusAreas: { code: FocusAreaCode; nameDa: string; nameEn: string }[];
  areas: { id: number; name: string }[];
};

/** Every plan (with the areas it covers), focus area and area, for the activity forms to choose from. */
export function activityFormOptions(db: DbOrTx = getDb()): ActivityFormOptions {
  const planRows = db
    .select({ id: plans.id, name: plans.name, startsOn: plans.startsOn, endsOn: plans.endsOn })
    .from(plans)
    .orderBy(asc(plans.startsOn), asc(plans.name))
    .all();
  const covered = db
    .select({ planId: planAreas.planId, id: areas.id, name: areas.name })
    .from(planAreas)
    .innerJoin(areas, eq(areas.id, planAreas.areaId))
    .orderBy(asc(areas.name))
    .all();
  const focusRows = db
    .select({ code: focusAreas.code, nameDa: focusAreas.nameDa, nameEn: focusAreas.nameEn })
    .from(focusAreas)
    .orderBy(asc(focusAreas.sortOrder))
    .all();
  const areaRows = db.select({ id: areas.id, name: areas.name }).from(areas).orderBy(asc(areas.name)).all();
  return {
    plans: planRows.map((p) => ({
      ...p,
      areas: covered.filter((c) => c.planId === p.id).map(({ id, name }) => ({ id, name })),
    })),
    focusAreas: focusRows,
    areas: areaRows,
  };
}

/** An activity's fields as its forms send them, typed. */
export type ActivityInput = {
  title: string;
  planId: number;
  focus: FocusAreaCode;
  areaIds: number[];
  budget: number;
  startsOn: string | null;
  endsOn: string | null;
  purpose: string;
  targetGroup: string;
  content: string;
  partners: string;
  responsible: string;
};

/**
 * Whether an activity could be placed so, without writing anything (an import's preview): the errors of
 * `resolveInput`, which every create and update checks again inside its transaction.
 */
export function checkActivityPlacement(input: Pick<ActivityInput, "planId" | "focus" | "areaIds">, db: DbOrTx = getDb()): void {
  resolveInput(db, input);
}

/**
 * The plan, focus area and areas of a write, checked inside its transaction: NotFoundError("plan"), ("focus")
 * or ("area") for an unknown one, OutsidePlanError naming the areas the plan does not cover.
 */
function resolveInput(tx: DbOrTx, input: Pick<ActivityInput, "planId" | "focus" | "areaIds">): { focusAreaId: number } {
  const plan = tx.select({ id: plans.id }).from(plans).where(eq(plans.id, input.planId)).get();
  if (!plan) throw new NotFoundError("plan");
  const focus = tx.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.code, input.focus)).get();
  if (!focus) throw new NotFoundError("focus");
  const known = tx
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(inArray(areas.id, input.areaIds))
    .orderBy(asc(areas.name))
    .all();
  if (known.length !== input.areaIds.length) throw new NotFoundError("area");
  const inPlan = new Set(
    tx
      .select({ areaId: planAreas.areaId })
      .from(planAreas)
      .where(eq(planAreas.planId, input.planId))
      .all()
      .map((r) => r.areaId),
  );
  const outside = known.filter((a) => !inPlan.has(a.id));
  if (outside.length > 0) throw new OutsidePlanError(outside.map((a) => a.name));
  return { focusAreaId: focus.id };
}

/** An activity as the audit log keeps it: its fields, with plan, focus area and areas by their stable names. */
function auditView(tx: DbOrTx, id: number) {
  const a = activitiesById([id], tx).get(id);
  if (!a) return null;
  const plan = tx.select({ slug: plans.slug }).from(plans).where(eq(plans.id, a.planId)).get();
  const areaSlugs = a.areaIds.length
    ? tx
        .select({ slug: areas.slug })
        .from(areas)
        .where(inArray(areas.id, a.areaIds))
        .orderBy(asc(areas.slug))
        .all()
        .map((r) => r.slug)
    : [];
  const { id: _id, planId: _planId, areaIds: _areaIds, ...fields } = a;
  return { ...fields, plan: plan?.slug ?? null, areas: areaSlugs };
}

function setAreas(tx: DbOrTx, activityId: number, areaIds: number[]) {
  tx.delete(activityAreas).where(eq(activityAreas.activityId, activityId)).run();
  tx.insert(activityAreas)
    .values(areaIds.map((areaId) => ({ activityId, areaId })))
    .run();
}

/** Creates an activity in good health, with its areas and an audit row. Errors as `resolveInput`. */
export function createActivity(input: ActivityInput & { status: InitialStatus }, actorId: number, db: Db = getDb()): { id: number } {
  return db.transaction((tx) => insertActivity(tx, input, actorId));
}

/** `createActivity` inside a transaction the caller holds (an import saves many at once). */
export function insertActivity(tx: DbOrTx, input: ActivityInput & { status: InitialStatus }, actorId: number): { id: number } {
  const { focusAreaId } = resolveInput(tx, input);
  const { focus: _focus, areaIds, ...values } = input;
  const row = tx
    .insert(activities)
    .values({ ...values, focusAreaId, health: "green", healthReason: "" })
    .returning({ id: activities.id })
    .get();
  setAreas(tx, row.id, areaIds);
  writeAudit(tx, { userId: actorId, action: "activity.create", entity: "activity", entityId: row.id, after: auditView(tx, row.id) });
  return row;
}

/** A change to an activity: its fields but status; budget and plan unchanged when not given. */
export type ActivityUpdate = Omit<ActivityInput, "budget" | "planId"> & { budget?: number; planId?: number; version: number };

/**
 * Changes an activity against the version the form was loaded with (a status update since then is a change
 * too): VersionConflictError, or the errors of `resolveInput`. Nothing is written unless all of it is.
 */
export function updateActivity(id: number, input: ActivityUpdate, actorId: number, db: Db = getDb()): { id: number } {
  return db.transaction((tx) => changeActivity(tx, id, input, actorId));
}

/** `updateActivity` inside a transaction the caller holds; the caller rolls it back on an error. */
export function changeActivity(tx: DbOrTx, id: number, input: ActivityUpdate, actorId: number): { id: number } {
  const stored = activitiesById([id], tx).get(id);
  if (!stored) throw new NotFoundError("activity");
  if (stored.version !== input.version) throw new VersionConflictError("activity");
  const planId = input.planId ?? stored.planId;
  const budget = input.budget ?? stored.budget;
  const { focusAreaId } = resolveInput(tx, { planId, focus: input.focus, areaIds: input.areaIds });
  const before = auditView(tx, id);
  const { focus: _focus, areaIds, version, ...values } = input;
  const changed = tx
    .update(activities)
    .set({
      ...values,
      planId,
      budget,
      focusAreaId,
      version: sql`${activities.version} + 1`,
      updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
    })
    .where(and(eq(activities.id, id), eq(activities.version, version)))
    .run();
  if (changed.changes !== 1) throw new VersionConflictError("activity");
  setAreas(tx, id, areaIds);
  writeAudit(tx, { userId: actorId, action: "activity.update", entity: "activity", entityId: id, before, after: auditView(tx, id) });
  return { id };
}

/** An activity's editable fields as stored, with its status and version, for an import to compare rows with. */
export type StoredActivity = Omit<ActivityForEdit, "records">;

/** The stored activities with these ids, by id, in three queries however many (an import checks thousands). */
export function activitiesById(ids: readonly number[], db: DbOrTx = getDb()): Map<number, StoredActivity> {
  const found = new Map<number, StoredActivity>();
  if (ids.length === 0) return found;
  const rows = db
    .select({
      id: activities.id,
      title: activities.title,
      planId: activities.planId,
      focus: focusAreas.code,
      budget: activities.budget,
      startsOn: activities.startsOn,
      endsOn: activities.endsOn,
      status: activities.status,
      purpose: activities.purpose,
      targetGroup: activities.targetGroup,
      content: activities.content,
      partners: activities.partners,
      responsible: activities.responsible,
      version: activities.version,
    })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .where(inArray(activities.id, [...ids]))
    .all();
  for (const row of rows) found.set(row.id, { ...row, areaIds: [] });
  const links = db
    .select({ activityId: activityAreas.activityId, areaId: activityAreas.areaId })
    .from(activityAreas)
    .innerJoin(areas, eq(areas.id, activityAreas.areaId))
    .where(inArray(activityAreas.activityId, [...ids]))
    .orderBy(asc(areas.name))
    .all();
  for (const link of links) found.get(link.activityId)?.areaIds.push(link.areaId);
  return found;
}

/**
 * Deletes a mistaken entry: an activity about which nothing has been recorded (no status update, indicator,
 * milestone, funding line or fundraising flag). Any other is ended with a status update instead:
 * StateConflictError("activity-has-records"). VersionConflictError when it changed since the form was loaded.
 */
export function deleteActivity(id: number, version: number, actorId: number, db: Db = getDb()): { title: string } {
  return db.transaction((tx) => {
    const stored = getActivityForEdit(id, tx);
    if (!stored) throw new NotFoundError("activity");
    if (stored.version !== version) throw new VersionConflictError("activity");
    if (!isMistakenEntry(stored.records)) throw new StateConflictError("activity-has-records");
    const before = auditView(tx, id);
    tx.delete(activityAreas).where(eq(activityAreas.activityId, id)).run();
    tx.delete(activities)
      .where(and(eq(activities.id, id), eq(activities.version, version)))
      .run();
    writeAudit(tx, { userId: actorId, action: "activity.delete", entity: "activity", entityId: id, before });
    return { title: stored.title };
  });
}
