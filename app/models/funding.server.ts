import { and, asc, desc, eq, inArray, isNull, notInArray, type SQL, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import {
  activities,
  activityAreas,
  areas,
  focusAreas,
  fundingLines,
  fundingSources,
  fundraisingFlags,
  plans,
  users,
} from "../../db/schema";
import {
  type ActivityStatus,
  type FlagPriority,
  type FocusAreaCode,
  FUNDING_STAGES,
  type FundingSourceKind,
  type FundingStage,
  OPEN_STAGES,
  PIPELINE_STAGE,
  SECURED_STAGES,
} from "../domain/constants";
import { DuplicateError, NotFoundError, StateConflictError, VersionConflictError } from "../domain/errors";
import {
  type ActivityMoney,
  activityMoney,
  BASE_FUNDING_KINDS,
  type CoFinancing,
  coFinancing,
  countsTowardPlan,
  DECIDED_STAGES,
  fundingYears,
  type LineAlert,
  lineAlert,
  roundShares,
} from "../domain/funding";
import { type Bounded, bounded, type Page, pageOf } from "../domain/pagination";
import { foldText } from "../utils/text";
import { writeAudit } from "./audit.server";
import { cachedUntilWrite } from "./figures-cache.server";

const securedStages = sql.join(
  SECURED_STAGES.map((s) => sql`${s}`),
  sql`, `,
);
/** Sums over funding_lines rows joined to an activity: secured (granted + paid) and pipeline (applied). */
const securedSum = sql<number>`coalesce(sum(case when ${fundingLines.stage} in (${securedStages}) then ${fundingLines.amount} end), 0)`;
const pipelineSum = sql<number>`coalesce(sum(case when ${fundingLines.stage} = ${PIPELINE_STAGE} then ${fundingLines.amount} end), 0)`;

/**
 * The line's year falls in its plan's period (the query joins the line's activity's plan): only then does
 * it count toward the plan's local co-financing (app/domain/funding.ts `countsTowardPlan`).
 */
const inPlanYears = sql<boolean>`${fundingLines.year} between cast(substr(${plans.startsOn}, 1, 4) as integer) and cast(substr(${plans.endsOn}, 1, 4) as integer)`;

/** An application's key: the lines of one application share it; a line on its own is keyed by its id. */
const applicationKey = sql<number>`coalesce(${fundingLines.applicationId}, ${fundingLines.id})`;

/** Sources fundraisers apply to (not the plan's base funding from LBF, the municipality and housing organisations). */
const isApplicationSource = notInArray(fundingSources.kind, [...BASE_FUNDING_KINDS]);

export type FundingFilters = {
  areas: string[];
  focus: string[];
  plans: string[];
  flagged: boolean;
  /** Period overlap, as on the dashboard (the board pack passes it on). */
  from?: string | null;
  to?: string | null;
};

function activityConditions(filters: FundingFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.areas.length > 0) {
    // From the chosen areas to their activities (an index search), not every activity checked in turn.
    conditions.push(sql`${activities.id} in (
      select ${activityAreas.activityId} from ${activityAreas} join ${areas} on ${areas.id} = ${activityAreas.areaId}
      where ${inArray(areas.slug, filters.areas)}
    )`);
  }
  if (filters.focus.length > 0) conditions.push(inArray(focusAreas.code, filters.focus as FocusAreaCode[]));
  if (filters.plans.length > 0) conditions.push(inArray(plans.slug, filters.plans));
  if (filters.flagged) conditions.push(sql`${openFlagPriority} is not null`);
  if (filters.to) conditions.push(sql`(${activities.startsOn} is null or ${activities.startsOn} <= ${filters.to})`);
  if (filters.from) conditions.push(sql`(${activities.endsOn} is null or ${activities.endsOn} >= ${filters.from})`);
  return conditions;
}

const openFlagPriority = sql<FlagPriority | null>`(select ${fundraisingFlags.priority} from ${fundraisingFlags}
  where ${fundraisingFlags.activityId} = ${activities.id} and ${fundraisingFlags.resolvedAt} is null)`;

export type FundingRow = ActivityMoney & {
  id: number;
  title: string;
  status: ActivityStatus;
  plan: { slug: string; name: string };
  focus: { code: FocusAreaCode; nameDa: string; nameEn: string };
  areaNames: string;
  flag: FlagPriority | null;
};

/**
 * Every activity with its money, as one grouped SQL aggregate (no per-row queries). `onlyGaps` keeps the
 * unfunded and under-funded ones, ranked by gap.
 */
export function listActivityMoney(filters: FundingFilters, options: { onlyGaps: boolean }, db: Db = getDb()): FundingRow[] {
  const where = activityConditions(filters);
  const rows = db
    .select({
      id: activities.id,
      title: activities.title,
      status: activities.status,
      budget: activities.budget,
      secured: securedSum.mapWith(Number),
      pipeline: pipelineSum.mapWith(Number),
      planSlug: plans.slug,
      planName: plans.name,
      focusCode: focusAreas.code,
      focusNameDa: focusAreas.nameDa,
      focusNameEn: focusAreas.nameEn,
      flag: openFlagPriority,
      areaNames: sql<string>`(select group_concat(${areas.name}, ', ') from ${activityAreas}
        join ${areas} on ${areas.id} = ${activityAreas.areaId} where ${activityAreas.activityId} = ${activities.id})`,
    })
    .from(activities)
    .innerJoin(plans, eq(plans.id, activities.planId))
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .leftJoin(fundingLines, eq(fundingLines.activityId, activities.id))
    .where(where.length > 0 ? and(...where) : undefined)
    .groupBy(activities.id)
    .having(options.onlyGaps ? sql`${securedSum} < ${activities.budget}` : undefined)
    .orderBy(desc(sql`${activities.budget} - ${securedSum}`), asc(activities.title))
    .all();
  return rows.map((r) => ({
    ...activityMoney(r.budget, r.secured, r.pipeline),
    id: r.id,
    title: r.title,
    status: r.status,
    plan: { slug: r.planSlug, name: r.planName },
    focus: { code: r.focusCode, nameDa: r.focusNameDa, nameEn: r.focusNameEn },
    areaNames: r.areaNames ?? "",
    flag: r.flag,
  }));
}

export type MoneyTotals = { budget: number; secured: number; gap: number; pipeline: number };

/** Rows per page of /funding's ranking by gap. */
export const RANKING_PAGE_SIZE = 25;

/**
 * A page of the activities with a gap, ranked by gap, and the sums over all of them (the ranking grows with
 * the portfolio: the page shows a page of it, the CSV all of it). Cached until the next write.
 */
export function rankedGaps(filters: FundingFilters, page: number, db: Db = getDb()): Page<FundingRow> & { sums: MoneyTotals } {
  const all = cachedUntilWrite(db, JSON.stringify(["rankedGaps", filters]), () => {
    const rows = listActivityMoney(filters, { onlyGaps: true }, db);
    const sums = rows.reduce(
      (t, r) => ({ budget: t.budget + r.budget, secured: t.secured + r.secured, gap: t.gap + r.gap, pipeline: t.pipeline + r.pipeline }),
      { budget: 0, secured: 0, gap: 0, pipeline: 0 },
    );
    return { rows, sums };
  });
  return { ...pageOf(all.rows, page, RANKING_PAGE_SIZE), sums: all.sums };
}

/**
 * Totals by area and by focus area. An activity in several areas counts its money split evenly across
 * them, so the area totals add up to the city total (DESIGN.md).
 */
export function fundingTotals(filters: FundingFilters, db: Db = getDb()) {
  return cachedUntilWrite(db, JSON.stringify(["fundingTotals", filters]), () => computeFundingTotals(filters, db));
}

function computeFundingTotals(filters: FundingFilters, db: Db) {
  const rows = listActivityMoney(filters, { onlyGaps: false }, db);
  const ids = rows.map((r) => r.id);
  const areaLinks = ids.length
    ? db
        .select({ activityId: activityAreas.activityId, slug: areas.slug, name: areas.name })
        .from(activityAreas)
        .innerJoin(areas, eq(areas.id, activityAreas.areaId))
        .where(inArray(activityAreas.activityId, ids))
        .all()
    : [];
  const areasOf = new Map<number, { slug: string; name: string }[]>();
  for (const link of areaLinks) areasOf.set(link.activityId, [...(areasOf.get(link.activityId) ?? []), link]);

  const empty = (): MoneyTotals => ({ budget: 0, secured: 0, gap: 0, pipeline: 0 });
  const add = (t: MoneyTotals, r: FundingRow, share: number) => {
    t.budget += r.budget * share;
    t.secured += r.secured * share;
    t.gap += r.gap * share;
    t.pipeline += r.pipeline * share;
  };
  const byArea = new Map<string, { name: string; totals: MoneyTotals }>();
  const byFocus = new Map<string, { nameDa: string; nameEn: string; totals: MoneyTotals }>();
  const total = empty();
  for (const r of rows) {
    const own = areasOf.get(r.id) ?? [];
    // With an area filter, an activity counts with the share that falls in the chosen areas (DESIGN.md:
    // money is split evenly across an activity's areas), as on the dashboard.
    const counted = filters.areas.length > 0 ? own.filter((a) => filters.areas.includes(a.slug)) : own;
    const share = own.length > 0 ? counted.length / own.length : 1;
    add(total, r, share);
    const focus = byFocus.get(r.focus.code) ?? { nameDa: r.focus.nameDa, nameEn: r.focus.nameEn, totals: empty() };
    add(focus.totals, r, share);
    byFocus.set(r.focus.code, focus);
    for (const area of counted) {
      const entry = byArea.get(area.slug) ?? { name: area.name, totals: empty() };
      add(entry.totals, r, 1 / own.length);
      byArea.set(area.slug, entry);
    }
  }
  const round = (t: MoneyTotals): MoneyTotals => ({
    budget: Math.round(t.budget),
    secured: Math.round(t.secured),
    gap: Math.round(t.gap),
    pipeline: Math.round(t.pipeline),
  });
  // Area figures are split shares: round them so they still add up to the total.
  const areaEntries = [...byArea.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, "da"));
  const split = (key: keyof MoneyTotals) => roundShares(areaEntries.map(([, v]) => v.totals[key]));
  const [budgets, secureds, gaps, pipelines] = [split("budget"), split("secured"), split("gap"), split("pipeline")];
  return {
    total: round(total),
    byArea: areaEntries.map(([slug, v], i) => ({
      slug,
      name: v.name,
      budget: budgets[i] ?? 0,
      secured: secureds[i] ?? 0,
      gap: gaps[i] ?? 0,
      pipeline: pipelines[i] ?? 0,
    })),
    byFocus: [...byFocus.entries()].map(([code, v]) => ({ code, nameDa: v.nameDa, nameEn: v.nameEn, ...round(v.totals) })),
  };
}

export type PlanCoFinancing = {
  plan: { id: number; slug: string; name: string };
  total: CoFinancing;
  years: ({ year: number } & CoFinancing)[];
};

/**
 * Local co-financing share per plan and per plan year, from secured money, as SQL aggregates. Lines in a
 * year outside their plan's period (an activity that outlives its plan) count toward no plan's share.
 */
export function coFinancingByPlan(planSlugs: string[] = [], db: DbOrTx = getDb()): PlanCoFinancing[] {
  // Inside a transaction (a write checking its figures) the figures are computed afresh.
  if (!("$client" in db)) return computeCoFinancingByPlan(planSlugs, db);
  return cachedUntilWrite(db, JSON.stringify(["coFinancingByPlan", planSlugs]), () => computeCoFinancingByPlan(planSlugs, db));
}

function computeCoFinancingByPlan(planSlugs: string[], db: DbOrTx): PlanCoFinancing[] {
  const local = sql<number>`coalesce(sum(case when ${fundingLines.stage} in (${securedStages}) and ${fundingSources.countsAsLocal} = 1 then ${fundingLines.amount} else 0 end), 0)`;
  const rows = db
    .select({
      planId: plans.id,
      slug: plans.slug,
      name: plans.name,
      year: fundingLines.year,
      local: local.mapWith(Number),
      secured: securedSum.mapWith(Number),
    })
    .from(fundingLines)
    .innerJoin(activities, eq(activities.id, fundingLines.activityId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .innerJoin(fundingSources, eq(fundingSources.id, fundingLines.sourceId))
    .where(and(inPlanYears, planSlugs.length > 0 ? inArray(plans.slug, planSlugs) : undefined))
    .groupBy(plans.id, fundingLines.year)
    .orderBy(asc(plans.startsOn), asc(plans.name), asc(fundingLines.year))
    .all();
  const byPlan = new Map<number, PlanCoFinancing>();
  for (const r of rows) {
    const entry = byPlan.get(r.planId) ?? { plan: { id: r.planId, slug: r.slug, name: r.name }, total: coFinancing(0, 0), years: [] };
    entry.years.push({ year: r.year, ...coFinancing(r.local, r.secured) });
    byPlan.set(r.planId, entry);
  }
  for (const entry of byPlan.values()) {
    const local = entry.years.reduce((n, y) => n + y.local, 0);
    const secured = entry.years.reduce((n, y) => n + y.secured, 0);
    entry.total = coFinancing(local, secured);
  }
  return [...byPlan.values()];
}

/** Plan years below 25 %, for warnings wherever the board looks. */
export function coFinancingWarnings(planSlugs: string[] = [], db: DbOrTx = getDb()) {
  return coFinancingByPlan(planSlugs, db).flatMap((p) => [
    ...(p.total.warning ? [{ plan: p.plan, year: null as number | null, ...p.total }] : []),
    ...p.years.filter((y) => y.warning).map((y) => ({ plan: p.plan, ...y })),
  ]);
}

/** A funding line as the /funding pipeline lists it. */
export type PipelineLine = {
  id: number;
  activityId: number;
  activityTitle: string;
  source: string;
  year: number;
  amount: number;
  stage: FundingStage;
  deadline: string | null;
  expectedAnswerOn: string | null;
  decidedOn: string | null;
  /** The year falls in the plan's period, so the line counts toward the plan's co-financing. */
  countsTowardPlan: boolean;
  /** A prospect's deadline, or an applied line's awaited answer. */
  alert: LineAlert;
};

const pipelineColumns = {
  id: fundingLines.id,
  activityId: activities.id,
  activityTitle: activities.title,
  source: fundingSources.name,
  year: fundingLines.year,
  amount: fundingLines.amount,
  stage: fundingLines.stage,
  deadline: fundingLines.deadline,
  expectedAnswerOn: fundingLines.expectedAnswerOn,
  decidedOn: fundingLines.decidedOn,
  countsTowardPlan: sql<number>`${inPlanYears}`.mapWith((v) => Number(v) === 1),
};

/**
 * The /funding pipeline. `stages`: applications (to sources other than the plan's base funding) by stage,
 * an application over several years counted once (once in each stage its years are in), with the sum of
 * its lines. `open`: every line still open (prospect, applied), the next date first: a prospect's deadline,
 * an applied line's expected answer. `decided`: decided applications' lines, the latest decision first.
 */
/** Lines shown in each of /funding's pipeline lists (the CSV of applications has them all). */
export const PIPELINE_LIMIT = 25;

export function fundingPipeline(
  filters: FundingFilters,
  today: string,
  db: Db = getDb(),
): { stages: { stage: FundingStage; count: number; amount: number }[]; open: Bounded<PipelineLine>; decided: Bounded<PipelineLine> } {
  return cachedUntilWrite(db, JSON.stringify(["fundingPipeline", filters, today]), () => computeFundingPipeline(filters, today, db));
}

function computeFundingPipeline(filters: FundingFilters, today: string, db: Db) {
  const where = activityConditions(filters);
  const lines = () =>
    db
      .select(pipelineColumns)
      .from(fundingLines)
      .innerJoin(activities, eq(activities.id, fundingLines.activityId))
      .innerJoin(plans, eq(plans.id, activities.planId))
      .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
      .innerJoin(fundingSources, eq(fundingSources.id, fundingLines.sourceId));
  const byStage = db
    .select({
      stage: fundingLines.stage,
      count: sql<number>`count(distinct ${applicationKey})`.mapWith(Number),
      amount: sql<number>`coalesce(sum(${fundingLines.amount}), 0)`.mapWith(Number),
    })
    .from(fundingLines)
    .innerJoin(activities, eq(activities.id, fundingLines.activityId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .innerJoin(fundingSources, eq(fundingSources.id, fundingLines.sourceId))
    .where(and(isApplicationSource, ...where))
    .groupBy(fundingLines.stage)
    .all();
  const stages = FUNDING_STAGES.map((stage) => byStage.find((s) => s.stage === stage) ?? { stage, count: 0, amount: 0 });
  const nextDate = sql`case when ${fundingLines.stage} = ${PIPELINE_STAGE} then ${fundingLines.expectedAnswerOn} else ${fundingLines.deadline} end`;
  const open = lines()
    .where(and(inArray(fundingLines.stage, [...OPEN_STAGES]), ...where))
    .orderBy(sql`${nextDate} is null`, asc(nextDate), asc(activities.title), asc(fundingLines.year))
    .all();
  const decided = lines()
    .where(and(isApplicationSource, inArray(fundingLines.stage, [...DECIDED_STAGES]), ...where))
    .orderBy(sql`${fundingLines.decidedOn} is null`, desc(fundingLines.decidedOn), asc(activities.title), asc(fundingLines.year))
    .all();
  const withAlert = (l: (typeof open)[number]): PipelineLine => ({ ...l, alert: lineAlert(l, today) });
  // Both lists grow with the portfolio: the soonest and the latest lines here, every line in the CSV.
  return { stages, open: bounded(open.map(withAlert), PIPELINE_LIMIT), decided: bounded(decided.map(withAlert), PIPELINE_LIMIT) };
}

/**
 * Every line of an application (to a source other than the plan's base funding), for the CSV beside the
 * /funding pipeline: by activity, then application, then year.
 */
export function listApplicationLines(filters: FundingFilters, db: Db = getDb()) {
  const where = activityConditions(filters);
  return db
    .select({ ...pipelineColumns, applicationKey: applicationKey.mapWith(Number), note: fundingLines.note })
    .from(fundingLines)
    .innerJoin(activities, eq(activities.id, fundingLines.activityId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .innerJoin(fundingSources, eq(fundingSources.id, fundingLines.sourceId))
    .where(and(isApplicationSource, ...where))
    .orderBy(asc(activities.title), asc(activities.id), asc(applicationKey), asc(fundingLines.year))
    .all();
}

/** The lines of one application, as its line rows show it. */
type ApplicationSummary = { key: number; lines: number; firstYear: number; lastYear: number };

export type FundingLineView = {
  id: number;
  sourceId: number;
  source: string;
  countsAsLocal: boolean;
  year: number;
  amount: number;
  stage: FundingStage;
  deadline: string | null;
  expectedAnswerOn: string | null;
  decidedOn: string | null;
  note: string;
  version: number;
  /** The year falls in the plan's period, so the line counts toward the plan's co-financing. */
  countsTowardPlan: boolean;
  application: ApplicationSummary;
};

/**
 * An activity's funding lines, those of one application together (in the order of their first year, then
 * source), each with its application's years and whether it counts toward its plan's co-financing.
 */
const fundingLinesOf = preparedPerConnection((db) =>
  db
    .select({
      id: fundingLines.id,
      sourceId: fundingLines.sourceId,
      source: fundingSources.name,
      countsAsLocal: fundingSources.countsAsLocal,
      year: fundingLines.year,
      amount: fundingLines.amount,
      stage: fundingLines.stage,
      deadline: fundingLines.deadline,
      expectedAnswerOn: fundingLines.expectedAnswerOn,
      decidedOn: fundingLines.decidedOn,
      note: fundingLines.note,
      version: fundingLines.version,
      countsTowardPlan: sql<number>`${inPlanYears}`.mapWith((v) => Number(v) === 1),
      applicationKey: applicationKey.mapWith(Number),
    })
    .from(fundingLines)
    .innerJoin(fundingSources, eq(fundingSources.id, fundingLines.sourceId))
    .innerJoin(activities, eq(activities.id, fundingLines.activityId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(eq(fundingLines.activityId, sql.placeholder("activityId")))
    .orderBy(asc(fundingLines.year), asc(fundingSources.name), asc(fundingLines.id))
    .prepare(),
);

export function listFundingLines(activityId: number, db: Db = getDb()): FundingLineView[] {
  const rows = fundingLinesOf(db).all({ activityId });
  const applications = new Map<number, ApplicationSummary>();
  for (const r of rows) {
    const a = applications.get(r.applicationKey);
    applications.set(
      r.applicationKey,
      a
        ? { ...a, lines: a.lines + 1, firstYear: Math.min(a.firstYear, r.year), lastYear: Math.max(a.lastYear, r.year) }
        : { key: r.applicationKey, lines: 1, firstYear: r.year, lastYear: r.year },
    );
  }
  const position = new Map([...applications.keys()].map((key) => [key, rows.findIndex((r) => r.applicationKey === key)]));
  return rows
    .map(({ applicationKey: key, ...r }) => ({
      ...r,
      application: applications.get(key) ?? { key, lines: 1, firstYear: r.year, lastYear: r.year },
    }))
    .sort((a, b) => (position.get(a.application.key) ?? 0) - (position.get(b.application.key) ?? 0) || a.year - b.year || a.id - b.id);
}

const moneyOf = preparedPerConnection((db) =>
  db
    .select({ budget: activities.budget, secured: securedSum.mapWith(Number), pipeline: pipelineSum.mapWith(Number) })
    .from(activities)
    .leftJoin(fundingLines, eq(fundingLines.activityId, activities.id))
    .where(eq(activities.id, sql.placeholder("activityId")))
    .groupBy(activities.id)
    .prepare(),
);

export function activityFunding(activityId: number, db: Db = getDb()): ActivityMoney {
  const row = moneyOf(db).get({ activityId });
  return activityMoney(row?.budget ?? 0, row?.secured ?? 0, row?.pipeline ?? 0);
}

export type FundingSourceRow = { id: number; name: string; kind: FundingSourceKind; countsAsLocal: boolean; version: number };

export function listFundingSources(db: DbOrTx = getDb()): FundingSourceRow[] {
  return db
    .select({
      id: fundingSources.id,
      name: fundingSources.name,
      kind: fundingSources.kind,
      countsAsLocal: fundingSources.countsAsLocal,
      version: fundingSources.version,
    })
    .from(fundingSources)
    .orderBy(asc(fundingSources.name))
    .all();
}

/** What a line says besides its year and amount; an application's lines share it when saved together. */
type LineTerms = {
  sourceId: number;
  stage: FundingStage;
  deadline: string | null;
  expectedAnswerOn: string | null;
  decidedOn: string | null;
  note: string;
};

type LineInput = LineTerms & { year: number; amount: number };

export type FundingLineInput = LineInput;

const touched = { version: sql`${fundingLines.version} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` };

export function createFundingLine(activityId: number, input: LineInput, actorId: number, db: Db = getDb()): number {
  return db.transaction((tx) => insertFundingLine(tx, activityId, input, actorId));
}

/**
 * Adds a line with its audit row, inside a transaction the caller holds (an application's lines, an import's
 * rows). `application`: null for a line on its own; "new" for the first line of a new application (its id
 * becomes the application's key); a key to add the line to that application of this activity, which must
 * not have a line in that year yet (NotFoundError "funding_application", DuplicateError "year"). Returns the
 * line's id.
 */
export function insertFundingLine(
  tx: DbOrTx,
  activityId: number,
  input: LineInput,
  actorId: number,
  application: number | "new" | null = null,
): number {
  if (typeof application === "number") {
    const lines = tx
      .select({ year: fundingLines.year })
      .from(fundingLines)
      .where(and(eq(fundingLines.activityId, activityId), eq(applicationKey, application)))
      .all();
    if (lines.length === 0) throw new NotFoundError("funding_application");
    if (lines.some((l) => l.year === input.year)) throw new DuplicateError("year");
  }
  let row = tx
    .insert(fundingLines)
    .values({ activityId, ...input, applicationId: typeof application === "number" ? application : null })
    .returning()
    .get();
  if (application === "new") {
    row = tx.update(fundingLines).set({ applicationId: row.id }).where(eq(fundingLines.id, row.id)).returning().get() ?? row;
  }
  writeAudit(tx, { userId: actorId, action: "funding-line.create", entity: "funding_line", entityId: row.id, after: row });
  return row.id;
}

/**
 * Changes a line of this activity; a line changed meanwhile by someone else is a conflict. A line of an
 * application may not move to a year the application already has a line for (DuplicateError "year").
 */
export function updateFundingLine(
  activityId: number,
  lineId: number,
  input: LineInput & { version: number },
  actorId: number,
  db: Db = getDb(),
): void {
  db.transaction((tx) => changeFundingLine(tx, activityId, lineId, input, actorId));
}

/**
 * `updateFundingLine` inside a transaction the caller holds (an import changes many lines at once), with the
 * same checks: NotFoundError, VersionConflictError, DuplicateError("year").
 */
export function changeFundingLine(
  tx: DbOrTx,
  activityId: number,
  lineId: number,
  input: LineInput & { version: number },
  actorId: number,
): void {
  const before = tx
    .select()
    .from(fundingLines)
    .where(and(eq(fundingLines.id, lineId), eq(fundingLines.activityId, activityId)))
    .get();
  if (!before) throw new NotFoundError("funding_line");
  if (before.version !== input.version) throw new VersionConflictError("funding_line");
  const key = before.applicationId ?? before.id;
  const sameYear = tx
    .select({ id: fundingLines.id })
    .from(fundingLines)
    .where(and(eq(applicationKey, key), eq(fundingLines.year, input.year), sql`${fundingLines.id} <> ${lineId}`))
    .get();
  if (sameYear) throw new DuplicateError("year");
  const { version, ...values } = input;
  const after = tx
    .update(fundingLines)
    .set({ ...values, ...touched })
    .where(and(eq(fundingLines.id, lineId), eq(fundingLines.version, version)))
    .returning()
    .get();
  if (!after) throw new VersionConflictError("funding_line");
  writeAudit(tx, { userId: actorId, action: "funding-line.update", entity: "funding_line", entityId: lineId, before, after });
}

/** A funding line as the line exports show it and an import compares with. */
export type FundingLineExportRow = LineInput & {
  id: number;
  version: number;
  activityId: number;
  activityTitle: string;
  source: string;
  /** The key of the application the line belongs to (its own id for a line on its own). */
  application: number;
};

/**
 * Funding lines, of the activities matching the /funding filters (all when none), or with the given ids, or
 * of the applications with the given keys: each activity's lines an application at a time, by year.
 */
export function listFundingLinesForExport(
  filters: FundingFilters | { ids: number[] } | { applications: number[] },
  db: DbOrTx = getDb(),
): FundingLineExportRow[] {
  const where =
    "ids" in filters
      ? [inArray(fundingLines.id, filters.ids)]
      : "applications" in filters
        ? [inArray(applicationKey, filters.applications)]
        : activityConditions(filters);
  return db
    .select({
      id: fundingLines.id,
      version: fundingLines.version,
      activityId: activities.id,
      activityTitle: activities.title,
      application: applicationKey.mapWith(Number),
      sourceId: fundingLines.sourceId,
      source: fundingSources.name,
      year: fundingLines.year,
      amount: fundingLines.amount,
      stage: fundingLines.stage,
      deadline: fundingLines.deadline,
      expectedAnswerOn: fundingLines.expectedAnswerOn,
      decidedOn: fundingLines.decidedOn,
      note: fundingLines.note,
    })
    .from(fundingLines)
    .innerJoin(activities, eq(activities.id, fundingLines.activityId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .innerJoin(focusAreas, eq(focusAreas.id, activities.focusAreaId))
    .innerJoin(fundingSources, eq(fundingSources.id, fundingLines.sourceId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(asc(activities.title), asc(activities.id), asc(applicationKey), asc(fundingLines.year), asc(fundingLines.id))
    .all();
}

/**
 * Withdraws (deletes) a line of this activity, against the version it was shown with: a line changed
 * meanwhile is a conflict, so nobody withdraws a line they have not seen. The audit row keeps it (before).
 */
export function withdrawFundingLine(activityId: number, lineId: number, version: number, actorId: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    const before = tx
      .select()
      .from(fundingLines)
      .where(and(eq(fundingLines.id, lineId), eq(fundingLines.activityId, activityId)))
      .get();
    if (!before) throw new NotFoundError("funding_line");
    const gone = tx
      .delete(fundingLines)
      .where(and(eq(fundingLines.id, lineId), eq(fundingLines.version, version)))
      .run();
    if (gone.changes !== 1) throw new VersionConflictError("funding_line");
    writeAudit(tx, { userId: actorId, action: "funding-line.withdraw", entity: "funding_line", entityId: lineId, before });
  });
}

/** An application: its terms and an amount for each year it covers (one line a year). */
type ApplicationInput = LineTerms & { amounts: { year: number; amount: number }[] };

/** The lines of an application as its form was loaded, to compare with what is stored now. */
type LoadedLines = { id: number; version: number }[];

/**
 * Records an application over one or more years: one line a year, linked by the first line's id (see
 * db/schema.ts), each line audited. Returns the application's key.
 */
export function createFundingApplication(activityId: number, input: ApplicationInput, actorId: number, db: Db = getDb()): number {
  const { amounts, ...terms } = input;
  if (amounts.length === 0) throw new StateConflictError("application-without-amounts");
  return db.transaction((tx) => {
    let key: number | null = null;
    for (const { year, amount } of amounts) {
      const id = insertFundingLine(tx, activityId, { ...terms, year, amount }, actorId, key ?? "new");
      key ??= id;
    }
    return key ?? 0;
  });
}

/**
 * The stored lines of an application of this activity, checked against the lines its form was loaded with:
 * NotFoundError when it has none (or is another activity's), VersionConflictError when any line changed,
 * was added or was withdrawn since.
 */
function loadApplication(tx: DbOrTx, activityId: number, key: number, loaded: LoadedLines) {
  const stored = tx
    .select()
    .from(fundingLines)
    .where(and(eq(fundingLines.activityId, activityId), eq(applicationKey, key)))
    .orderBy(asc(fundingLines.year), asc(fundingLines.id))
    .all();
  if (stored.length === 0) throw new NotFoundError("funding_application");
  const seen = (l: { id: number; version: number }) => `${l.id}:${l.version}`;
  const now = stored.map(seen).sort();
  const then = loaded.map(seen).sort();
  if (now.length !== then.length || now.some((v, i) => v !== then[i])) throw new VersionConflictError("funding_application");
  return stored;
}

/**
 * Changes an application together, against the versions of all its lines as loaded: each year with an
 * amount keeps (or gets) its line with the application's terms; a year left without an amount has its line
 * withdrawn. Only lines that change are written and audited.
 */
export function updateFundingApplication(
  activityId: number,
  key: number,
  input: ApplicationInput & { lines: LoadedLines },
  actorId: number,
  db: Db = getDb(),
): void {
  const { amounts, lines: loaded, ...terms } = input;
  if (amounts.length === 0) throw new StateConflictError("application-without-amounts");
  db.transaction((tx) => {
    const stored = loadApplication(tx, activityId, key, loaded);
    const linked = amounts.length > 1 || stored.length > 1 ? key : null;
    const kept = new Set<number>();
    for (const { year, amount } of amounts) {
      const before = stored.find((l) => l.year === year && !kept.has(l.id));
      if (!before) {
        const after = tx
          .insert(fundingLines)
          .values({ activityId, ...terms, year, amount, applicationId: key })
          .returning()
          .get();
        writeAudit(tx, { userId: actorId, action: "funding-line.create", entity: "funding_line", entityId: after.id, after });
        continue;
      }
      kept.add(before.id);
      const values = { ...terms, amount, applicationId: linked ?? before.applicationId };
      const changed = (Object.keys(values) as (keyof typeof values)[]).some((k) => values[k] !== before[k]);
      if (!changed) continue;
      const after = tx
        .update(fundingLines)
        .set({ ...values, ...touched })
        .where(and(eq(fundingLines.id, before.id), eq(fundingLines.version, before.version)))
        .returning()
        .get();
      if (!after) throw new VersionConflictError("funding_application");
      writeAudit(tx, { userId: actorId, action: "funding-line.update", entity: "funding_line", entityId: before.id, before, after });
    }
    for (const before of stored.filter((l) => !kept.has(l.id))) {
      tx.delete(fundingLines).where(eq(fundingLines.id, before.id)).run();
      writeAudit(tx, { userId: actorId, action: "funding-line.withdraw", entity: "funding_line", entityId: before.id, before });
    }
  });
}

/** Withdraws every line of an application, against the versions they were shown with; each audited. */
export function withdrawFundingApplication(activityId: number, key: number, loaded: LoadedLines, actorId: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    for (const before of loadApplication(tx, activityId, key, loaded)) {
      tx.delete(fundingLines).where(eq(fundingLines.id, before.id)).run();
      writeAudit(tx, { userId: actorId, action: "funding-line.withdraw", entity: "funding_line", entityId: before.id, before });
    }
  });
}

export type FlagView = {
  id: number;
  priority: FlagPriority;
  note: string;
  createdAt: string;
  createdBy: string | null;
  resolvedAt: string | null;
};

const flagsOf = preparedPerConnection((db) =>
  db
    .select({
      id: fundraisingFlags.id,
      priority: fundraisingFlags.priority,
      note: fundraisingFlags.note,
      createdAt: fundraisingFlags.createdAt,
      createdBy: users.name,
      resolvedAt: fundraisingFlags.resolvedAt,
    })
    .from(fundraisingFlags)
    .leftJoin(users, eq(users.id, fundraisingFlags.createdBy))
    .where(eq(fundraisingFlags.activityId, sql.placeholder("activityId")))
    .orderBy(desc(fundraisingFlags.id))
    .prepare(),
);

export function listFlags(activityId: number, db: Db = getDb()): FlagView[] {
  return flagsOf(db).all({ activityId });
}

export function flagActivity(
  activityId: number,
  input: { priority: FlagPriority; note: string },
  actorId: number,
  db: Db = getDb(),
): number {
  return db.transaction((tx) => {
    const open = tx
      .select({ id: fundraisingFlags.id })
      .from(fundraisingFlags)
      .where(and(eq(fundraisingFlags.activityId, activityId), isNull(fundraisingFlags.resolvedAt)))
      .get();
    if (open) throw new StateConflictError("flag-exists");
    const row = tx
      .insert(fundraisingFlags)
      .values({ activityId, ...input, createdBy: actorId })
      .returning()
      .get();
    writeAudit(tx, { userId: actorId, action: "flag.create", entity: "fundraising_flag", entityId: row.id, after: row });
    return row.id;
  });
}

/** Resolves the open flag of this activity (NotFoundError when it has none with that id). */
export function resolveFlag(activityId: number, flagId: number, actorId: number, db: Db = getDb()): void {
  return db.transaction((tx) => {
    const before = tx
      .select()
      .from(fundraisingFlags)
      .where(and(eq(fundraisingFlags.id, flagId), eq(fundraisingFlags.activityId, activityId), isNull(fundraisingFlags.resolvedAt)))
      .get();
    if (!before) throw new NotFoundError("fundraising_flag");
    const after = tx
      .update(fundraisingFlags)
      .set({ resolvedAt: new Date().toISOString(), resolvedBy: actorId })
      .where(eq(fundraisingFlags.id, flagId))
      .returning()
      .get();
    writeAudit(tx, { userId: actorId, action: "flag.resolve", entity: "fundraising_flag", entityId: flagId, before, after });
  });
}

/** The plan an activity belongs to, with its period. */
const planOf = preparedPerConnection((db) =>
  db
    .select({ slug: plans.slug, name: plans.name, startsOn: plans.startsOn, endsOn: plans.endsOn })
    .from(activities)
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(eq(activities.id, sql.placeholder("activityId")))
    .prepare(),
);

export function activityPlan(activityId: number, db: Db = getDb()) {
  return planOf(db).get({ activityId });
}

/**
 * The years an activity's funding lines may fall in (its plan's and its own period's), with the plan's
 * years (only those count toward the plan's co-financing); undefined for an unknown activity.
 */
export function activityFundingYears(activityId: number, db: DbOrTx = getDb()) {
  const row = db
    .select({
      plan: { slug: plans.slug, name: plans.name, startsOn: plans.startsOn, endsOn: plans.endsOn },
      activity: { startsOn: activities.startsOn, endsOn: activities.endsOn },
    })
    .from(activities)
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(eq(activities.id, activityId))
    .get();
  if (!row) return undefined;
  const years = fundingYears(row.plan, row.activity);
  return { ...row, years, planYears: years.filter((y) => countsTowardPlan(y, row.plan)) };
}

/**
 * Creates a funding source, or changes one against the version its form was loaded with. Whether it counts
 * as local co-financing is the administrator's choice: `countsAsLocal` undefined leaves it as it is (false
 * for a new source); the route decides who may give it.
 */
export function saveFundingSource(
  input: { id?: number; version?: number; name: string; kind: FundingSourceKind; countsAsLocal?: boolean },
  actorId: number,
  db: Db = getDb(),
): number {
  return db.transaction((tx) => {
    const before = input.id === undefined ? undefined : tx.select().from(fundingSources).where(eq(fundingSources.id, input.id)).get();
    if (input.id !== undefined) {
      if (!before) throw new NotFoundError("funding_source");
      if (before.version !== input.version) throw new VersionConflictError("funding_source");
    }
    // "Nordea-fonden" and "nordea-fonden" are the same foundation.
    const clash = tx
      .select({ id: fundingSources.id })
      .from(fundingSources)
      .where(sql`fold(${fundingSources.name}) = ${foldText(input.name)}`)
      .get();
    if (clash && clash.id !== input.id) throw new DuplicateError("name");
    if (!before) {
      const row = tx
        .insert(fundingSources)
        .values({ name: input.name, kind: input.kind, countsAsLocal: input.countsAsLocal ?? false })
        .returning()
        .get();
      writeAudit(tx, { userId: actorId, action: "funding-source.create", entity: "funding_source", entityId: row.id, after: row });
      return row.id;
    }
    const after = tx
      .update(fundingSources)
      .set({
        name: input.name,
        kind: input.kind,
        ...(input.countsAsLocal === undefined ? {} : { countsAsLocal: input.countsAsLocal }),
        version: sql`${fundingSources.version} + 1`,
      })
      .where(and(eq(fundingSources.id, before.id), eq(fundingSources.version, before.version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("funding_source");
    writeAudit(tx, { userId: actorId, action: "funding-source.update", entity: "funding_source", entityId: before.id, before, after });
    return before.id;
  });
}
