import { type Db, getDb } from "../../db/client.server";
import { isDemoDatabase } from "../../db/demo-accounts";
import { verifyAgainstDummy, verifyPassword } from "../utils/password.server";
import { recordLoginFailure, throttledUntil } from "./login-throttle.server";
import { countUsers, findUserForLogin } from "./user.server";

export function getLoginPageInfo(db: Db = getDb()) {
  return { demo: isDemoDatabase(db), noUsers: countUsers(db) === 0 };
}

export type SignInOutcome = { kind: "ok"; userId: number } | { kind: "refused" } | { kind: "throttled"; until: Date };

/** Checks a sign-in: throttling first, then the password; failures are recorded for throttling. */
export async function signIn(email: string, password: string, address: string, db: Db = getDb()): Promise<SignInOutcome> {
  const now = new Date();
  const normalised = email.trim().toLowerCase();
  const until = throttledUntil(normalised, address, now, db);
  if (until) return { kind: "throttled", until };

  const user = findUserForLogin(normalised, db);
  const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !ok || user.disabledAt !== null) {
    recordLoginFailure(normalised, address, now, db);
    return { kind: "refused" };
  }
  return { kind: "ok", userId: user.id };
}
