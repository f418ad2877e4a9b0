import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fundingState } from "../app/domain/funding";
import { currentValue, indicatorProgress } from "../app/domain/indicators";
import { daysBetween, yearOf } from "../app/utils/dates";
import { type Db, openDatabase } from "./client.server";
import { illustrative, ILLUSTRATIVE_NOTE, seedDemo } from "./demo-data";
import { ILLUSTRATIVE_SOURCE } from "./demo-statistics";
import { migrateDatabase } from "./migrate";
import { seedDatabase, type SeedOutcome } from "./seed";

const files: string[] = [];
const opened: Db[] = [];

function freshDb(): Db {
  const file = path.join(os.tmpdir(), `overblik-demo-${randomUUID()}.db`);
  files.push(file);
  const db = openDatabase(file);
  opened.push(db);
  migrateDatabase(db);
  return db;
}

afterAll(() => {
  for (const db of opened) db.$client.close();
  for (const file of files) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
});

function all<T>(db: Db, query: string, ...params: unknown[]): T[] {
  return db.$client.prepare(query).all(...params) as T[];
}

function one<T>(db: Db, query: string, ...params: unknown[]): T {
  const row = db.$client.prepare(query).get(...params) as T | undefined;
  if (row === undefined) throw new Error(`no row for: ${query}`);
  return row;
}

const TABLES = [
  "organisations",
  "areas",
  "area_organisations",
  "focus_areas",
  "plans",
  "plan_areas",
  "activities",
  "activity_areas",
  "status_updates",
  "funding_sources",
  "funding_lines",
  "indicators",
  "indicator_actuals",
  "milestones",
  "area_statistics",
  "shared_indicators",
  "report_narratives",
] as const;

function counts(db: Db): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, one<{ n: number }>(db, `select count(*) as n from ${t}`).n]));
}

type ActivityRow = {
  id: number;
  title: string;
  status: string;
  health: string;
  healthReason: string;
  startsOn: string | null;
  endsOn: string | null;
  budget: number;
  partners: string;
  plan: string;
  planStart: string;
  planEnd: string;
  focus: string;
};

function activityRows(db: Db): ActivityRow[] {
  return all<ActivityRow>(
    db,
    `select a.id, a.title, a.status, a.health, a.health_reason as healthReason, a.starts_on as startsOn,
            a.ends_on as endsOn, a.budget, a.partners, p.slug as plan, p.starts_on as planStart,
            p.ends_on as planEnd, f.code as focus
       from activities a join plans p on p.id = a.plan_id join focus_areas f on f.id = a.focus_area_id`,
  );
}

function byTitle(rows: ActivityRow[], title: string): ActivityRow {
  const row = rows.find((r) => r.title === title);
  if (!row) throw new Error(`no activity "${title}"`);
  return row;
}

function areasOf(db: Db, activityId: number): string[] {
  return all<{ slug: string }>(
    db,
    `select ar.slug from activity_areas aa join areas ar on ar.id = aa.area_id where aa.activity_id = ? order by ar.slug`,
    activityId,
  ).map((r) => r.slug);
}

/** Latest status update per activity: max reported_on, ties broken by insertion order. */
function latestUpdates(db: Db) {
  return all<{ activityId: number; status: string; health: string; healthReason: string; reportedOn: string }>(
    db,
    `select s.activity_id as activityId, s.status, s.health, s.health_reason as healthReason, s.reported_on as reportedOn
       from status_updates s
      where s.id = (select s2.id from status_updates s2 where s2.activity_id = s.activity_id
                     order by s2.reported_on desc, s2.id desc limit 1)`,
  );
}

const VOLLSMOSE_ELEVEN: [string, string][] = [
  ["Rådgivning i forældrerollen", "education"],
  ["Uddannelsesindsats", "education"],
  ["Fritidsjobrådgivning", "employment"],
  ["Beskæftigelsesmentor", "employment"],
  ["Medborgerskab og frivillighed", "cohesion"],
  ["Bydelssøstre", "cohesion"],
  ["Lokal avis og lokale medier", "cohesion"],
  ["Direkte i Job", "crime"],
  ["Nabohjælp", "crime"],
  ["Tryghedsvandringer", "crime"],
  ["Tidlig kriminalitetsforebyggelse", "crime"],
];

const OTHER_AREAS = ["solbakken-rising", "korsloekken", "skt-klemensparken", "ejerslykke"];

describe("illustrative marker", () => {
  it("returns its argument unchanged and has a note", () => {
    expect(illustrative(1_450_000)).toBe(1_450_000);
    const list = ["a"];
    expect(illustrative(list)).toBe(list);
    expect(ILLUSTRATIVE_NOTE.trim().length).toBeGreaterThan(0);
  });

  it("refuses a malformed today", () => {
    const db = freshDb();
    expect(() => seedDemo(db, "2026-13-01")).toThrow();
    expect(counts(db).activities).toBe(0);
  });
});

describe.each(["2026-06-15", "2031-02-01", "2027-01-01", "2027-12-31"])("demo portfolio seeded on %s", (today) => {
  let db: Db;
  let outcome: SeedOutcome;
  let rows: ActivityRow[];
  beforeAll(() => {
    db = freshDb();
    outcome = seedDatabase(db, { today, seed: "demo" });
    rows = activityRows(db);
  });

  it("seeds a portfolio of at most 50 activities", () => {
    expect(outcome).toBe("seeded");
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeLessThanOrEqual(50);
    expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
  });

  it("has the organisations, focus areas and areas of the minutes", () => {
    const orgs = all<{ name: string; kind: string }>(db, "select name, kind from organisations");
    for (const name of ["Civica", "Fyns Almennyttige Boligselskab", "Odense Boligselskab", "Arbejdernes Boligforening Odense"]) {
      expect(orgs).toContainEqual({ name, kind: "housing" });
    }
    expect(orgs).toContainEqual({ name: "Odense Kommune", kind: "municipality" });
    expect(orgs).toContainEqual({ name: "Landsbyggefonden", kind: "fund" });
    expect(orgs).toContainEqual({ name: "KVINFO", kind: "partner" });

    const focus = all<{ code: string }>(db, "select code from focus_areas order by sort_order").map((r) => r.code);
    expect(focus).toEqual(["education", "employment", "cohesion", "crime", "crosscutting"]);

    const vollsmose = one<{ residents: number; housingSections: number; classification: string }>(
      db,
      "select residents, housing_sections as housingSections, classification from areas where slug = 'vollsmose'",
    );
    expect(vollsmose).toEqual({ residents: 8620, housingSections: 9, classification: "transformation" });
    const others = one<{ residents: number | null }>(db, "select residents from areas where slug = 'oevrige-afdelinger'");
    expect(others.residents).toBeNull();
    const vollsmoseOrgs = all<{ name: string }>(
      db,
      `select o.name from area_organisations ao join organisations o on o.id = ao.organisation_id
        join areas a on a.id = ao.area_id where a.slug = 'vollsmose'`,
    ).map((r) => r.name);
    expect(vollsmoseOrgs).toEqual(expect.arrayContaining(["Civica", "Fyns Almennyttige Boligselskab", "Odense Boligselskab"]));
  });

  it("places both current plans around today and keeps the earlier plan fixed", () => {
    const plans = all<{ slug: string; startsOn: string; endsOn: string }>(
      db,
      "select slug, starts_on as startsOn, ends_on as endsOn from plans",
    );
    for (const slug of ["vollsmose-current", "bydaekkende-current"]) {
      const plan = plans.find((p) => p.slug === slug);
      if (!plan) throw new Error(`no plan ${slug}`);
      expect(plan.startsOn <= today && today <= plan.endsOn, slug).toBe(true);
      expect(yearOf(plan.endsOn) - yearOf(plan.startsOn)).toBe(3);
    }
    expect(plans.find((p) => p.slug === "vollsmose-2017-2020")).toEqual({
      slug: "vollsmose-2017-2020",
      startsOn: "2017-01-01",
      endsOn: "2020-12-31",
    });
  });

  it("has the eleven Vollsmose activities, active, in the current plan and under their focus areas", () => {
    for (const [title, focus] of VOLLSMOSE_ELEVEN) {
      const a = byTitle(rows, title);
      expect(a, title).toMatchObject({ status: "active", plan: "vollsmose-current", focus });
      expect(a.startsOn, title).not.toBeNull();
      expect((a.startsOn ?? "") >= a.planStart, title).toBe(true);
      expect((a.startsOn ?? "") < today, title).toBe(true);
      expect(a.endsOn, title).toBe(a.planEnd);
      expect(areasOf(db, a.id)).toContain("vollsmose");
    }
    const healths = VOLLSMOSE_ELEVEN.map(([title]) => byTitle(rows, title).health);
    expect(healths.filter((h) => h === "red")).toHaveLength(1);
    expect(healths.filter((h) => h === "amber").length).toBeGreaterThanOrEqual(2);
    expect(byTitle(rows, "Bydelssøstre").health).toBe("green");
  });

  it("has the unfunded bridge-builder initiative as a city-wide idea, amber with the minutes' reason", () => {
    const a = byTitle(rows, "Brobyggerindsats");
    // City-strategic (it follows residents out of Vollsmose): the city-wide plan, which covers Vollsmose too.
    expect(a).toMatchObject({ status: "idea", focus: "crosscutting", plan: "bydaekkende-current", health: "amber" });
    expect(a.healthReason).toContain("ikke finansiering");
    const areas = db.$client
      .prepare("select ar.slug from activity_areas aa join areas ar on ar.id = aa.area_id where aa.activity_id = ? order by ar.slug")
      .all(a.id) as { slug: string }[];
    expect(areas.map((r) => r.slug)).toEqual(["oevrige-afdelinger", "vollsmose"]);
    const planAreas = db.$client
      .prepare(
        "select ar.slug from plan_areas pa join areas ar on ar.id = pa.area_id join plans p on p.id = pa.plan_id where p.slug = 'bydaekkende-current'",
      )
      .all() as { slug: string }[];
    expect(planAreas.map((r) => r.slug)).toContain("vollsmose");
    // Its history starts with the April 2020 board discussion, then the committees and Realiseringsbestyrelsen.
    const history = db.$client
      .prepare("select reported_on from status_updates where activity_id = ? order by reported_on limit 3")
      .all(a.id) as {
      reported_on: string;
    }[];
    expect(history.map((h) => h.reported_on)).toEqual(["2020-04-22", "2020-04-28", "2020-04-30"]);
    // Flagged when it was raised, after that discussion, not on the day the demo was seeded.
    const flag = one<{ created_at: string }>(db, "select created_at from fundraising_flags where activity_id = ?", a.id);
    expect(flag.created_at.slice(0, 7)).toBe("2020-05");
    expect(a.budget).toBeGreaterThan(0);
    expect(one<{ n: number }>(db, "select count(*) as n from funding_lines where activity_id = ?", a.id).n).toBe(0);
  });

  it("does not contradict itself: what an activity says of its money and its state matches its data", () => {
    // Tidlig kriminalitetsforebyggelse: its municipal lines are granted, so its reason may not say they are not.
    const tkf = byTitle(rows, "Tidlig kriminalitetsforebyggelse");
    const municipal = db.$client
      .prepare(
        "select fl.stage from funding_lines fl join funding_sources fs on fs.id = fl.source_id where fl.activity_id = ? and fs.name = 'Odense Kommune'",
      )
      .all(tkf.id) as { stage: string }[];
    expect(municipal.length).toBeGreaterThan(0);
    expect(municipal.every((l) => l.stage === "granted" || l.stage === "paid")).toBe(true);
    expect(tkf.healthReason).not.toMatch(/ikke bevilget/);
    // KVINFO is completed: its last word may not say that it goes on.
    const kvinfo = byTitle(rows, "KVINFO Mentornetværk");
    const last = one<{ note: string }>(
      db,
      "select note from status_updates where activity_id = ? order by reported_on desc, id desc limit 1",
      kvinfo.id,
    );
    expect(kvinfo.status).toBe("completed");
    expect(last.note).not.toMatch(/fortsætter/);
  });

  it("keeps the dates of the minutes: KVINFO from 1 May 2020, street teams 13 March – 10 May 2020", () => {
    const kvinfo = byTitle(rows, "KVINFO Mentornetværk");
    expect(kvinfo).toMatchObject({
      startsOn: "2020-05-01",
      plan: "vollsmose-2017-2020",
      focus: "employment",
      status: "completed",
    });
    expect(kvinfo.partners).toContain("KVINFO");
    const streets = byTitle(rows, "Gadeplansteams under COVID-19");
    expect(streets).toMatchObject({
      startsOn: "2020-03-13",
      endsOn: "2020-05-10",
      plan: "vollsmose-2017-2020",
      focus: "crime",
      status: "completed",
    });
  });

  it("gives every activity a history whose latest update is its current state", () => {
    const latest = new Map(latestUpdates(db).map((u) => [u.activityId, u]));
    for (const a of rows) {
      const u = latest.get(a.id);
      expect(u, a.title).toBeDefined();
      expect({ status: u?.status, health: u?.health, healthReason: u?.healthReason }, a.title).toEqual({
        status: a.status,
        health: a.health,
        healthReason: a.healthReason,
      });
    }
  });

  it("dates no update after today or before the activity started", () => {
    const bad = all<{ title: string; reportedOn: string }>(
      db,
      `select a.title, s.reported_on as reportedOn from status_updates s join activities a on a.id = s.activity_id
        where s.reported_on > ? or (a.starts_on is not null and s.reported_on < a.starts_on)`,
      today,
    );
    expect(bad).toEqual([]);
  });

  it("gives a reason for every amber or red health, on activities and updates", () => {
    expect(rows.filter((a) => a.health !== "green" && a.healthReason.trim() === "")).toEqual([]);
    const updates = one<{ n: number }>(db, "select count(*) as n from status_updates where health <> 'green' and trim(health_reason) = ''");
    expect(updates.n).toBe(0);
    expect(rows.some((a) => a.health === "red")).toBe(true);
  });

  it("has activities in several areas and in every named area", () => {
    const multi = all<{ n: number }>(db, "select count(*) as n from activity_areas group by activity_id having count(*) > 1");
    expect(multi.length).toBeGreaterThanOrEqual(3);
    for (const slug of OTHER_AREAS) {
      const focus = all<{ code: string }>(
        db,
        `select distinct f.code from activities a join focus_areas f on f.id = a.focus_area_id
          join activity_areas aa on aa.activity_id = a.id join areas ar on ar.id = aa.area_id where ar.slug = ?`,
        slug,
      );
      expect(focus.length, slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("has varied statuses in the city-wide plan", () => {
    const statuses = new Set(rows.filter((r) => r.plan === "bydaekkende-current").map((r) => r.status));
    for (const s of ["active", "planned", "paused", "stopped", "completed", "idea"]) expect(statuses).toContain(s);
  });

  it("has stale and fresh activities", () => {
    const latest = new Map(latestUpdates(db).map((u) => [u.activityId, u.reportedOn]));
    const age = (a: ActivityRow) => daysBetween(latest.get(a.id) ?? "1900-01-01", today);
    const current = rows.filter((a) => a.plan !== "vollsmose-2017-2020");
    expect(current.filter((a) => age(a) > 90).length).toBeGreaterThanOrEqual(3);
    expect(current.filter((a) => age(a) <= 90).length).toBeGreaterThanOrEqual(10);
    const eleven = VOLLSMOSE_ELEVEN.map(([title]) => byTitle(rows, title));
    expect(eleven.filter((a) => age(a) > 90)).toHaveLength(2);
    expect(eleven.filter((a) => age(a) <= 90).length).toBeGreaterThanOrEqual(3);
    expect(age(byTitle(rows, "Bydelssøstre"))).toBeLessThanOrEqual(90);
  });

  it("dates funding lines inside their plan's period", () => {
    const bad = all<{ id: number }>(
      db,
      `select fl.id from funding_lines fl join activities a on a.id = fl.activity_id join plans p on p.id = a.plan_id
        where fl.year < cast(substr(p.starts_on, 1, 4) as integer) or fl.year > cast(substr(p.ends_on, 1, 4) as integer)`,
    );
    expect(bad).toEqual([]);
  });

  it("has funded, partly funded and unfunded activities and applications in every stage", () => {
    const secured = all<{ id: number; title: string; budget: number; secured: number }>(
      db,
      `select a.id, a.title, a.budget, coalesce((select sum(amount) from funding_lines f
         where f.activity_id = a.id and f.stage in ('granted', 'paid')), 0) as secured from activities a`,
    );
    const states = secured.map((a) => fundingState(a.budget, a.secured));
    expect(states.filter((s) => s === "funded").length).toBeGreaterThan(rows.length / 2);
    expect(states.filter((s) => s === "partly").length).toBeGreaterThanOrEqual(3);
    const unfunded = secured.filter((a) => fundingState(a.budget, a.secured) === "unfunded").map((a) => a.title);
    expect(unfunded).toContain("Brobyggerindsats");
    expect(unfunded.length).toBeGreaterThanOrEqual(3);

    const foundationLines = all<{ stage: string; deadline: string | null }>(
      db,
      `select fl.stage, fl.deadline from funding_lines fl join funding_sources s on s.id = fl.source_id
        where s.kind = 'foundation'`,
    );
    for (const stage of ["prospect", "applied", "granted", "rejected"]) {
      expect(
        foundationLines.some((l) => l.stage === stage),
        stage,
      ).toBe(true);
    }
    const deadlines = foundationLines.filter((l) => l.stage === "applied").map((l) => daysBetween(today, l.deadline ?? ""));
    expect(deadlines.filter((d) => d >= 0 && d <= 30).length).toBeGreaterThanOrEqual(2);
    expect(deadlines.filter((d) => d < 0).length).toBeGreaterThanOrEqual(1);
    const amounts = all<{ amount: number }>(db, "select amount from funding_lines");
    expect(amounts.every((l) => Number.isInteger(l.amount) && l.amount >= 0)).toBe(true);
  });

  it("has one plan year of the city-wide plan just under 25 % local co-financing", () => {
    const shares = all<{ plan: string; year: number; share: number }>(
      db,
      `select p.slug as plan, fl.year,
              1.0 * sum(case when s.counts_as_local then fl.amount else 0 end) / sum(fl.amount) as share
         from funding_lines fl
         join activities a on a.id = fl.activity_id
         join plans p on p.id = a.plan_id
         join funding_sources s on s.id = fl.source_id
        where fl.stage in ('granted', 'paid')
        group by p.slug, fl.year`,
    );
    const low = shares.filter((s) => s.share < 0.25);
    expect(low).toHaveLength(1);
    expect(low[0]?.plan).toBe("bydaekkende-current");
    expect(low[0]?.share).toBeGreaterThan(0.22);
    const current = shares.filter((s) => s.plan !== "vollsmose-2017-2020");
    expect(current.length).toBe(8);
  });

  it("gives nearly every Vollsmose activity one or two indicators, and leaves some active activities without", () => {
    const perActivity = new Map(
      all<{ activityId: number; n: number }>(
        db,
        "select activity_id as activityId, count(*) as n from indicators group by activity_id",
      ).map((r) => [r.activityId, r.n]),
    );
    const eleven = VOLLSMOSE_ELEVEN.map(([title]) => byTitle(rows, title));
    expect(eleven.filter((a) => !perActivity.has(a.id)).length).toBeLessThanOrEqual(2);
    for (const a of eleven) expect(perActivity.get(a.id) ?? 0, a.title).toBeLessThanOrEqual(2);
    const others = rows.filter((a) => a.plan === "bydaekkende-current" && perActivity.has(a.id));
    expect(others.length).toBeGreaterThanOrEqual(3);
    expect(rows.some((a) => a.status === "active" && !perActivity.has(a.id))).toBe(true);
  });

  it("sets every indicator's target apart from its baseline, in the indicator's direction", () => {
    const list = all<{ name: string; unit: string; baseline: number; target: number; direction: string; kind: string }>(
      db,
      "select name, unit, baseline, target, direction, kind from indicators",
    );
    for (const i of list) {
      expect(i.baseline, i.name).not.toBe(i.target);
      expect(i.direction === "lower" ? i.target < i.baseline : i.target > i.baseline, i.name).toBe(true);
      expect(i.unit.trim(), i.name).not.toBe("");
    }
    expect(list.filter((i) => i.direction === "lower").length).toBeGreaterThanOrEqual(2);
    expect(new Set(list.map((i) => i.kind))).toEqual(new Set(["cumulative", "per_period"]));
  });

  it("reports actuals only with status updates of the indicator's own activity", () => {
    const foreign = all<{ id: number }>(
      db,
      `select x.id from indicator_actuals x join indicators i on i.id = x.indicator_id
         join status_updates s on s.id = x.status_update_id where s.activity_id <> i.activity_id`,
    );
    expect(foreign).toEqual([]);
    const withoutActuals = all<{ id: number }>(
      db,
      "select i.id from indicators i where not exists (select 1 from indicator_actuals x where x.indicator_id = i.id)",
    );
    expect(withoutActuals.length).toBeGreaterThanOrEqual(1);
    expect(one<{ n: number }>(db, "select count(*) as n from indicator_actuals").n).toBeGreaterThanOrEqual(20);
  });

  it("shows indicator progress below half, exceeded, undefined and a lower-is-better one on its way", () => {
    const list = all<{ id: number; baseline: number; target: number; direction: string; kind: "cumulative" | "per_period" }>(
      db,
      "select id, baseline, target, direction, kind from indicators",
    );
    const progress = list.map((i) => {
      const actuals = all<{ reportedOn: string; order: number; value: number }>(
        db,
        `select s.reported_on as reportedOn, s.id as "order", x.value from indicator_actuals x
           join status_updates s on s.id = x.status_update_id where x.indicator_id = ?`,
        i.id,
      );
      return { ...i, p: indicatorProgress(i.baseline, i.target, currentValue(i.kind, actuals)) };
    });
    const defined = progress.flatMap((i) => (i.p.kind === "progress" ? [{ ...i, p: i.p }] : []));
    expect(progress.some((i) => i.p.kind === "undefined")).toBe(true);
    expect(defined.some((i) => i.p.exceeded)).toBe(true);
    expect(defined.filter((i) => i.p.raw < 0.5).length).toBeGreaterThanOrEqual(2);
    expect(defined.some((i) => i.direction === "lower" && i.p.raw > 0 && i.p.raw < 1)).toBe(true);
  });

  it("has done, upcoming and overdue milestones, none before its activity's start or done after today", () => {
    const list = all<{ activityId: number; title: string; dueOn: string; doneOn: string | null; start: string }>(
      db,
      `select m.activity_id as activityId, m.title, m.due_on as dueOn, m.done_on as doneOn,
              coalesce(a.starts_on, p.starts_on) as start
         from milestones m join activities a on a.id = m.activity_id join plans p on p.id = a.plan_id`,
    );
    for (const m of list) {
      expect(m.dueOn >= m.start, m.title).toBe(true);
      if (m.doneOn !== null) {
        expect(m.doneOn <= today, m.title).toBe(true);
        expect(m.doneOn >= m.start, m.title).toBe(true);
      }
    }
    const overdue = (m: (typeof list)[number]) => m.doneOn === null && m.dueOn < today;
    const elevenIds = new Set(VOLLSMOSE_ELEVEN.map(([title]) => byTitle(rows, title).id));
    expect(list.filter((m) => elevenIds.has(m.activityId) && overdue(m)).length).toBeGreaterThanOrEqual(3);
    const sisters = byTitle(rows, "Bydelssøstre").id;
    expect(list.filter((m) => m.activityId === sisters && overdue(m))).toEqual([]);
    expect(list.filter((m) => m.doneOn !== null).length).toBeGreaterThanOrEqual(5);
    expect(list.filter((m) => m.doneOn === null && m.dueOn > today).length).toBeGreaterThanOrEqual(5);
    for (const id of elevenIds) expect(list.some((m) => m.activityId === id)).toBe(true);
  });

  it("has illustrative figures for the four criteria, for every demo area but the catch-all, over the five years before today", () => {
    const figures = all<{ area: string; code: string; year: number; source: string }>(
      db,
      `select ar.slug area, m.code, s.year, s.source from area_statistics s
         join areas ar on ar.id = s.area_id join measures m on m.id = s.measure_id`,
    );
    const areaSlugs = all<{ slug: string }>(db, "select slug from areas where slug <> 'oevrige-afdelinger'").map((a) => a.slug);
    const years = [1, 2, 3, 4, 5].map((n) => yearOf(today) - n);
    expect(figures).toHaveLength(areaSlugs.length * 4 * 5);
    for (const slug of areaSlugs) {
      for (const code of ["uden-for-arbejde", "doemte", "grundskole", "indkomst"]) {
        expect(
          figures
            .filter((f) => f.area === slug && f.code === code)
            .map((f) => f.year)
            .sort(),
        ).toEqual([...years].sort());
      }
    }
    // Each says it is illustrative, where the source of a real figure would be.
    expect(new Set(figures.map((f) => f.source))).toEqual(new Set([ILLUSTRATIVE_SOURCE]));
  });

  it("links the demo's employment indicators to the shared indicator the board compares areas on", () => {
    const linked = all<{ title: string; name: string }>(
      db,
      `select a.title, i.name from indicators i join activities a on a.id = i.activity_id
         join shared_indicators s on s.id = i.shared_indicator_id
        where s.name_da = 'Beboere i job eller uddannelse efter forløb' order by a.title`,
    );
    expect(linked.map((l) => l.title)).toEqual(["Beskæftigelsesmentor", "Direkte i Job", "Jobcafé"]);
    expect(one<{ n: number }>(db, "select count(*) n from report_narratives").n).toBe(1);
  });

  it("does not seed a database twice", () => {
    const before = counts(db);
    expect(seedDatabase(db, { today, seed: "demo" })).toBe("not-empty");
    expect(counts(db)).toEqual(before);
  });
});

describe("SEED=none", () => {
  it("leaves a new database empty but for LBF's focus areas, which every plan needs, and the law's criteria", () => {
    const db = freshDb();
    expect(seedDatabase(db, { today: "2026-06-15", seed: "none" })).toBe("skipped");
    const { focus_areas: focusAreaCount, ...rest } = counts(db);
    expect(focusAreaCount).toBe(5);
    // And the four criteria of almenboligloven § 61 a as measures of area statistics, with no figures.
    expect(all<{ code: string }>(db, "select code from measures order by sort_order").map((m) => m.code)).toEqual([
      "uden-for-arbejde",
      "doemte",
      "grundskole",
      "indkomst",
    ]);
    expect(rest).toEqual(Object.fromEntries(Object.keys(rest).map((k) => [k, 0])));
    // Seeding again adds nothing.
    seedDatabase(db, { today: "2026-06-15", seed: "none" });
    expect(counts(db).focus_areas).toBe(5);
  });
});
