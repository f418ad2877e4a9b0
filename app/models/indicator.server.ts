import { and, eq } from "drizzle-orm";

import { type Db, getDb } from "../../db/client.server";
import { indicators, milestones } from "../../db/schema";
import type { IndicatorDirection, IndicatorKind } from "../domain/constants";
import { NotFoundError } from "../domain/errors";
import { writeAudit } from "./audit.server";

export function createIndicator(
  input: {
    activityId: number;
    name: string;
    unit: string;
    baseline: number;
    target: number;
    direction: IndicatorDirection;
    kind: IndicatorKind;
  },
  actorId: number,
  db: Db = getDb(),
): number {
  return db.transaction((tx) => {
    const row = tx.insert(indicators).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "indicator.create", entity: "indicator", entityId: row.id, after: row });
    return row.id;
  });
}

export function createMilestone(input: { activityId: number; title: string; dueOn: string }, actorId: number, db: Db = getDb()): number {
  return db.transaction((tx) => {
    const row = tx.insert(milestones).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "milestone.create", entity: "milestone", entityId: row.id, after: row });
    return row.id;
  });
}

/** Marks a milestone of this activity done ("already-done" for a done one); NotFoundError for another activity's. */
export function completeMilestone(
  input: { activityId: number; milestoneId: number; doneOn: string },
  actorId: number,
  db: Db = getDb(),
): "done" | "already-done" {
  return db.transaction((tx) => {
    const before = tx
      .select()
      .from(milestones)
      .where(and(eq(milestones.id, input.milestoneId), eq(milestones.activityId, input.activityId)))
      .get();
    if (!before) throw new NotFoundError("milestone");
    if (before.doneOn !== null) return "already-done";
    const after = tx.update(milestones).set({ doneOn: input.doneOn }).where(eq(milestones.id, before.id)).returning().get();
    writeAudit(tx, { userId: actorId, action: "milestone.complete", entity: "milestone", entityId: before.id, before, after });
    return "done";
  });
}
