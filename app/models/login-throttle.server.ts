import { and, count, eq, gt, lt, min } from "drizzle-orm";

import { type Db, getDb } from "../../db/client.server";
import { loginFailures } from "../../db/schema";

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

export type AttemptReservation = { kind: "reserved"; id: number } | { kind: "throttled"; until: Date };

/**
 * Reserves one sign-in attempt before its password is checked, or says until when sign-in is refused:
 * more than 5 failures for one email, or more than 20 from one address, within 15 minutes.
 *
 * The count and the insert run in one immediate transaction, so requests sent at once cannot all see
 * the same empty count while their passwords are being hashed: an attempt in flight counts as a failure
 * until `releaseAttempt` says it succeeded. An attempt that never finishes (a crash) stays counted.
 */
export function reserveAttempt(email: string, address: string, now: Date, db: Db = getDb()): AttemptReservation {
  const normalised = email.toLowerCase().slice(0, 254);
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  return db.transaction(
    (tx) => {
      // Strictly after the window's start, so that at the time given as "until" sign-in is open again.
      const check = (column: typeof loginFailures.email | typeof loginFailures.address, value: string, limit: number) => {
        const row = tx
          .select({ n: count(), oldest: min(loginFailures.at) })
          .from(loginFailures)
          .where(and(eq(column, value), gt(loginFailures.at, since)))
          .get();
        if (!row || row.n < limit || !row.oldest) return null;
        return new Date(Date.parse(row.oldest) + WINDOW_MINUTES * 60_000);
      };
      const byEmail = check(loginFailures.email, normalised, MAX_FAILURES_PER_EMAIL);
      const byAddress = check(loginFailures.address, address, MAX_FAILURES_PER_ADDRESS);
      if (byEmail || byAddress) {
        const until = byEmail && byAddress ? (byEmail > byAddress ? byEmail : byAddress) : (byEmail ?? byAddress)!;
        return { kind: "throttled", until } as const;
      }
      const { id } = tx
        .insert(loginFailures)
        .values({ email: normalised, address, at: now.toISOString() })
        .returning({ id: loginFailures.id })
        .get();
      // Old failures count for nothing; drop them as we go so the table stays small.
      const cutoff = new Date(now.getTime() - 24 * 3_600_000).toISOString();
      tx.delete(loginFailures).where(lt(loginFailures.at, cutoff)).run();
      return { kind: "reserved", id } as const;
    },
    { behavior: "immediate" },
  );
}

/** The reserved attempt succeeded: it no longer counts against the email or the address. */
export function releaseAttempt(id: number, db: Db = getDb()): void {
  db.delete(loginFailures).where(eq(loginFailures.id, id)).run();
}
