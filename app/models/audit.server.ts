import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb, isConnection } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import { auditLog, users } from "../../db/schema";
import { addDays, copenhagenDayStartUtc } from "../utils/dates";

export type AuditEntry = {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** The audit row's insert, prepared once per connection for the writes made most often (status updates). */
const insertAudit = preparedPerConnection((db) =>
  db
    .insert(auditLog)
    .values({
      userId: sql.placeholder("userId"),
      action: sql.placeholder("action"),
      entity: sql.placeholder("entity"),
      entityId: sql.placeholder("entityId"),
      // As JSON text already: drizzle would write a null as the JSON text "null" through a placeholder.
      before: sql`${sql.placeholder("before")}`,
      after: sql`${sql.placeholder("after")}`,
    })
    .prepare(),
);

const asJson = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Records a write. Call it inside the write's own transaction, so both land or neither does: with the
 * transaction's handle, or with the connection itself (whose transaction it is), which runs a prepared insert.
 */
export function writeAudit(tx: DbOrTx, entry: AuditEntry): void {
  if (isConnection(tx)) {
    insertAudit(tx).run({
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: asJson(entry.before),
      after: asJson(entry.after),
    });
    return;
  }
  tx.insert(auditLog)
    .values({
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .run();
}

export type AuditFilters = {
  entity?: string;
  entityId?: string;
  userEmail?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
};

const AUDIT_PAGE_SIZE = 100;

export function listAudit(filters: AuditFilters, db: Db = getDb()) {
  const where: SQL[] = [];
  if (filters.entity) where.push(eq(auditLog.entity, filters.entity));
  if (filters.entityId) where.push(eq(auditLog.entityId, filters.entityId));
  if (filters.userEmail) where.push(eq(users.email, filters.userEmail.toLowerCase()));
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  // The filter's dates are Copenhagen days, as the times are shown; the log stores UTC instants.
  if (filters.from) where.push(gte(auditLog.at, copenhagenDayStartUtc(filters.from)));
  if (filters.to) where.push(lt(auditLog.at, copenhagenDayStartUtc(addDays(filters.to, 1))));
  const condition = where.length > 0 ? and(...where) : undefined;
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(condition)
      .get()?.n ?? 0;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      userEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(condition)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filters.page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The distinct entity and action names, for the filter form. */
export function auditFacets(db: Db = getDb()) {
  const entities = db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all();
  const actions = db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action).all();
  return { entities: entities.map((e) => e.v), actions: actions.map((a) => a.v) };
}
