/**
 * Every hot query (what the board's and managers' pages run on each request) is planned by SQLite without
 * a full scan of a table that grows with the portfolio, unless the query reads the whole table on purpose
 * (an aggregate over the portfolio) and is listed below with its reason. A new query that scans where an
 * index would fit fails here: add the index, or add the query to ALLOWED_SCANS with why the scan is right.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ActivityFilters } from "../app/domain/filters";
import { getActivity, getOverview, listActivities } from "../app/models/activity.server";
import { getArea, listAreas } from "../app/models/area.server";
import { changesSince, redAndAmber } from "../app/models/board-pack.server";
import { getDashboard } from "../app/models/dashboard.server";
import {
  activityFunding,
  coFinancingByPlan,
  fundingPipeline,
  listActivityMoney,
  listFlags,
  listFundingLines,
} from "../app/models/funding.server";
import { getHistoryPage } from "../app/models/history.server";
import { itemsForActivity, openFollowUpsForActivity, openFollowUpsForOwner } from "../app/models/meeting.server";
import {
  getActivityForReport,
  getIndicators,
  getMilestones,
  listMyActivities,
  recordStatusUpdate,
} from "../app/models/status-update.server";
import { emptyDatabase } from "../tests/setup/factories";
import type { Db } from "./client.server";
import { seedDatabase } from "./seed";

/** Tables whose size grows with the portfolio: a scan of one of these is what this test looks for. */
const GROWING = [
  "activities",
  "activity_areas",
  "status_updates",
  "funding_lines",
  "indicators",
  "indicator_actuals",
  "milestones",
  "fundraising_flags",
  "meetings",
  "agenda_items",
  "agenda_item_activities",
  "follow_ups",
  "indicator_revisions",
  "audit_log",
  "sessions",
  "users",
];

/**
 * Scans that are right: queries that aggregate over the whole portfolio, whose results are cached until the
 * next write (app/models/figures-cache.server.ts). Keyed by the hot path and the table scanned, with why.
 */
const PORTFOLIO_AGGREGATE = "an aggregate over the whole portfolio, cached until the next write";
const ALLOWED_SCANS: Record<string, string> = {
  "dashboard: activity_areas": PORTFOLIO_AGGREGATE,
  "dashboard: funding_lines": PORTFOLIO_AGGREGATE,
  "dashboard: indicators": PORTFOLIO_AGGREGATE,
  "dashboard: one area: activity_areas": `${PORTFOLIO_AGGREGATE} (an activity's share needs its number of areas)`,
  "dashboard: one area: funding_lines": PORTFOLIO_AGGREGATE,
  "dashboard: one area: indicators": PORTFOLIO_AGGREGATE,
  "front page: activities": PORTFOLIO_AGGREGATE,
  "front page: funding_lines": PORTFOLIO_AGGREGATE,
  "areas: activity_areas": PORTFOLIO_AGGREGATE,
  "funding: ranking: activities": `${PORTFOLIO_AGGREGATE}: every activity with a gap, ranked (the page shows a page of it)`,
  "funding: pipeline: funding_lines": `${PORTFOLIO_AGGREGATE}: applications by stage, and the decided ones (most lines are decided)`,
  "funding: co-financing: funding_lines": PORTFOLIO_AGGREGATE,
  "activities: filtered and paged: activities": "the list's order (focus area, title) over the filtered activities; 50 rows a page",
};

const TODAY = "2026-06-15";
const none = { plans: [], areas: [], from: null, to: null };
const allActivities: ActivityFilters = {
  areas: [],
  focus: [],
  statuses: [],
  health: [],
  funding: [],
  plans: [],
  q: "",
  flagged: false,
  from: null,
  to: null,
  page: 1,
} as const;

let db: Db;
const captured: { path: string; sql: string }[] = [];
let current = "";

beforeAll(() => {
  db = emptyDatabase();
  seedDatabase(db, { today: TODAY, seed: "demo" });
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    if (current && !/^\s*(explain|pragma|begin|commit|rollback|savepoint|release)/i.test(source))
      captured.push({ path: current, sql: source });
    return prepare(source);
  }) as typeof db.$client.prepare;
});

afterAll(() => db.$client.close());

/** Runs a hot path and records the statements it prepares under its name. */
function hot(path: string, run: () => unknown) {
  current = path;
  try {
    run();
  } finally {
    current = "";
  }
}

/** What each alias in a statement stands for (`funding_lines fl` → fl: funding_lines), and each table for itself. */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>(GROWING.map((t) => [t, t]));
  for (const m of sql.matchAll(/\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?(\w+))?/gi)) {
    const [, table, alias] = m;
    if (table && alias && !/^(on|where|join|left|inner|cross|group|order|using|natural|window|limit)$/i.test(alias)) map.set(alias, table);
  }
  return map;
}

function plan(sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => null);
  const rows = db.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

describe("query plans of the hot paths", () => {
  it("scan no growing table where an index fits", () => {
    const manager = db.$client.prepare("select id from users where role = 'manager' order by id limit 1").get() as { id: number };
    hot("dashboard", () => getDashboard(none, TODAY, db));
    hot("dashboard: one area", () => getDashboard({ ...none, areas: ["vollsmose"] }, TODAY, db));
    hot("activities: filtered and paged", () =>
      listActivities({ ...allActivities, focus: ["employment"], statuses: ["active"], page: 2 }, db),
    );
    hot("activities: one area", () => listActivities({ ...allActivities, areas: ["vollsmose"] }, db));
    hot("activity page", () => {
      getActivity(1, db);
      getActivityForReport(1, db);
      getIndicators(1, db);
      getMilestones(1, TODAY, db);
      getHistoryPage(1, 1, db);
      activityFunding(1, db);
      listFundingLines(1, db);
      listFlags(1, db);
      itemsForActivity(1, db);
      openFollowUpsForActivity(1, TODAY, db);
      coFinancingByPlan(["vollsmose-current"], db);
    });
    hot("area page", () => getArea("vollsmose", db));
    hot("areas", () => listAreas(db));
    hot("front page", () => getOverview(db));
    hot("funding: ranking", () => listActivityMoney({ areas: [], focus: [], plans: [], flagged: false }, { onlyGaps: true }, db));
    hot("funding: pipeline", () => fundingPipeline({ areas: [], focus: [], plans: [], flagged: false }, TODAY, db));
    hot("funding: co-financing", () => coFinancingByPlan([], db));
    hot("board pack", () => {
      redAndAmber(none, db);
      changesSince("2026-03-15", TODAY, none, db);
    });
    hot("my page", () => {
      listMyActivities({ id: manager.id, role: "manager" }, TODAY, 90, db);
      openFollowUpsForOwner(manager.id, TODAY, db);
    });
    hot("status update", () => {
      const a = getActivityForReport(1, db);
      if (!a) throw new Error("no activity 1");
      recordStatusUpdate(
        {
          activityId: 1,
          expectedVersion: a.version,
          status: a.status,
          health: "green",
          healthReason: "",
          note: "",
          reportedOn: TODAY,
          actuals: [],
          user: { id: manager.id, name: "M" },
        },
        db,
      );
    });

    const scans: string[] = [];
    const seen = new Set<string>();
    for (const { path, sql } of captured) {
      if (seen.has(`${path}\n${sql}`)) continue;
      seen.add(`${path}\n${sql}`);
      const names = aliases(sql);
      for (const detail of plan(sql)) {
        const table = names.get(/^SCAN (\w+)/.exec(detail)?.[1] ?? "");
        if (!table || !GROWING.includes(table)) continue;
        const key = `${path}: ${table}`;
        if (ALLOWED_SCANS[key]) continue;
        scans.push(`${key}\n    ${detail}\n    in: ${sql.replace(/\s+/g, " ").slice(0, 300)}`);
      }
    }
    expect(scans).toEqual([]);
  });
});
