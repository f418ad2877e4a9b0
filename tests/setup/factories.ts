import os from "node:os";
import path from "node:path";

import type { ActivityStatus, FocusAreaCode, FundingStage, Health } from "../../app/domain/constants";
import { type Db, openDatabase } from "../../db/client.server";
import { migrateDatabase } from "../../db/migrate";
import {
  activities,
  activityAreas,
  areas,
  focusAreas,
  fundingLines,
  fundingSources,
  indicatorActuals,
  indicators,
  plans,
  statusUpdates,
} from "../../db/schema";

/** A fresh, migrated, empty database file for a test that builds its own small fixture. */
export function emptyDatabase(): Db {
  const file = path.join(os.tmpdir(), `overblik-test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
  const db = openDatabase(file);
  migrateDatabase(db);
  return db;
}

export function makeArea(db: Db, slug: string, residents: number | null) {
  return db.insert(areas).values({ slug, name: slug.toUpperCase(), residents, classification: "other" }).returning().get();
}

export function makeFocus(db: Db, code: FocusAreaCode, sortOrder: number) {
  return db
    .insert(focusAreas)
    .values({ code, nameDa: `${code} (da)`, nameEn: `${code} (en)`, sortOrder })
    .returning()
    .get();
}

export function makePlan(db: Db, slug = "plan") {
  return db.insert(plans).values({ slug, name: slug, startsOn: "2025-01-01", endsOn: "2028-12-31" }).returning().get();
}

export function makeSource(db: Db, name: string, countsAsLocal: boolean) {
  return db
    .insert(fundingSources)
    .values({ name, kind: countsAsLocal ? "municipality" : "lbf", countsAsLocal })
    .returning()
    .get();
}

export function makeActivity(
  db: Db,
  input: { title: string; planId: number; focusAreaId: number; areaIds: number[]; budget: number; status: ActivityStatus; health: Health },
) {
  const row = db
    .insert(activities)
    .values({
      title: input.title,
      planId: input.planId,
      focusAreaId: input.focusAreaId,
      budget: input.budget,
      status: input.status,
      health: input.health,
      healthReason: input.health === "green" ? "" : "reason",
      startsOn: "2025-01-01",
    })
    .returning()
    .get();
  for (const areaId of input.areaIds) db.insert(activityAreas).values({ activityId: row.id, areaId }).run();
  return row;
}

export function makeLine(db: Db, activityId: number, sourceId: number, amount: number, stage: FundingStage, year = 2026) {
  return db.insert(fundingLines).values({ activityId, sourceId, amount, stage, year }).returning().get();
}

export function makeUpdate(db: Db, activityId: number, reportedOn: string, status: ActivityStatus, health: Health) {
  return db
    .insert(statusUpdates)
    .values({ activityId, reportedOn, status, health, healthReason: health === "green" ? "" : "reason", reportedBy: "test" })
    .returning()
    .get();
}

export function makeIndicator(
  db: Db,
  activityId: number,
  input: { baseline: number; target: number; kind: "cumulative" | "per_period"; direction?: "higher" | "lower" },
) {
  return db
    .insert(indicators)
    .values({ activityId, name: "i", unit: "u", direction: input.direction ?? "higher", ...input })
    .returning()
    .get();
}

export function makeActual(db: Db, indicatorId: number, statusUpdateId: number, value: number) {
  return db.insert(indicatorActuals).values({ indicatorId, statusUpdateId, value }).returning().get();
}
