/**
 * Lists that grow with the portfolio are shown a page or a few rows at a time, with the count of all and a
 * link to the rest (issue 16). The file's copy of the demo database is grown with the large-data generator.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { AREA_FOCUS_LIMIT } from "../../app/models/area.server";
import { PIPELINE_LIMIT, RANKING_PAGE_SIZE } from "../../app/models/funding.server";
import { HISTORY_PAGE_SIZE } from "../../app/models/history.server";
import * as activity from "../../app/routes/activities.$id";
import * as area from "../../app/routes/areas.$slug";
import * as boardPack from "../../app/routes/board-pack";
import * as dashboard from "../../app/routes/dashboard._index";
import * as funding from "../../app/routes/funding._index";
import * as my from "../../app/routes/my";
import { DASHBOARD_AREAS_PER_PAGE } from "../../app/views/dashboard-page.server";
import { getDb } from "../../db/client.server";
import { seedLarge } from "../../db/large-data";
import { callLoader } from "../setup/route-harness";

beforeAll(() => {
  seedLarge(getDb().$client, { activities: 400, updates: 4000, areas: 8, plans: 5, seed: 7, today: "2026-06-15" });
});

type Paged = { rows: { id: number }[]; page: number; pageCount: number; total: number };

describe("/funding", () => {
  it("ranks the activities with a gap a page at a time, the sums over all of them", async () => {
    const first = (await callLoader(funding, { path: "/funding", as: "fundraiser" })).data as {
      ranked: Paged & { sums: { gap: number } };
    };
    expect(first.ranked.rows).toHaveLength(RANKING_PAGE_SIZE);
    expect(first.ranked.total).toBeGreaterThan(RANKING_PAGE_SIZE);
    const second = (await callLoader(funding, { path: "/funding?page=2", as: "fundraiser" })).data as { ranked: Paged };
    expect(second.ranked.page).toBe(2);
    expect(second.ranked.rows.map((r) => r.id)).not.toContain(first.ranked.rows[0]?.id);
    // A page past the end shows the last one.
    const last = (await callLoader(funding, { path: "/funding?page=9999", as: "fundraiser" })).data as { ranked: Paged };
    expect(last.ranked.page).toBe(last.ranked.pageCount);
  });

  it("shows the first lines of each pipeline list and counts them all", async () => {
    const { pipeline } = (await callLoader(funding, { path: "/funding", as: "fundraiser" })).data as {
      pipeline: { open: { rows: unknown[]; total: number }; decided: { rows: unknown[]; total: number } };
    };
    for (const list of [pipeline.open, pipeline.decided]) {
      expect(list.rows.length).toBe(Math.min(PIPELINE_LIMIT, list.total));
      expect(list.total).toBeGreaterThan(PIPELINE_LIMIT);
    }
  });
});

describe("an area's page", () => {
  it("lists a few activities per focus area and says how many there are", async () => {
    const res = await callLoader(area, { path: "/areas/vollsmose", params: { slug: "vollsmose" }, as: "board" });
    const byFocus = (res.data as { area: { byFocus: { activities: unknown[]; total: number }[] } }).area.byFocus;
    expect(byFocus.some((f) => f.total > AREA_FOCUS_LIMIT)).toBe(true);
    for (const f of byFocus) expect(f.activities.length).toBe(Math.min(AREA_FOCUS_LIMIT, f.total));
  });
});

describe("the board pack", () => {
  it("bounds its lists and counts what it leaves out", async () => {
    const data = (await callLoader(boardPack, { path: "/board-pack?since=2024-01-01", as: "board" })).data as {
      attention: { rows: { focus: string }[]; total: Record<string, number> };
      changes: { rows: { focus: string }[]; total: Record<string, number> };
      unfunded: { rows: unknown[]; total: number };
    };
    for (const list of [data.attention, data.changes]) {
      for (const [focus, total] of Object.entries(list.total)) {
        expect(list.rows.filter((r) => r.focus === focus).length).toBe(Math.min(10, total));
      }
    }
    expect(Object.values(data.changes.total).some((n) => n > 10)).toBe(true);
    expect(data.unfunded.rows.length).toBe(Math.min(RANKING_PAGE_SIZE, data.unfunded.total));
    expect(data.unfunded.total).toBeGreaterThan(RANKING_PAGE_SIZE);
  });
});

describe("/my", () => {
  it("pages a manager's activities, the counts over all of them", async () => {
    const data = (await callLoader(my, { path: "/my", as: "managerVollsmose" })).data as { activities: Paged };
    expect(data.activities.total).toBeGreaterThan(50);
    expect(data.activities.rows).toHaveLength(50);
    const next = (await callLoader(my, { path: "/my?page=2", as: "managerVollsmose" })).data as { activities: Paged };
    expect(next.activities.page).toBe(2);
  });
});

describe("an activity's history", () => {
  it("shows a page of it, newest first, and which page of how many", async () => {
    const busiest = getDb()
      .$client.prepare("select activity_id as id, count(*) as n from status_updates group by activity_id order by n desc limit 1")
      .get() as { id: number; n: number };
    expect(busiest.n).toBeGreaterThan(HISTORY_PAGE_SIZE);
    type History = { timeline: { type: string; reportedOn?: string }[]; history: { page: number; pageCount: number; total: number } };
    const load = async (query: string) =>
      (await callLoader(activity, { path: `/activities/${busiest.id}${query}`, params: { id: String(busiest.id) }, as: "board" }))
        .data as History;
    const first = await load("");
    expect(first.timeline).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.history).toEqual({ page: 1, pageCount: Math.ceil(busiest.n / HISTORY_PAGE_SIZE), total: busiest.n });
    const newest = getDb().$client.prepare("select max(reported_on) as day from status_updates where activity_id = ?").get(busiest.id) as {
      day: string;
    };
    expect(first.timeline[0]?.reportedOn).toBe(newest.day);
    const last = await load(`?history=${first.history.pageCount}`);
    expect(last.timeline).toHaveLength(busiest.n - (first.history.pageCount - 1) * HISTORY_PAGE_SIZE);
    // A page past the end shows the last one; a page that is not a number the first.
    expect((await load("?history=9999")).history.page).toBe(first.history.pageCount);
    expect((await load("?history=x")).history.page).toBe(1);
  });
});

describe("the dashboard", () => {
  type Table = { rows: { key: string }[] };
  type Dashboard = {
    dashboard: { areas: { slug: string }[]; matrix: Record<string, Record<string, unknown>>; total: { budget: number } };
    tables: Record<string, Table>;
    outcomes: { shared: Table | null };
    areaPage: { page: number; pageCount: number; total: number; first: number };
    ignored: { param: string; value: string }[];
  };
  const load = async (path: string) => (await callLoader(dashboard, { path, as: "board" })).data as Dashboard;

  it("shows the matrix and the comparisons by area a page of areas at a time, the key figures over all of them", async () => {
    const first = await load("/dashboard");
    const { areaPage } = first;
    expect(areaPage.total).toBeGreaterThan(DASHBOARD_AREAS_PER_PAGE);
    expect(areaPage).toMatchObject({ page: 1, first: 1, pageCount: Math.ceil(areaPage.total / DASHBOARD_AREAS_PER_PAGE) });
    const shown = first.dashboard.areas.map((a) => a.slug);
    expect(shown).toHaveLength(DASHBOARD_AREAS_PER_PAGE);
    // The matrix, the three tables by area and the shared outcomes hold the page's areas and no others.
    for (const row of Object.values(first.dashboard.matrix)) for (const slug of Object.keys(row)) expect(shown).toContain(slug);
    for (const id of ["budget-by-focus", "secured-gap", "health-mix"]) expect(first.tables[id]?.rows.map((r) => r.key)).toEqual(shown);
    expect(first.outcomes.shared?.rows.map((r) => r.key) ?? shown).toEqual(shown);

    const second = await load("/dashboard?areapage=2");
    expect(second.areaPage).toMatchObject({ page: 2, first: DASHBOARD_AREAS_PER_PAGE + 1 });
    const next = second.dashboard.areas.map((a) => a.slug);
    expect(next.some((slug) => shown.includes(slug))).toBe(false);
    // The key figures are the same on every page: they are over every chosen area.
    expect(second.dashboard.total).toEqual(first.dashboard.total);

    // The last page holds the rest; a page past the end shows the last one.
    const last = await load(`/dashboard?areapage=${areaPage.pageCount + 5}`);
    expect(last.areaPage.page).toBe(areaPage.pageCount);
    expect(last.dashboard.areas).toHaveLength(areaPage.total - (areaPage.pageCount - 1) * DASHBOARD_AREAS_PER_PAGE);
  });

  it("says it ignored an area page that is no page number, and shows the first", async () => {
    const data = await load("/dashboard?areapage=tredje");
    expect(data.areaPage.page).toBe(1);
    expect(data.ignored).toContainEqual({ param: "areapage", value: "tredje" });
  });
});
