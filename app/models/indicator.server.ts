import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { indicatorRevisions, indicators, milestones, sharedIndicators } from "../../db/schema";
import { INDICATOR_DIRECTIONS, INDICATOR_KINDS, type IndicatorDirection, type IndicatorKind } from "../domain/constants";
import { NotFoundError, StateConflictError, VersionConflictError } from "../domain/errors";
import {
  changedFields,
  definitionChange,
  type DefinitionField,
  type IndicatorDefinition,
  isRetired,
  needsReason,
} from "../domain/indicator-revisions";
import { linkMismatch } from "../domain/outcomes";
import { writeAudit } from "./audit.server";

/**
 * Checks a link to a shared indicator inside the write's transaction: it exists (NotFoundError) and counts in
 * the same unit and kind (StateConflictError "link-unit" / "link-kind"); the form says so first.
 */
function checkLink(tx: DbOrTx, sharedIndicatorId: number | null, indicator: { unit: string; kind: IndicatorKind }): void {
  if (sharedIndicatorId === null) return;
  const shared = tx.select().from(sharedIndicators).where(eq(sharedIndicators.id, sharedIndicatorId)).get();
  if (!shared) throw new NotFoundError("shared indicator");
  const mismatch = linkMismatch(indicator, shared);
  if (mismatch) throw new StateConflictError(`link-${mismatch}`);
}

export function createIndicator(
  input: {
    activityId: number;
    name: string;
    unit: string;
    baseline: number;
    target: number;
    direction: IndicatorDirection;
    kind: IndicatorKind;
    /** The shared indicator its figures add up to; null (or absent) for none. */
    sharedIndicatorId?: number | null;
  },
  actorId: number,
  db: Db = getDb(),
): number {
  return db.transaction((tx) => {
    checkLink(tx, input.sharedIndicatorId ?? null, input);
    const row = tx.insert(indicators).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "indicator.create", entity: "indicator", entityId: row.id, after: row });
    return row.id;
  });
}

export type IndicatorRecord = typeof indicators.$inferSelect;

/** An indicator of this activity (null for an unknown one, or another activity's). */
export function getIndicator(activityId: number, indicatorId: number, db: DbOrTx = getDb()): IndicatorRecord | null {
  return (
    db
      .select()
      .from(indicators)
      .where(and(eq(indicators.id, indicatorId), eq(indicators.activityId, activityId)))
      .get() ?? null
  );
}

type Change = {
  activityId: number;
  indicatorId: number;
  /** The version the form was loaded with. */
  version: number;
  reason: string;
  /** The Copenhagen date of the change, for the timeline. */
  changedOn: string;
  user: { id: number; name: string };
};

/** The indicator as it stands, after the checks every change makes: this activity's, not changed meanwhile, not retired. */
function lockedIndicator(tx: DbOrTx, input: Change): IndicatorRecord {
  const before = getIndicator(input.activityId, input.indicatorId, tx);
  if (!before) throw new NotFoundError("indicator");
  // Someone else's change first: it may be what makes this one right or wrong.
  if (before.version !== input.version) throw new VersionConflictError("indicator");
  if (isRetired(before)) throw new StateConflictError("indicator-retired");
  return before;
}

/**
 * Changes an indicator's definition against the version the form was loaded with, with a revision for the
 * activity's timeline (the changed fields, before and after, and the reason) and the audit row, in one
 * transaction. A new baseline or target needs a reason (the route says so beside the field first). A new
 * link to a shared indicator (`sharedIndicatorId`; undefined leaves it) is audited, not a revision: it changes
 * where the figures add up, not what they measure. Returns what changed; nothing changed writes nothing.
 */
export function updateIndicator(
  input: Change & { definition: IndicatorDefinition; sharedIndicatorId?: number | null },
  db: Db = getDb(),
): (DefinitionField | "sharedIndicator")[] {
  return db.transaction((tx) => {
    const before = lockedIndicator(tx, input);
    const change = definitionChange(before, input.definition);
    const fields = changedFields(change);
    const link = input.sharedIndicatorId === undefined ? before.sharedIndicatorId : input.sharedIndicatorId;
    const linkChanged = link !== before.sharedIndicatorId;
    if (fields.length === 0 && !linkChanged) return fields;
    if (needsReason(change) && input.reason === "") throw new Error("a new baseline or target needs a reason");
    // A definition that moves away from its shared indicator's unit or kind must leave the link as well.
    checkLink(tx, link, input.definition);
    const after = tx
      .update(indicators)
      .set({ ...change.after, sharedIndicatorId: link, version: sql`${indicators.version} + 1` })
      .where(and(eq(indicators.id, before.id), eq(indicators.version, input.version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("indicator");
    if (fields.length === 0) {
      writeAudit(tx, { userId: input.user.id, action: "indicator.link", entity: "indicator", entityId: before.id, before, after });
      return ["sharedIndicator"];
    }
    const revision = tx
      .insert(indicatorRevisions)
      .values({
        indicatorId: before.id,
        kind: "edit",
        changedOn: input.changedOn,
        changedBy: input.user.name,
        userId: input.user.id,
        reason: input.reason,
        before: change.before,
        after: change.after,
      })
      .returning({ id: indicatorRevisions.id })
      .get();
    writeAudit(tx, {
      userId: input.user.id,
      action: "indicator.update",
      entity: "indicator",
      entityId: before.id,
      before,
      after: { ...after, reason: input.reason, revisionId: revision.id },
    });
    return linkChanged ? [...fields, "sharedIndicator"] : fields;
  });
}

/**
 * Retires an indicator (final: decision 012). It keeps its history and actuals, takes no new actuals and
 * counts in no progress figure. A revision (kind retire) on the timeline, and the audit row.
 */
export function retireIndicator(input: Change, db: Db = getDb()): void {
  db.transaction((tx) => {
    const before = lockedIndicator(tx, input);
    const after = tx
      .update(indicators)
      .set({ retiredOn: input.changedOn, version: sql`${indicators.version} + 1` })
      .where(and(eq(indicators.id, before.id), eq(indicators.version, input.version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("indicator");
    const revision = tx
      .insert(indicatorRevisions)
      .values({
        indicatorId: before.id,
        kind: "retire",
        changedOn: input.changedOn,
        changedBy: input.user.name,
        userId: input.user.id,
        reason: input.reason,
        before: { retiredOn: null },
        after: { retiredOn: input.changedOn },
      })
      .returning({ id: indicatorRevisions.id })
      .get();
    writeAudit(tx, {
      userId: input.user.id,
      action: "indicator.retire",
      entity: "indicator",
      entityId: before.id,
      before,
      after: { ...after, reason: input.reason, revisionId: revision.id },
    });
  });
}

/** What a revision stored as before and after: some definition fields, or the retirement date. */
const RevisionValues = z
  .object({
    name: z.string(),
    unit: z.string(),
    baseline: z.number(),
    target: z.number(),
    direction: z.enum(INDICATOR_DIRECTIONS),
    kind: z.enum(INDICATOR_KINDS),
    retiredOn: z.string().nullable(),
  })
  .partial();
type RevisionValues = z.infer<typeof RevisionValues>;

export type IndicatorRevisionView = {
  id: number;
  indicatorId: number;
  /** The indicator's name now (a rename is a revision of its own). */
  indicatorName: string;
  kind: "edit" | "retire";
  changedOn: string;
  changedBy: string;
  reason: string;
  before: RevisionValues;
  after: RevisionValues;
  createdAt: string;
};

function selectRevisions(db: DbOrTx) {
  return db
    .select({
      id: indicatorRevisions.id,
      indicatorId: indicatorRevisions.indicatorId,
      indicatorName: indicators.name,
      kind: indicatorRevisions.kind,
      changedOn: indicatorRevisions.changedOn,
      changedBy: indicatorRevisions.changedBy,
      reason: indicatorRevisions.reason,
      before: indicatorRevisions.before,
      after: indicatorRevisions.after,
      createdAt: indicatorRevisions.createdAt,
    })
    .from(indicatorRevisions)
    .innerJoin(indicators, eq(indicators.id, indicatorRevisions.indicatorId));
}

type SelectedRevision = Awaited<ReturnType<ReturnType<typeof selectRevisions>["all"]>>[number];

function toRevisionView(r: SelectedRevision): IndicatorRevisionView {
  return { ...r, before: RevisionValues.parse(r.before), after: RevisionValues.parse(r.after) };
}

/** Every revision of the activity's indicators, oldest first. */
export function listIndicatorRevisions(activityId: number, db: DbOrTx = getDb()): IndicatorRevisionView[] {
  return selectRevisions(db)
    .where(eq(indicators.activityId, activityId))
    .orderBy(asc(indicatorRevisions.changedOn), asc(indicatorRevisions.id))
    .all()
    .map(toRevisionView);
}

/** Some revisions, by id (a page of an activity's history), in no particular order. */
export function getIndicatorRevisions(ids: number[], db: DbOrTx = getDb()): IndicatorRevisionView[] {
  if (ids.length === 0) return [];
  return selectRevisions(db).where(inArray(indicatorRevisions.id, ids)).all().map(toRevisionView);
}

export function createMilestone(input: { activityId: number; title: string; dueOn: string }, actorId: number, db: Db = getDb()): number {
  return db.transaction((tx) => {
    const row = tx.insert(milestones).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "milestone.create", entity: "milestone", entityId: row.id, after: row });
    return row.id;
  });
}

export type MilestoneRecord = typeof milestones.$inferSelect;

/** A milestone of this activity (null for an unknown one, or another activity's). */
export function getMilestone(activityId: number, milestoneId: number, db: DbOrTx = getDb()): MilestoneRecord | null {
  return (
    db
      .select()
      .from(milestones)
      .where(and(eq(milestones.id, milestoneId), eq(milestones.activityId, activityId)))
      .get() ?? null
  );
}

/** Marks a milestone of this activity done ("already-done" for a done one); NotFoundError for another activity's. */
export function completeMilestone(
  input: { activityId: number; milestoneId: number; doneOn: string },
  actorId: number,
  db: Db = getDb(),
): "done" | "already-done" {
  return db.transaction((tx) => {
    const before = getMilestone(input.activityId, input.milestoneId, tx);
    if (!before) throw new NotFoundError("milestone");
    if (before.doneOn !== null) return "already-done";
    const after = tx
      .update(milestones)
      .set({ doneOn: input.doneOn, version: sql`${milestones.version} + 1` })
      .where(eq(milestones.id, before.id))
      .returning()
      .get();
    writeAudit(tx, { userId: actorId, action: "milestone.complete", entity: "milestone", entityId: before.id, before, after });
    return "done";
  });
}

type MilestoneRef = { activityId: number; milestoneId: number; version: number };

/** The milestone as it stands, not changed since the form was loaded. */
function checkedMilestone(tx: DbOrTx, input: MilestoneRef): MilestoneRecord {
  const before = getMilestone(input.activityId, input.milestoneId, tx);
  if (!before) throw new NotFoundError("milestone");
  if (before.version !== input.version) throw new VersionConflictError("milestone");
  return before;
}

/** A new title or due date, against the version the form was loaded with. Returns whether anything changed. */
export function updateMilestone(input: MilestoneRef & { title: string; dueOn: string }, actorId: number, db: Db = getDb()): boolean {
  return db.transaction((tx) => {
    const before = checkedMilestone(tx, input);
    if (before.title === input.title && before.dueOn === input.dueOn) return false;
    const after = tx
      .update(milestones)
      .set({ title: input.title, dueOn: input.dueOn, version: sql`${milestones.version} + 1` })
      .where(and(eq(milestones.id, before.id), eq(milestones.version, input.version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("milestone");
    writeAudit(tx, { userId: actorId, action: "milestone.update", entity: "milestone", entityId: before.id, before, after });
    return true;
  });
}

/** Deletes a milestone that is not done (a mistaken entry); a done one is history: StateConflictError. */
export function deleteMilestone(input: MilestoneRef, actorId: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    const before = checkedMilestone(tx, input);
    if (before.doneOn !== null) throw new StateConflictError("milestone-done");
    const gone = tx
      .delete(milestones)
      .where(and(eq(milestones.id, before.id), eq(milestones.version, input.version)))
      .run();
    if (gone.changes !== 1) throw new VersionConflictError("milestone");
    writeAudit(tx, { userId: actorId, action: "milestone.delete", entity: "milestone", entityId: before.id, before });
  });
}

/** Reopens a done milestone (it was not reached after all); an open one: StateConflictError. */
export function reopenMilestone(input: MilestoneRef, actorId: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    const before = checkedMilestone(tx, input);
    if (before.doneOn === null) throw new StateConflictError("milestone-open");
    const after = tx
      .update(milestones)
      .set({ doneOn: null, version: sql`${milestones.version} + 1` })
      .where(and(eq(milestones.id, before.id), eq(milestones.version, input.version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("milestone");
    writeAudit(tx, { userId: actorId, action: "milestone.reopen", entity: "milestone", entityId: before.id, before, after });
  });
}
