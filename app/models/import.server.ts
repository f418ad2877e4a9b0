import crypto from "node:crypto";

import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb, type Tx } from "../../db/client.server";
import { activities, areas, focusAreas, fundingSources, planAreas, plans, stagedImports } from "../../db/schema";
import type { FocusAreaCode } from "../domain/constants";
import { NotFoundError, StateConflictError } from "../domain/errors";
import { writeAudit } from "./audit.server";

/**
 * Uploaded spreadsheets waiting for their preview to be confirmed (`/import`), and what an import matches
 * names against. A staged import belongs to the user who uploaded it and lasts an hour.
 */
export type StagedSheet = { format: "csv" | "xlsx"; header: string[]; rows: { line: number; cells: string[] }[] };

export type StagedImport = {
  id: string;
  kind: string;
  fileName: string;
  sheet: StagedSheet;
  expiresAt: string;
  committedAt: string | null;
  result: unknown;
};

/** Removes staged imports that expired (their files are no longer wanted, confirmed or not). */
export function removeExpiredImports(now: Date, db: DbOrTx = getDb()): number {
  return db.delete(stagedImports).where(lt(stagedImports.expiresAt, now.toISOString())).run().changes;
}

/** Keeps an uploaded sheet for its uploader until `expiresAt`; returns its new, unguessable id. */
export function stageImport(
  input: { userId: number; kind: string; fileName: string; sheet: StagedSheet; expiresAt: Date },
  db: Db = getDb(),
): string {
  const id = crypto.randomBytes(16).toString("hex");
  db.insert(stagedImports)
    .values({
      id,
      userId: input.userId,
      kind: input.kind,
      fileName: input.fileName,
      sheet: input.sheet,
      expiresAt: input.expiresAt.toISOString(),
    })
    .run();
  return id;
}

/** The user's own staged import with this id, or null (none, or someone else's: the same to them). */
export function getStagedImport(id: string, userId: number, db: DbOrTx = getDb()): StagedImport | null {
  const row = db
    .select()
    .from(stagedImports)
    .where(and(eq(stagedImports.id, id), eq(stagedImports.userId, userId)))
    .get();
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    sheet: row.sheet as StagedSheet,
    expiresAt: row.expiresAt,
    committedAt: row.committedAt,
    result: row.result,
  };
}

/**
 * Saves a staged import in one transaction: `save` writes the records (with their own audit rows), then the
 * import is marked saved, with its result and an audit row of its own. Anything `save` throws rolls all of it
 * back. StateConflictError("import-saved") when it was saved already (a second click), NotFoundError when gone.
 */
export function commitStagedImport<R extends object>(
  id: string,
  userId: number,
  save: (tx: Tx) => R,
  summary: Record<string, unknown>,
  db: Db = getDb(),
): R {
  return db.transaction((tx) => {
    const staged = tx
      .select({ committedAt: stagedImports.committedAt, kind: stagedImports.kind, fileName: stagedImports.fileName })
      .from(stagedImports)
      .where(and(eq(stagedImports.id, id), eq(stagedImports.userId, userId)))
      .get();
    if (!staged) throw new NotFoundError("import");
    if (staged.committedAt !== null) throw new StateConflictError("import-saved");
    const result = save(tx);
    const marked = tx
      .update(stagedImports)
      // The cells are not needed once saved; the result is what the result page shows.
      .set({ committedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`, result, sheet: { format: "csv", header: [], rows: [] } })
      .where(and(eq(stagedImports.id, id), isNull(stagedImports.committedAt)))
      .run();
    if (marked.changes !== 1) throw new StateConflictError("import-saved");
    writeAudit(tx, {
      userId,
      action: "import.save",
      entity: "import",
      entityId: id,
      after: { kind: staged.kind, fileName: staged.fileName, ...summary },
    });
    return result;
  });
}

export type ImportReferences = {
  plans: { id: number; slug: string; name: string; startsOn: string; endsOn: string; areaIds: number[] }[];
  areas: { id: number; slug: string; name: string }[];
  focusAreas: { code: FocusAreaCode; nameDa: string; nameEn: string }[];
  sources: { id: number; name: string }[];
  activities: { id: number; title: string; planId: number; startsOn: string | null; endsOn: string | null }[];
};

/** Everything an import matches names against, in a few queries. */
export function importReferences(db: DbOrTx = getDb()): ImportReferences {
  const covered = db.select({ planId: planAreas.planId, areaId: planAreas.areaId }).from(planAreas).all();
  return {
    plans: db
      .select({ id: plans.id, slug: plans.slug, name: plans.name, startsOn: plans.startsOn, endsOn: plans.endsOn })
      .from(plans)
      .orderBy(asc(plans.startsOn), asc(plans.name))
      .all()
      .map((p) => ({ ...p, areaIds: covered.filter((c) => c.planId === p.id).map((c) => c.areaId) })),
    areas: db.select({ id: areas.id, slug: areas.slug, name: areas.name }).from(areas).orderBy(asc(areas.name)).all(),
    focusAreas: db
      .select({ code: focusAreas.code, nameDa: focusAreas.nameDa, nameEn: focusAreas.nameEn })
      .from(focusAreas)
      .orderBy(asc(focusAreas.sortOrder))
      .all(),
    sources: db.select({ id: fundingSources.id, name: fundingSources.name }).from(fundingSources).orderBy(asc(fundingSources.name)).all(),
    activities: db
      .select({
        id: activities.id,
        title: activities.title,
        planId: activities.planId,
        startsOn: activities.startsOn,
        endsOn: activities.endsOn,
      })
      .from(activities)
      .all(),
  };
}
