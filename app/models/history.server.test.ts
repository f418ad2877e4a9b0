import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../db/client.server";
import { indicatorRevisions, statusUpdates } from "../../db/schema";
import {
  emptyDatabase,
  makeActivity,
  makeActual,
  makeArea,
  makeFocus,
  makeIndicator,
  makePlan,
  makeUpdate,
} from "../../tests/setup/factories";
import type { ActivityStatus } from "../domain/constants";
import { getHistoryPage, HISTORY_PAGE_SIZE, type HistoryEntry, type HistoryRevision, type HistoryUpdate } from "./history.server";
import { type IndicatorRevisionView, listIndicatorRevisions } from "./indicator.server";
import { getTimeline, type TimelineEntry } from "./status-update.server";

type RevisionEntry = { type: "revision" } & IndicatorRevisionView;
type WholeHistoryEntry = TimelineEntry | RevisionEntry;

/**
 * The reference: the whole history read at once, as the activity page read it before it was paged (its status
 * updates and its indicators' revisions, newest first by date and, within a day, by when they were recorded).
 */
function getHistory(activityId: number, db: Db): WholeHistoryEntry[] {
  const entries: WholeHistoryEntry[] = [
    ...getTimeline(activityId, db),
    ...listIndicatorRevisions(activityId, db).map((r): RevisionEntry => ({ type: "revision", ...r })),
  ];
  const dateOf = (e: WholeHistoryEntry) => (e.type === "update" ? e.reportedOn : e.changedOn);
  return entries.sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * An activity with 45 status updates (a status change every tenth, indicator values on every fourth, two on
 * one day) and 3 revisions of its indicators: one on a day of its own, one on the day of an update and
 * recorded after it, one recorded at the same moment as an update of its day. 48 entries: pages of 20, 20, 8.
 */
let db: Db;
let busy = 0;
let quiet = 0;
const STATUSES: ActivityStatus[] = ["planned", "active", "paused", "active", "completed"];

beforeAll(() => {
  db = emptyDatabase();
  const area = makeArea(db, "a", 1000);
  const focus = makeFocus(db, "education", 1);
  const plan = makePlan(db);
  const activity = (title: string) =>
    makeActivity(db, { title, planId: plan.id, focusAreaId: focus.id, areaIds: [area.id], budget: 100, status: "active", health: "green" });
  busy = activity("Busy").id;
  quiet = activity("Quiet").id;
  const other = activity("Other").id;
  const indicator = makeIndicator(db, busy, { baseline: 0, target: 10, kind: "cumulative" });
  /** Every third day from New Year; updates 20 and 21 share a day. */
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + 3 * (i > 20 ? i - 1 : i))).toISOString().slice(0, 10);
  for (let i = 0; i < 45; i++) {
    const update = makeUpdate(db, busy, day(i), STATUSES[Math.floor(i / 10)] ?? "active", i % 3 === 0 ? "amber" : "green");
    if (i % 4 === 0) makeActual(db, indicator.id, update.id, i);
    makeUpdate(db, other, day(i), "paused", "green");
  }
  const revision = (changedOn: string, createdAt: string) =>
    db
      .insert(indicatorRevisions)
      .values({
        indicatorId: indicator.id,
        kind: "edit",
        changedOn,
        changedBy: "admin",
        reason: "r",
        before: { target: 10 },
        after: { target: 12 },
        createdAt,
      })
      .run();
  revision("2026-01-02", "2026-01-02T09:00:00.000Z");
  const sameDay = db
    .select()
    .from(statusUpdates)
    .all()
    .find((u) => u.activityId === busy && u.reportedOn === day(30));
  if (!sameDay) throw new Error("fixture: no update on the 30th update's day");
  revision(day(30), "2099-01-01T00:00:00.000Z");
  revision(day(30), sameDay.createdAt);
});

afterAll(() => db.$client.close());

/** What a page of the history shows of an entry of getHistory's (which reads the whole history at once). */
function shown(entry: WholeHistoryEntry): HistoryEntry {
  return entry.type === "update" ? shownUpdate(entry) : shownRevision(entry);
}

function shownUpdate({ createdAt: _createdAt, ...update }: TimelineEntry): HistoryUpdate {
  return update;
}

function shownRevision({ createdAt: _createdAt, ...revision }: RevisionEntry): HistoryRevision {
  return revision;
}

describe("getHistoryPage", () => {
  it("splits the whole history into pages, newest first, in the order and with the status changes of the whole", () => {
    const pages = [1, 2, 3].map((p) => getHistoryPage(busy, p, db));
    expect(pages.map((p) => p.rows.length)).toEqual([HISTORY_PAGE_SIZE, HISTORY_PAGE_SIZE, 8]);
    expect(pages.map((p) => [p.page, p.pageCount, p.total])).toEqual([
      [1, 3, 48],
      [2, 3, 48],
      [3, 3, 48],
    ]);
    const whole = getHistory(busy, db).map(shown);
    expect(whole).toHaveLength(48);
    expect(pages.flatMap((p) => p.rows)).toEqual(whole);
  });

  it("shows each status change, also across a page boundary, and the indicator values of each update", () => {
    const rows = [1, 2, 3].flatMap((p) => getHistoryPage(busy, p, db).rows);
    const updates = rows.filter((e) => e.type === "update");
    expect(updates.filter((u) => u.previousStatus !== null && u.previousStatus !== u.status)).toHaveLength(4);
    expect(updates.filter((u) => u.previousStatus === null)).toHaveLength(1);
    expect(updates.filter((u) => u.actuals.length > 0)).toHaveLength(12);
    expect(rows.filter((e) => e.type === "revision")).toHaveLength(3);
  });

  it("answers a page past the end with the last page and a page before the start with the first", () => {
    expect(getHistoryPage(busy, 99, db).page).toBe(3);
    expect(getHistoryPage(busy, 0, db).page).toBe(1);
  });

  it("has one empty page for an activity without history", () => {
    expect(getHistoryPage(quiet, 1, db)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0 });
  });
});
