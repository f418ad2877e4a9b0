import { and, count, eq, gte, lt, min } from "drizzle-orm";

import { type Db, getDb } from "../../db/client.server";
import { loginFailures } from "../../db/schema";

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * When sign-in is refused for now: more than 5 failures for one email, or more than 20 from one
 * address, within 15 minutes. Returns when the oldest counted failure leaves the window, or null.
 */
export function throttledUntil(email: string, address: string, now: Date, db: Db = getDb()): Date | null {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const check = (column: typeof loginFailures.email | typeof loginFailures.address, value: string, limit: number) => {
    const row = db
      .select({ n: count(), oldest: min(loginFailures.at) })
      .from(loginFailures)
      .where(and(eq(column, value), gte(loginFailures.at, since)))
      .get();
    if (!row || row.n < limit || !row.oldest) return null;
    return new Date(Date.parse(row.oldest) + WINDOW_MINUTES * 60_000);
  };
  const byEmail = check(loginFailures.email, email.toLowerCase(), MAX_FAILURES_PER_EMAIL);
  const byAddress = check(loginFailures.address, address, MAX_FAILURES_PER_ADDRESS);
  if (byEmail && byAddress) return byEmail > byAddress ? byEmail : byAddress;
  return byEmail ?? byAddress;
}

export function recordLoginFailure(email: string, address: string, now: Date, db: Db = getDb()): void {
  db.transaction((tx) => {
    tx.insert(loginFailures)
      .values({ email: email.toLowerCase().slice(0, 254), address, at: now.toISOString() })
      .run();
    // Old failures count for nothing; drop them as we go so the table stays small.
    const cutoff = new Date(now.getTime() - 24 * 3_600_000).toISOString();
    tx.delete(loginFailures).where(lt(loginFailures.at, cutoff)).run();
  });
}
