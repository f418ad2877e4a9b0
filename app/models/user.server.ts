import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { areas, sessions, userAreas, users } from "../../db/schema";
import type { Role } from "../domain/constants";
import { DuplicateError, NotFoundError, VersionConflictError } from "../domain/errors";
import { hashPassword } from "../utils/password.server";
import { writeAudit } from "./audit.server";

export type UserRow = {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: string | null;
  version: number;
  areas: { id: number; slug: string; name: string }[];
};

function areasByUser(db: DbOrTx, userIds: number[]) {
  const map = new Map<number, UserRow["areas"]>();
  if (userIds.length === 0) return map;
  const rows = db
    .select({ userId: userAreas.userId, id: areas.id, slug: areas.slug, name: areas.name })
    .from(userAreas)
    .innerJoin(areas, eq(areas.id, userAreas.areaId))
    .where(inArray(userAreas.userId, userIds))
    .orderBy(asc(areas.name))
    .all();
  for (const r of rows) {
    const list = map.get(r.userId) ?? [];
    list.push({ id: r.id, slug: r.slug, name: r.name });
    map.set(r.userId, list);
  }
  return map;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  version: users.version,
};

export function listUsers(db: Db = getDb()): UserRow[] {
  const rows = db.select(userColumns).from(users).orderBy(asc(users.email)).all();
  const areaMap = areasByUser(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, areas: areaMap.get(r.id) ?? [] }));
}

export function getUserById(id: number, db: DbOrTx = getDb()): UserRow | null {
  const row = db.select(userColumns).from(users).where(eq(users.id, id)).get();
  if (!row) return null;
  return { ...row, areas: areasByUser(db, [id]).get(id) ?? [] };
}

export function countUsers(db: Db = getDb()): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

/** For sign-in only: the stored hash never leaves the server module that checks it. */
export function findUserForLogin(email: string, db: Db = getDb()) {
  return db
    .select({ id: users.id, role: users.role, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .get();
}

/** Who a user is, for the audit log: never the password hash. */
function auditView(user: UserRow | null) {
  if (!user) return null;
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    areas: user.areas.map((a) => a.slug),
  };
}

export async function createUser(
  input: { email: string; name: string; role: Role; areaIds: number[]; password: string },
  actorId: number | null,
  db: Db = getDb(),
): Promise<UserRow> {
  // Hash outside the transaction: it takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const email = input.email.toLowerCase();
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw new DuplicateError("email");
    }
    const created = tx.insert(users).values({ email, name: input.name, role: input.role, passwordHash }).returning({ id: users.id }).get();
    const areaIds = input.role === "manager" ? input.areaIds : [];
    if (areaIds.length > 0) {
      tx.insert(userAreas)
        .values(areaIds.map((areaId) => ({ userId: created.id, areaId })))
        .run();
    }
    const user = getUserById(created.id, tx);
    if (!user) throw new Error("user vanished inside its own transaction");
    writeAudit(tx, { userId: actorId, action: "user.create", entity: "user", entityId: created.id, after: auditView(user) });
    return user;
  });
}

export function updateUser(
  id: number,
  input: { name: string; role: Role; areaIds: number[]; disabled: boolean; version: number },
  actorId: number,
  db: Db = getDb(),
): UserRow {
  return db.transaction((tx) => {
    const before = getUserById(id, tx);
    if (!before) throw new NotFoundError("user");
    if (before.version !== input.version) throw new VersionConflictError("user");
    const disabledAt = input.disabled ? (before.disabledAt ?? new Date().toISOString()) : null;
    tx.update(users)
      .set({ name: input.name, role: input.role, disabledAt, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(users.id, id))
      .run();
    tx.delete(userAreas).where(eq(userAreas.userId, id)).run();
    const areaIds = input.role === "manager" ? input.areaIds : [];
    if (areaIds.length > 0) {
      tx.insert(userAreas)
        .values(areaIds.map((areaId) => ({ userId: id, areaId })))
        .run();
    }
    // A disabled user is signed out everywhere at once, not at their next idle timeout.
    if (input.disabled && before.disabledAt === null) revokeUserSessions(tx, id);
    const after = getUserById(id, tx);
    writeAudit(tx, {
      userId: actorId,
      action: "user.update",
      entity: "user",
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    if (!after) throw new Error("user vanished inside its own transaction");
    return after;
  });
}

export async function resetPassword(id: number, password: string, actorId: number | null, db: Db = getDb()): Promise<void> {
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    const before = getUserById(id, tx);
    if (!before) throw new NotFoundError("user");
    tx.update(users)
      .set({ passwordHash, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(users.id, id))
      .run();
    revokeUserSessions(tx, id);
    writeAudit(tx, { userId: actorId, action: "user.reset-password", entity: "user", entityId: id });
  });
}

export function areaOptions(db: Db = getDb()) {
  return db.select({ id: areas.id, slug: areas.slug, name: areas.name }).from(areas).orderBy(asc(areas.name)).all();
}

/** Ends every session of a user, e.g. when they are disabled or their password is reset. */
function revokeUserSessions(db: Pick<Db, "update">, userId: number): void {
  db.update(sessions)
    .set({ revokedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run();
}
