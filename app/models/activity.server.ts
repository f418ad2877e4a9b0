import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";

import { type Db, getDb } from "../../db/client.server";
import { activities, activityAreas, areas, focusAreas, fundingLines, fundraisingFlags, plans } from "../../db/schema";
import { type ActivityStatus, type FocusAreaCode, type FundingState, type Health, SECURED_STAGES } from "../domain/constants";
import { type ActivityFilters, PAGE_SIZE } from "../domain/filters";
import { fundingGap, fundingState } from "../domain/funding";
import { escapeLike, foldText } from "../utils/text";

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
    conditions.push(sql`exists (
      select 1 from ${activityAreas} join ${areas} on ${areas.id} = ${activityAreas.areaId}
      where ${activityAreas.activityId} = ${activities.id} and ${inArray(areas.slug, filters.areas)}
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

export type ActivityListRow = {
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
      focusCode: focusAreas.code,
      focusNameDa: focusAreas.nameDa,
      focusNameEn: focusAreas.nameEn,
      planId: plans.id,
      planName: plans.name,
    })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(asc(focusAreas.sortOrder), asc(activities.title), asc(activities.id));
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectActivities>["all"]>>[number];

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

function toListRows(db: Db, rows: SelectedRow[]): ActivityListRow[] {
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
): { rows: ActivityListRow[]; total: number; page: number; pageCount: number } {
  const where = filterConditions(filters);
  const countRow = db
    .select({ n: sql<number>`count(*)` })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .where(where.length > 0 ? and(...where) : undefined)
    .get();
  const total = countRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the end shows the last page rather than an empty list.
  const page = Math.min(filters.page, pageCount);
  const rows = selectActivities(db, filters)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  return { rows: toListRows(db, rows), total, page, pageCount };
}

/** Every activity that matches the filters, for the CSV export (not one page). */
export function listAllActivities(filters: ActivityFilters, db: Db = getDb()): ActivityListRow[] {
  return toListRows(db, selectActivities(db, filters).all());
}

export type ActivityDetail = ActivityListRow & {
  purpose: string;
  targetGroup: string;
  content: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  plan: { id: number; name: string; startsOn: string; endsOn: string };
};

export function getActivity(id: number, db: Db = getDb()): ActivityDetail | null {
  const row = db
    .select({
      activity: activities,
      focus: focusAreas,
      plan: plans,
      secured: securedSql.mapWith(Number),
    })
    .from(activities)
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(eq(activities.id, id))
    .get();
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
    areas: areasOf(db, [a.id]).get(a.id) ?? [],
  };
}

export type PortfolioOverview = {
  activityCount: number;
  totalBudget: number;
  totalSecured: number;
  byStatus: { status: ActivityStatus; count: number }[];
  byFocus: { code: FocusAreaCode; nameDa: string; nameEn: string; count: number; budget: number }[];
};

/** The front page's figures, each a SQL aggregate. */
export function getOverview(db: Db = getDb()): PortfolioOverview {
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
