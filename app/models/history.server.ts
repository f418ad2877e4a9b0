import { type AnyColumn, asc, eq, inArray, sql } from "drizzle-orm";

import { type DbOrTx, getDb } from "../../db/client.server";
import { indicatorActuals, indicatorRevisions, indicators, statusUpdates } from "../../db/schema";
import type { ActivityStatus, Health } from "../domain/constants";
import type { Page } from "../domain/pagination";
import { getIndicatorRevisions, type IndicatorRevisionView } from "./indicator.server";

/**
 * Entries a page of an activity's history shows. A busy activity gathers a status update a week, for years:
 * its page drew (and sent the browser) every one of them, 56 on the busiest activity of the large database.
 */
export const HISTORY_PAGE_SIZE = 20;

/** A status update as the history shows it. */
export type HistoryUpdate = {
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
  actuals: { indicatorId: number; name: string; unit: string; value: number }[];
};

/** A change to one of the activity's indicators (an edit with its reason, or a retirement). */
export type HistoryRevision = { type: "revision" } & Omit<IndicatorRevisionView, "createdAt">;

export type HistoryEntry = HistoryUpdate | HistoryRevision;

/**
 * One page of the activity's history, newest first: its status updates and the changes to its indicators'
 * definitions, by date and, within a day, by when they were recorded. Only the page's entries are read in
 * full: the order comes from the dates alone.
 */
export function getHistoryPage(activityId: number, page: number, db: DbOrTx = getDb(), pageSize = HISTORY_PAGE_SIZE): Page<HistoryEntry> {
  const counted = db.get<{ updates: number; revisions: number }>(sql`select
    (select count(*) from ${statusUpdates} where ${statusUpdates.activityId} = ${activityId}) as updates,
    (select count(*) from ${indicatorRevisions}
      join ${indicators} on ${indicators.id} = ${indicatorRevisions.indicatorId}
      where ${indicators.activityId} = ${activityId}) as revisions`);
  const total = (counted?.updates ?? 0) + (counted?.revisions ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  if (total === 0) return { rows: [], page: current, pageCount, total };

  // Within a day, the later recorded first; updates recorded at the same moment newest first, then the
  // indicators' revisions oldest first (the order the activity page has always shown).
  const keys = db.all<{ kind: "update" | "revision"; id: number }>(sql`select kind, id from (
      select 'update' as kind, ${statusUpdates.id} as id, ${statusUpdates.reportedOn} as day, ${statusUpdates.createdAt} as recorded, 0 as rank
      from ${statusUpdates} where ${statusUpdates.activityId} = ${activityId}
      union all
      select 'revision', ${indicatorRevisions.id}, ${indicatorRevisions.changedOn}, ${indicatorRevisions.createdAt}, 1
      from ${indicatorRevisions} join ${indicators} on ${indicators.id} = ${indicatorRevisions.indicatorId}
      where ${indicators.activityId} = ${activityId}
    )
    order by day desc, recorded desc, rank, case rank when 0 then -id else id end
    limit ${pageSize} offset ${(current - 1) * pageSize}`);

  const updates = updatesById(
    keys.filter((k) => k.kind === "update").map((k) => k.id),
    db,
  );
  const revisions = new Map(
    getIndicatorRevisions(
      keys.filter((k) => k.kind === "revision").map((k) => k.id),
      db,
    ).map(({ createdAt: _createdAt, ...r }) => [r.id, { type: "revision" as const, ...r }]),
  );
  const rows = keys
    .map((k) => (k.kind === "update" ? updates.get(k.id) : revisions.get(k.id)))
    .filter((e): e is HistoryEntry => e !== undefined);
  return { rows, page: current, pageCount, total };
}

/**
 * A column named with its table: drizzle writes the columns of a one-table query unqualified, which inside a
 * subquery of the same table would name the subquery's own row.
 */
const of = (table: string, column: AnyColumn) => sql`${sql.identifier(table)}.${sql.identifier(column.name)}`;
const update = (column: AnyColumn) => of("status_updates", column);
const previous = (column: AnyColumn) => of("previous", column);

/** Some status updates with their indicator values, and each one's previous status, by id. */
function updatesById(ids: number[], db: DbOrTx): Map<number, HistoryUpdate> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      id: statusUpdates.id,
      status: statusUpdates.status,
      // The update just before it in the activity's own order (date, then id): an index search per row.
      previousStatus: sql<ActivityStatus | null>`(select ${previous(statusUpdates.status)} from ${statusUpdates} as ${sql.identifier("previous")}
        where ${previous(statusUpdates.activityId)} = ${update(statusUpdates.activityId)}
          and (${previous(statusUpdates.reportedOn)} < ${update(statusUpdates.reportedOn)}
            or (${previous(statusUpdates.reportedOn)} = ${update(statusUpdates.reportedOn)} and ${previous(statusUpdates.id)} < ${update(statusUpdates.id)}))
        order by ${previous(statusUpdates.reportedOn)} desc, ${previous(statusUpdates.id)} desc limit 1)`,
      health: statusUpdates.health,
      healthReason: statusUpdates.healthReason,
      note: statusUpdates.note,
      reportedOn: statusUpdates.reportedOn,
      reportedBy: statusUpdates.reportedBy,
    })
    .from(statusUpdates)
    .where(inArray(statusUpdates.id, ids))
    .all();
  const actuals = new Map<number, HistoryUpdate["actuals"]>();
  const actualRows = db
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
    .all();
  for (const a of actualRows) {
    const list = actuals.get(a.statusUpdateId) ?? [];
    list.push({ indicatorId: a.indicatorId, name: a.name, unit: a.unit, value: a.value });
    actuals.set(a.statusUpdateId, list);
  }
  return new Map(rows.map((r) => [r.id, { type: "update" as const, ...r, actuals: actuals.get(r.id) ?? [] }]));
}
