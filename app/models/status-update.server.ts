import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import {
  activities,
  activityAreas,
  areas,
  indicatorActuals,
  indicators,
  milestones,
  plans,
  sharedIndicators,
  statusUpdates,
  userAreas,
} from "../../db/schema";
import { FINAL_IN } from "../../db/sql";
import type { ActivityStatus, Health, IndicatorDirection, IndicatorKind } from "../domain/constants";
import { NotFoundError, VersionConflictError } from "../domain/errors";
import { isRetired } from "../domain/indicator-revisions";
import { currentValue, indicatorProgress, type Progress } from "../domain/indicators";
import { FINAL_STATUSES } from "../domain/transitions";
import { writeAudit } from "./audit.server";

/** What a status update form needs to know about its activity, and what the server checks against. */
export type ActivityForReport = {
  id: number;
  title: string;
  status: ActivityStatus;
  health: Health;
  healthReason: string;
  version: number;
  startsOn: string | null;
  areaIds: number[];
  latestReportedOn: string | null;
  /** The indicators that take actuals (retired ones do not), with what the form shows beside each. */
  indicators: ReportableIndicator[];
  /** Retired indicators: a figure sent for one is refused. */
  retiredIndicatorIds: number[];
};

export type ReportableIndicator = {
  id: number;
  name: string;
  unit: string;
  target: number;
  /** Cumulative: report the period's number (it is added up); per period: report the current figure. */
  kind: IndicatorKind;
  /** The latest reported value and its date; null before the first. */
  last: { value: number; reportedOn: string } | null;
  /** For a cumulative indicator, the running total so far (the sum of all actuals). */
  total: number | null;
};

/** What a status update reads and writes: prepared once per connection (managers post these all day). */
const reportStatements = preparedPerConnection((db) => {
  const id = sql.placeholder("id");
  return {
    activity: db
      .select({
        id: activities.id,
        title: activities.title,
        status: activities.status,
        health: activities.health,
        healthReason: activities.healthReason,
        version: activities.version,
        startsOn: activities.startsOn,
      })
      .from(activities)
      .where(eq(activities.id, id))
      .prepare(),
    areaIds: db.select({ areaId: activityAreas.areaId }).from(activityAreas).where(eq(activityAreas.activityId, id)).prepare(),
    latest: db
      .select({ reportedOn: sql<string | null>`max(${statusUpdates.reportedOn})` })
      .from(statusUpdates)
      .where(eq(statusUpdates.activityId, id))
      .prepare(),
    indicators: db
      .select({
        id: indicators.id,
        name: indicators.name,
        unit: indicators.unit,
        target: indicators.target,
        kind: indicators.kind,
        retiredOn: indicators.retiredOn,
      })
      .from(indicators)
      .where(eq(indicators.activityId, id))
      .orderBy(asc(indicators.id))
      .prepare(),
    // Every actual of the activity's indicators (retired ones too, as before: their figures stay theirs).
    actuals: db
      .select({
        indicatorId: indicatorActuals.indicatorId,
        value: indicatorActuals.value,
        reportedOn: statusUpdates.reportedOn,
        order: statusUpdates.id,
      })
      .from(indicatorActuals)
      .innerJoin(indicators, eq(indicators.id, indicatorActuals.indicatorId))
      .innerJoin(statusUpdates, eq(statusUpdates.id, indicatorActuals.statusUpdateId))
      .where(eq(indicators.activityId, id))
      .orderBy(asc(statusUpdates.reportedOn), asc(statusUpdates.id))
      .prepare(),
    before: db
      .select({ status: activities.status, health: activities.health, healthReason: activities.healthReason, version: activities.version })
      .from(activities)
      .where(eq(activities.id, id))
      .prepare(),
    // The compare-and-set: of two people saving at the same moment, exactly one changes the row.
    setCurrent: db
      .update(activities)
      .set({
        status: sql`${sql.placeholder("status")}`,
        health: sql`${sql.placeholder("health")}`,
        healthReason: sql`${sql.placeholder("healthReason")}`,
        version: sql`${activities.version} + 1`,
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
      })
      .where(and(eq(activities.id, id), eq(activities.version, sql.placeholder("expectedVersion"))))
      .prepare(),
    insertUpdate: db
      .insert(statusUpdates)
      .values({
        activityId: id,
        status: sql.placeholder("status"),
        health: sql.placeholder("health"),
        healthReason: sql.placeholder("healthReason"),
        note: sql.placeholder("note"),
        reportedOn: sql.placeholder("reportedOn"),
        reportedBy: sql.placeholder("reportedBy"),
        userId: sql.placeholder("userId"),
      })
      .returning({ id: statusUpdates.id })
      .prepare(),
    insertActual: db
      .insert(indicatorActuals)
      .values({
        indicatorId: sql.placeholder("indicatorId"),
        statusUpdateId: sql.placeholder("statusUpdateId"),
        value: sql.placeholder("value"),
      })
      .prepare(),
  };
});

export function getActivityForReport(id: number, db: Db = getDb()): ActivityForReport | null {
  const statements = reportStatements(db);
  const a = statements.activity.get({ id });
  if (!a) return null;
  const areaIds = statements.areaIds.all({ id }).map((r) => r.areaId);
  const latest = statements.latest.get({ id });
  const indicatorRows = statements.indicators.all({ id });
  const actualRows = indicatorRows.length ? statements.actuals.all({ id }) : [];
  const reportable = (i: (typeof indicatorRows)[number]): ReportableIndicator => {
    const mine = actualRows.filter((r) => r.indicatorId === i.id);
    const last = mine.at(-1);
    return {
      id: i.id,
      name: i.name,
      unit: i.unit,
      target: i.target,
      kind: i.kind,
      last: last ? { value: last.value, reportedOn: last.reportedOn } : null,
      total: i.kind === "cumulative" && mine.length > 0 ? mine.reduce((n, r) => n + r.value, 0) : null,
    };
  };
  return {
    ...a,
    areaIds,
    latestReportedOn: latest?.reportedOn ?? null,
    indicators: indicatorRows.filter((i) => !isRetired(i)).map(reportable),
    retiredIndicatorIds: indicatorRows.filter(isRetired).map((i) => i.id),
  };
}

export type NewStatusUpdate = {
  activityId: number;
  expectedVersion: number;
  status: ActivityStatus;
  health: Health;
  healthReason: string;
  note: string;
  reportedOn: string;
  actuals: { indicatorId: number; value: number }[];
  user: { id: number; name: string };
};

/**
 * Appends a status update in one transaction: the update, its indicator actuals, the activity's current
 * status/health/version, and the audit row. The version check is a compare-and-set in the UPDATE itself,
 * so of two people saving at the same moment exactly one wins and the other gets a conflict.
 */
export function recordStatusUpdate(input: NewStatusUpdate, db: Db = getDb()): { updateId: number; version: number } {
  const statements = reportStatements(db);
  return db.transaction(() => {
    const before = statements.before.get({ id: input.activityId });
    if (!before) throw new NotFoundError("activity");
    const healthReason = input.health === "green" ? "" : input.healthReason;
    const changed = statements.setCurrent.run({
      id: input.activityId,
      expectedVersion: input.expectedVersion,
      status: input.status,
      health: input.health,
      healthReason,
    });
    if (changed.changes !== 1) throw new VersionConflictError("activity");

    const update = statements.insertUpdate.get({
      id: input.activityId,
      status: input.status,
      health: input.health,
      healthReason,
      note: input.note,
      reportedOn: input.reportedOn,
      reportedBy: input.user.name,
      userId: input.user.id,
    });
    if (!update) throw new Error("the status update was not stored");
    for (const a of input.actuals) statements.insertActual.run({ indicatorId: a.indicatorId, statusUpdateId: update.id, value: a.value });
    const version = input.expectedVersion + 1;
    // On the connection, whose transaction this is: its statement is prepared once too.
    writeAudit(db, {
      userId: input.user.id,
      action: "activity.status-update",
      entity: "activity",
      entityId: input.activityId,
      before,
      after: {
        status: input.status,
        health: input.health,
        healthReason,
        version,
        statusUpdateId: update.id,
        reportedOn: input.reportedOn,
        note: input.note,
        actuals: input.actuals,
      },
    });
    return { updateId: update.id, version };
  });
}

/** A status update with its status change and indicator values, as the history and a 409 show it. */
export type TimelineEntry = {
  type: "update";
  id: number;
  status: ActivityStatus;
  /** The status of the update before it (by date), to show a change; null for the first. */
  previousStatus: ActivityStatus | null;
  health: Health;
  healthReason: string;
  note: string;
  reportedOn: string;
  reportedBy: string;
  createdAt: string;
  actuals: { indicatorId: number; name: string; unit: string; value: number }[];
};

/** Every update of an activity, newest first, with its status change and indicator values. */
export function getTimeline(activityId: number, db: DbOrTx = getDb()): TimelineEntry[] {
  const rows = db
    .select({
      id: statusUpdates.id,
      status: statusUpdates.status,
      health: statusUpdates.health,
      healthReason: statusUpdates.healthReason,
      note: statusUpdates.note,
      reportedOn: statusUpdates.reportedOn,
      reportedBy: statusUpdates.reportedBy,
      createdAt: statusUpdates.createdAt,
    })
    .from(statusUpdates)
    .where(eq(statusUpdates.activityId, activityId))
    .orderBy(asc(statusUpdates.reportedOn), asc(statusUpdates.id))
    .all();
  const ids = rows.map((r) => r.id);
  const actualRows = ids.length
    ? db
        .select({
          statusUpdateId: indicatorActuals.statusUpdateId,
          indicatorId: indicators.id,
          name: indicators.name,
          unit: indicators.unit,
          value: indicatorActuals.value,
        })
        .from(indicatorActuals)
        .innerJoin(indicators, eq(indicators.id, indicatorActuals.indicatorId))
        .where(inArray(indicatorActuals.statusUpdateId, ids))
        .orderBy(asc(indicators.id))
        .all()
    : [];
  const byUpdate = new Map<number, TimelineEntry["actuals"]>();
  for (const a of actualRows) {
    const list = byUpdate.get(a.statusUpdateId) ?? [];
    list.push({ indicatorId: a.indicatorId, name: a.name, unit: a.unit, value: a.value });
    byUpdate.set(a.statusUpdateId, list);
  }
  let previous: ActivityStatus | null = null;
  const entries = rows.map((r) => {
    const entry: TimelineEntry = { type: "update", ...r, previousStatus: previous, actuals: byUpdate.get(r.id) ?? [] };
    previous = r.status;
    return entry;
  });
  return entries.reverse();
}

export type IndicatorView = {
  id: number;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
  kind: IndicatorKind;
  current: number | null;
  progress: Progress;
  actualCount: number;
  /** Retired indicators are shown with their last value, outside every progress figure. */
  retiredOn: string | null;
  /** The shared indicator its figures add up to. */
  shared: { nameDa: string; nameEn: string } | null;
};

export function getIndicators(activityId: number, db: DbOrTx = getDb()): IndicatorView[] {
  const rows = db
    .select({ indicator: indicators, sharedDa: sharedIndicators.nameDa, sharedEn: sharedIndicators.nameEn })
    .from(indicators)
    .leftJoin(sharedIndicators, eq(sharedIndicators.id, indicators.sharedIndicatorId))
    .where(eq(indicators.activityId, activityId))
    .orderBy(asc(indicators.id))
    .all()
    .map((r) => ({
      ...r.indicator,
      shared: r.sharedDa !== null && r.sharedEn !== null ? { nameDa: r.sharedDa, nameEn: r.sharedEn } : null,
    }));
  if (rows.length === 0) return [];
  const actuals = db
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
        rows.map((r) => r.id),
      ),
    )
    .all();
  return rows.map((r) => {
    const mine = actuals.filter((a) => a.indicatorId === r.id);
    const current = currentValue(r.kind, mine);
    return {
      id: r.id,
      name: r.name,
      unit: r.unit,
      baseline: r.baseline,
      target: r.target,
      direction: r.direction,
      kind: r.kind,
      current,
      progress: isRetired(r) ? { kind: "undefined" } : indicatorProgress(r.baseline, r.target, current),
      actualCount: mine.length,
      retiredOn: r.retiredOn,
      shared: r.shared,
    };
  });
}

export type MilestoneView = { id: number; title: string; dueOn: string; doneOn: string | null; overdue: boolean; version: number };

export function getMilestones(activityId: number, today: string, db: DbOrTx = getDb()): MilestoneView[] {
  return db
    .select()
    .from(milestones)
    .where(eq(milestones.activityId, activityId))
    .orderBy(asc(milestones.dueOn), asc(milestones.id))
    .all()
    .map((m) => ({
      id: m.id,
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneOn,
      overdue: m.doneOn === null && m.dueOn < today,
      version: m.version,
    }));
}

export type MyActivity = {
  id: number;
  title: string;
  status: ActivityStatus;
  health: Health;
  areaNames: string;
  lastReportedOn: string | null;
  daysSinceUpdate: number | null;
  stale: boolean;
  overdueMilestones: number;
};

/**
 * A manager's activities across their areas (an admin's: all), stalest first: never-updated ones at the
 * top, then by the date of their latest update; completed and stopped ones last. Days are counted from `today` (Copenhagen, or TODAY).
 */
export function listMyActivities(user: { id: number; role: string }, today: string, staleDays: number, db: Db = getDb()): MyActivity[] {
  // From the manager's areas to their activities (an index search), not every activity checked in turn.
  const inMyAreas = sql`${activities.id} in (
    select ${activityAreas.activityId} from ${userAreas} join ${activityAreas} on ${activityAreas.areaId} = ${userAreas.areaId}
    where ${userAreas.userId} = ${user.id}
  )`;
  const lastReported = sql<
    string | null
  >`(select max(${statusUpdates.reportedOn}) from ${statusUpdates} where ${statusUpdates.activityId} = ${activities.id})`;
  const overdue = sql<number>`(select count(*) from ${milestones}
    where ${milestones.activityId} = ${activities.id} and ${milestones.doneOn} is null and ${milestones.dueOn} < ${today})`;
  const areaNames = sql<string>`(select group_concat(${areas.name}, ', ') from ${activityAreas}
    join ${areas} on ${areas.id} = ${activityAreas.areaId} where ${activityAreas.activityId} = ${activities.id})`;
  const rows = db
    .select({
      id: activities.id,
      title: activities.title,
      status: activities.status,
      health: activities.health,
      areaNames,
      lastReportedOn: lastReported,
      overdueMilestones: overdue,
      daysSince: sql<number | null>`cast(julianday(${today}) - julianday(${lastReported}) as integer)`,
    })
    .from(activities)
    // Drizzle writes column names unqualified in a single-table select, which would bind the correlated
    // subqueries above to their own tables; a join makes it qualify every column.
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(user.role === "admin" ? undefined : inMyAreas)
    // Open activities before completed and stopped ones; among them, never updated first, then the oldest update.
    .orderBy(
      sql`${activities.status} in ${FINAL_IN}`,
      sql`${lastReported} is not null`,
      asc(lastReported),
      desc(overdue),
      asc(activities.title),
    )
    .all();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    health: r.health,
    areaNames: r.areaNames ?? "",
    lastReportedOn: r.lastReportedOn,
    daysSinceUpdate: r.daysSince,
    // Completed and stopped activities need no more updates, so they are never stale.
    stale: !FINAL_STATUSES.includes(r.status) && (r.daysSince === null || r.daysSince >= staleDays),
    overdueMilestones: r.overdueMilestones,
  }));
}
