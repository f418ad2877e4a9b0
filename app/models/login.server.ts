import { type Db, getDb } from "../../db/client.server";
import { isDemoDatabase } from "../../db/demo-accounts";
import type { Role } from "../domain/constants";
import { verifyAgainstDummy, verifyPassword } from "../utils/password.server";
import { releaseAttempt, reserveAttempt } from "./login-throttle.server";
import { countUsers, findUserForLogin } from "./user.server";

export function getLoginPageInfo(db: Db = getDb()) {
  return { demo: isDemoDatabase(db), noUsers: countUsers(db) === 0 };
}

export type SignInOutcome = { kind: "ok"; userId: number; role: Role } | { kind: "refused" } | { kind: "throttled"; until: Date };

/**
 * Checks a sign-in: the attempt is reserved against the throttle first (it counts as a failure while its
 * password is checked), then released if the password was right.
 */
export async function signIn(email: string, password: string, address: string, db: Db = getDb()): Promise<SignInOutcome> {
  const normalised = email.trim().toLowerCase();
  const reservation = reserveAttempt(normalised, address, new Date(), db);
  if (reservation.kind === "throttled") return reservation;

  const user = findUserForLogin(normalised, db);
  const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !ok || user.disabledAt !== null) return { kind: "refused" };
  releaseAttempt(reservation.id, db);
  return { kind: "ok", userId: user.id, role: user.role };
}

/** Whether this database holds the demo portfolio (its figures are illustrative, and the footer says so). */
export function isDemo(db: Db = getDb()): boolean {
  return isDemoDatabase(db);
}
