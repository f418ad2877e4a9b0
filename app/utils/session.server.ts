import crypto from "node:crypto";

import { createCookie } from "@remix-run/node";
import { and, eq, isNull, sql } from "drizzle-orm";

import { type Db, getDb } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import { sessions, userAreas, users } from "../../db/schema";
import type { Role } from "../domain/constants";
import { getEnv } from "./env.server";
import { sessionSecret } from "./secret.server";

const SESSION_COOKIE_NAME = "overblik_session";

let cookie: ReturnType<typeof createCookie> | undefined;

/** The cookie holds only a random id, signed so a tampered value is simply no session. */
function sessionCookie() {
  cookie ??= createCookie(SESSION_COOKIE_NAME, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secrets: [sessionSecret()],
  });
  return cookie;
}

function hashId(id: string): string {
  return crypto.createHash("sha256").update(id).digest("hex");
}

/** Served over HTTPS (directly, or behind a proxy that says so): then the cookie is Secure. */
function isHttps(request: Request): boolean {
  const origin = getEnv().ORIGIN;
  if (origin) return origin.startsWith("https:");
  return new URL(request.url).protocol === "https:";
}

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  areaIds: number[];
};

const TOUCH_EVERY_MS = 60_000;

export async function createSession(userId: number, request: Request, db: Db = getDb()): Promise<string> {
  const env = getEnv();
  const id = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  db.insert(sessions)
    .values({
      idHash: hashId(id),
      userId,
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + env.SESSION_MAX_HOURS * 3_600_000).toISOString(),
    })
    .run();
  return sessionCookie().serialize(id, { secure: isHttps(request), maxAge: env.SESSION_MAX_HOURS * 3600 });
}

async function sessionIdFrom(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 && value.length < 200 ? value : null;
}

// The root loader and the route's loader both ask for the user of the same request: look it up once.
const perRequest = new WeakMap<Request, Promise<SessionUser | null>>();

/**
 * The signed-in user, or null when there is no valid session: no cookie, a tampered or unknown one,
 * revoked, idle too long, past its absolute expiry, or its user disabled.
 */
export function getSessionUser(request: Request, db: Db = getDb()): Promise<SessionUser | null> {
  let user = perRequest.get(request);
  if (!user) {
    user = lookUpSessionUser(request, db);
    perRequest.set(request, user);
  }
  return user;
}

/** What every signed-in request asks the database: prepared once per connection. */
const sessionStatements = preparedPerConnection((db) => ({
  user: db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder("idHash")), isNull(sessions.revokedAt), isNull(users.disabledAt)))
    .prepare(),
  touch: db
    .update(sessions)
    .set({ lastSeenAt: sql`${sql.placeholder("lastSeenAt")}` })
    .where(eq(sessions.idHash, sql.placeholder("idHash")))
    .prepare(),
  areaIds: db
    .select({ areaId: userAreas.areaId })
    .from(userAreas)
    .where(eq(userAreas.userId, sql.placeholder("userId")))
    .prepare(),
}));

async function lookUpSessionUser(request: Request, db: Db): Promise<SessionUser | null> {
  const id = await sessionIdFrom(request);
  if (!id) return null;
  const idHash = hashId(id);
  const statements = sessionStatements(db);
  const row = statements.user.get({ idHash });
  if (!row) return null;

  const now = Date.now();
  const idleLimit = getEnv().SESSION_IDLE_MINUTES * 60_000;
  const lastSeen = Date.parse(row.lastSeenAt);
  if (now >= Date.parse(row.expiresAt) || now - lastSeen >= idleLimit) return null;
  // Refresh the idle clock, but not on every request: one write a minute per session is plenty.
  if (now - lastSeen > TOUCH_EVERY_MS) statements.touch.run({ idHash, lastSeenAt: new Date(now).toISOString() });

  const areaIds = statements.areaIds.all({ userId: row.userId }).map((r) => r.areaId);
  return { id: row.userId, email: row.email, name: row.name, role: row.role, areaIds };
}

/** Revokes the request's session and returns the header that clears the cookie. */
export async function destroySession(request: Request, db: Db = getDb()): Promise<string> {
  const id = await sessionIdFrom(request);
  if (id) {
    db.update(sessions)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(sessions.idHash, hashId(id)), isNull(sessions.revokedAt)))
      .run();
  }
  return sessionCookie().serialize("", { secure: isHttps(request), maxAge: 0, expires: new Date(0) });
}
