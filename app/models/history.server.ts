import { type AnyColumn, asc, count, desc, eq, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/sqlite-core";

import { type Db, getDb } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import { indicatorActuals, indicatorRevisions, indicators, statusUpdates } from "../../db/schema";
import type { ActivityStatus } from "../domain/constants";
import type { Page } from "../domain/pagination";
import { getIndicatorRevisions, type IndicatorRevisionView } from "./indicator.server";
import type { TimelineEntry } from "./status-update.server";

/**
 * Entries a page of an activity's history shows. A busy activity gathers a status update a week, for years:
 * its page drew (and sent the browser) every one of them, 56 on the busiest activity of the large database.
 */
export const HISTORY_PAGE_SIZE = 20;

/** A status update as the history shows it: a timeline entry without the time it was stored. */
export type HistoryUpdate = Omit<TimelineEntry, "createdAt">;

/** A change to one of the activity's indicators (an edit with its reason, or a retirement). */
export type HistoryRevision = { type: "revision" } & Omit<IndicatorRevisionView, "createdAt">;

export type HistoryEntry = HistoryUpdate | HistoryRevision;

const theActivity = sql.placeholder("activityId");
const theIds = sql.placeholder("ids");
/** The ids of a page's updates as one value: a JSON array, read back with json_each. */
const idIn = (column: AnyColumn) => sql`${column} in (select value from json_each(${theIds}))`;

const countUpdates = preparedPerConnection((db) =>
  db.select({ n: count() }).from(statusUpdates).where(eq(statusUpdates.activityId, theActivity)).prepare(),
);

const countRevisions = preparedPerConnection((db) =>
  db
    .select({ n: count() })
    .from(indicatorRevisions)
    .innerJoin(indicators, eq(indicators.id, indicatorRevisions.indicatorId))
    .where(eq(indicators.activityId, theActivity))
    .prepare(),
);

/**
 * The kind and id of a page's entries. Within a day, the later recorded first; updates recorded at the same
 * moment newest first, then the indicators' revisions oldest first (the order the page has always shown).
 * Each kind reads only as many of its newest as the pages up to this one can hold (`upTo`), so the first
 * page costs the same however long the history.
 */
const pageKeys = preparedPerConnection((db) => {
  const upTo = sql.placeholder("upTo");
  const entry = (kind: HistoryEntry["type"], id: AnyColumn, day: AnyColumn, recorded: AnyColumn, rank: number) => ({
    kind: sql<HistoryEntry["type"]>`${kind}`.as("kind"),
    id: sql<number>`${id}`.as("id"),
    day: sql<string>`${day}`.as("day"),
    recorded: sql<string>`${recorded}`.as("recorded"),
    rank: sql<number>`${sql.raw(String(rank))}`.as("rank"),
  });
  const updates = db
    .select(entry("update", statusUpdates.id, statusUpdates.reportedOn, statusUpdates.createdAt, 0))
    .from(statusUpdates)
    .where(eq(statusUpdates.activityId, theActivity))
    .orderBy(desc(statusUpdates.reportedOn), desc(statusUpdates.createdAt), desc(statusUpdates.id))
    .limit(upTo)
    .as("updates");
  const revisions = db
    .select(entry("revision", indicatorRevisions.id, indicatorRevisions.changedOn, indicatorRevisions.createdAt, 1))
    .from(indicatorRevisions)
    .innerJoin(indicators, eq(indicators.id, indicatorRevisions.indicatorId))
    .where(eq(indicators.activityId, theActivity))
    .orderBy(desc(indicatorRevisions.changedOn), desc(indicatorRevisions.createdAt), asc(indicatorRevisions.id))
    .limit(upTo)
    .as("revisions");
  const entries = unionAll(db.select().from(updates), db.select().from(revisions)).as("entries");
  return db
    .select({ kind: entries.kind, id: entries.id })
    .from(entries)
    .orderBy(
      desc(entries.day),
      desc(entries.recorded),
      asc(entries.rank),
      sql`case ${entries.rank} when 0 then -${entries.id} else ${entries.id} end`,
    )
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare();
});

/**
 * One page of the activity's history, newest first: its status updates and the changes to its indicators'
 * definitions, by date and, within a day, by when they were recorded. Only the page's entries are read in
 * full: the order comes from the dates alone.
 */
export function getHistoryPage(activityId: number, page: number, db: Db = getDb(), pageSize = HISTORY_PAGE_SIZE): Page<HistoryEntry> {
  const total = (countUpdates(db).get({ activityId })?.n ?? 0) + (countRevisions(db).get({ activityId })?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  if (total === 0) return { rows: [], page: current, pageCount, total };

  const keys = pageKeys(db).all({ activityId, upTo: current * pageSize, limit: pageSize, offset: (current - 1) * pageSize });
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

const updateRows = preparedPerConnection((db) =>
  db
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
    .where(idIn(statusUpdates.id))
    .prepare(),
);

const actualRows = preparedPerConnection((db) =>
  db
    .select({
      statusUpdateId: indicatorActuals.statusUpdateId,
      indicatorId: indicators.id,
      name: indicators.name,
      unit: indicators.unit,
      value: indicatorActuals.value,
    })
    .from(indicatorActuals)
    .innerJoin(indicators, eq(indicators.id, indicatorActuals.indicatorId))
    .where(idIn(indicatorActuals.statusUpdateId))
    .orderBy(asc(indicators.id))
    .prepare(),
);

/** Some status updates with their indicator values, and each one's previous status, by id. */
function updatesById(updateIds: number[], db: Db): Map<number, HistoryUpdate> {
  if (updateIds.length === 0) return new Map();
  const values = { ids: JSON.stringify(updateIds) };
  const actuals = new Map<number, HistoryUpdate["actuals"]>();
  for (const a of actualRows(db).all(values)) {
    const list = actuals.get(a.statusUpdateId) ?? [];
    list.push({ indicatorId: a.indicatorId, name: a.name, unit: a.unit, value: a.value });
    actuals.set(a.statusUpdateId, list);
  }
  return new Map(
    updateRows(db)
      .all(values)
      .map((r) => [r.id, { type: "update" as const, ...r, actuals: actuals.get(r.id) ?? [] }]),
  );
}
