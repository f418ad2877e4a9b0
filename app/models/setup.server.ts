import { count, countDistinct, inArray, isNull } from "drizzle-orm";

import { type Db, getDb } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import { activities, areas, fundingSources, planAreas, plans, users } from "../../db/schema";

/** How far a new organisation has come in setting up its portfolio, for the "what next" on empty pages. */
export type SetupState = {
  areas: number;
  plans: number;
  activities: number;
  /** Active users other than the first administrator. */
  otherUsers: number;
  sources: number;
  /** Plans covering one of the asking manager's areas (a manager can add activities only there). */
  plansForMyAreas: number;
};

export function getSetupState(user: { areaIds: readonly number[] }, db: Db = getDb()): SetupState {
  const n = (row: { n: number } | undefined) => row?.n ?? 0;
  return {
    areas: n(db.select({ n: count() }).from(areas).get()),
    plans: n(db.select({ n: count() }).from(plans).get()),
    activities: n(db.select({ n: count() }).from(activities).get()),
    otherUsers: Math.max(0, n(db.select({ n: count() }).from(users).where(isNull(users.disabledAt)).get()) - 1),
    sources: n(db.select({ n: count() }).from(fundingSources).get()),
    plansForMyAreas:
      user.areaIds.length === 0
        ? 0
        : n(
            db
              .select({ n: countDistinct(planAreas.planId) })
              .from(planAreas)
              .where(inArray(planAreas.areaId, [...user.areaIds]))
              .get(),
          ),
  };
}

const anyActivity = preparedPerConnection((db) => db.select({ id: activities.id }).from(activities).limit(1).prepare());

/** True when the portfolio holds no activity at all: pages then say what to do first (asked on every list). */
export function portfolioIsEmpty(db: Db = getDb()): boolean {
  return !anyActivity(db).get();
}
