import { describe, expect, it } from "vitest";

import type { MessageKey } from "../../app/i18n/i18n";
import { getOverview } from "../../app/models/activity.server";
import * as activityPage from "../../app/routes/activities.$id";
import * as indicators from "../../app/routes/activities.$id_.indicators";
import * as milestones from "../../app/routes/activities.$id_.milestones";
import * as updates from "../../app/routes/activities.$id_.updates";
import * as my from "../../app/routes/my";
import { getDb } from "../../db/client.server";
import { TEST_TODAY } from "../setup/paths";
import { danish, refusal } from "../setup/refusal";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Status updates, indicators, milestones and /my, in-process: who may write, what a refused form answers,
 * what a write changes. How the activity page shows an update, and a refused update's errors beside their
 * fields and a conflict, are in tests/integration/status-updates.test.ts.
 */
const db = () => getDb().$client;

type ActivityRow = { id: number; status: string; health: string; health_reason: string; version: number; starts_on: string | null };
const activity = (title: string) => db().prepare("select * from activities where title = ?").get(title) as ActivityRow;
const indicatorsOf = (id: number) =>
  db().prepare("select id, name from indicators where activity_id = ? order by id").all(id) as { id: number; name: string }[];
const counts = () => ({
  updates: (db().prepare("select count(*) n from status_updates").get() as { n: number }).n,
  actuals: (db().prepare("select count(*) n from indicator_actuals").get() as { n: number }).n,
  audit: (db().prepare("select count(*) n from audit_log").get() as { n: number }).n,
  activities: JSON.stringify(
    db().prepare("select id, status, health, health_reason, version, updated_at from activities order by id").all(),
  ),
});

/** A valid update of the activity as it is now, with overrides. */
function form(a: ActivityRow, patch: Record<string, string> = {}) {
  return { status: a.status, health: "green", healthReason: "", note: "", reportedOn: TEST_TODAY, version: String(a.version), ...patch };
}

const post = (id: number, who: Who, body: Record<string, string>) =>
  callAction(updates, { path: `/activities/${id}/updates`, params: { id: String(id) }, as: who, form: body });
const postTo = (route: typeof indicators | typeof milestones, page: string, id: number, who: Who, body: Record<string, string>) =>
  callAction(route, { path: `/activities/${id}/${page}`, params: { id: String(id) }, as: who, form: body });

type TimelineEntry = { status: string; health: string; healthReason: string; note: string; reportedBy: string };
type ActivityPage = {
  activity: { version: number };
  timeline: TimelineEntry[];
  milestones: { id: number; overdue: boolean }[];
};
const activityData = async (id: number) =>
  (await callLoader(activityPage, { path: `/activities/${id}`, params: { id: String(id) }, as: "board" })).data as ActivityPage;

describe("a status update", () => {
  it("is appended, sets the activity's status, health and version, writes an audit row, and heads the timeline", async () => {
    const a = activity("Bydelssøstre");
    const [first] = indicatorsOf(a.id);
    expect(first).toBeDefined();
    const before = counts();
    const res = await post(a.id, "managerVollsmose", {
      ...form(a, { health: "amber", healthReason: "To frivillige er stoppet", note: "Vi rekrutterer nye bydelssøstre." }),
      [`indicator-${first!.id}`]: "12,5",
    });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${a.id}?saved=update`);

    const after = activity("Bydelssøstre");
    expect(after).toMatchObject({ status: "active", health: "amber", health_reason: "To frivillige er stoppet", version: a.version + 1 });
    const now = counts();
    expect(now.updates).toBe(before.updates + 1);
    expect(now.actuals).toBe(before.actuals + 1);
    expect(now.audit).toBe(before.audit + 1);
    const actual = db().prepare("select value from indicator_actuals order by id desc limit 1").get() as { value: number };
    expect(actual.value).toBe(12.5);
    const audit = db().prepare("select * from audit_log order by id desc limit 1").get() as {
      action: string;
      before: string;
      after: string;
      entity_id: string;
    };
    expect(audit.action).toBe("activity.status-update");
    expect(audit.entity_id).toBe(String(a.id));
    expect(JSON.parse(audit.before)).toMatchObject({ health: "green", version: a.version });
    expect(JSON.parse(audit.after)).toMatchObject({ health: "amber", version: a.version + 1 });

    // The activity page's timeline starts with it, naming who reported it.
    const { timeline } = await activityData(a.id);
    expect(timeline[0]).toMatchObject({
      healthReason: "To frivillige er stoppet",
      note: "Vi rekrutterer nye bydelssøstre.",
      reportedBy: "Karim Nielsen (demo)",
    });
  });

  it("may keep the status and change only the note", async () => {
    const a = activity("Fritidsjobrådgivning");
    const res = await post(a.id, "managerVollsmose", form(a, { note: "Kun en note." }));
    expect(res.status).toBe(303);
    expect(activity("Fritidsjobrådgivning").version).toBe(a.version + 1);
  });

  it("works for a Korsløkken manager on a Korsløkken activity", async () => {
    const row = db()
      .prepare(
        `select a.* from activities a join activity_areas aa on aa.activity_id = a.id join areas ar on ar.id = aa.area_id
         where ar.slug = 'korsloekken' and a.status = 'active' limit 1`,
      )
      .get() as ActivityRow;
    expect((await post(row.id, "managerKorsloekken", form(row))).status).toBe(303);
  });
});

describe("refused updates change no row", () => {
  const cases: [string, (a: ActivityRow) => Record<string, string>, string, MessageKey, string][] = [
    ["an unknown status", (a) => form(a, { status: "finished" }), "status", "update.error.status", "Vælg en status på listen."],
    ["an unknown health", (a) => form(a, { health: "purple" }), "health", "update.error.health", "Vælg grøn, gul eller rød."],
    [
      "amber without a reason",
      (a) => form(a, { health: "amber" }),
      "healthReason",
      "update.error.reasonRequired",
      "Skriv en begrundelse, når vurderingen er gul eller rød.",
    ],
    [
      "red with a blank reason",
      (a) => form(a, { health: "red", healthReason: "   " }),
      "healthReason",
      "update.error.reasonRequired",
      "Skriv en begrundelse",
    ],
    [
      "a note over 2,000 characters",
      (a) => form(a, { note: "x".repeat(2001) }),
      "note",
      "update.error.noteTooLong",
      "Noten må højst være 2.000 tegn.",
    ],
    [
      "a date in the future",
      (a) => form(a, { reportedOn: "2099-01-01" }),
      "reportedOn",
      "update.error.dateFuture",
      "Datoen må ikke ligge i fremtiden.",
    ],
    ["a date that is not a date", (a) => form(a, { reportedOn: "2026-02-30" }), "reportedOn", "form.date", "Skriv en gyldig dato"],
    [
      "a date before the activity started",
      (a) => form(a, { reportedOn: "2001-01-01" }),
      "reportedOn",
      "update.error.dateBeforeStart",
      "før aktivitetens start",
    ],
    ["a missing version", (a) => ({ ...form(a), version: "" }), "version", "form.version", "Formularen mangler sit versionsnummer"],
    [
      "a transition that is not allowed",
      (a) => form(a, { status: "idea" }),
      "status",
      "update.error.transition",
      "Den statusændring er ikke tilladt.",
    ],
  ];

  it.each(cases)("answers 400 for %s, naming the field and keeping the typed values", async (_label, make, field, key, message) => {
    const a = activity("Nabohjælp");
    const made = make(a);
    const body: Record<string, string> = { ...made, note: made.note || "Min tekst må ikke gå tabt" };
    const before = counts();
    const res = await post(a.id, "managerVollsmose", body);
    expect(res.status).toBe(400);
    const { errors, values } = refusal(res);
    expect(errors[field]).toContain(key);
    expect(danish(key)).toContain(message);
    expect(values).toMatchObject(body);
    expect(counts()).toEqual(before);
  });

  it.each([
    ["N/A", "form.number.invalid"],
    ["ja", "form.number.invalid"],
    ["12 personer", "form.number.invalid"],
    // In Danish a dot stands only between thousands (1.234 is a figure): 12.5 is refused, never guessed.
    ["12.5", "form.number.ambiguous"],
  ] as [string, MessageKey][])("refuses the indicator value %j with a clear message", async (value, key) => {
    const a = activity("Nabohjælp");
    const [indicator] = indicatorsOf(a.id);
    const field = `indicator-${indicator!.id}`;
    const before = counts();
    const res = await post(a.id, "managerVollsmose", { ...form(a), [field]: value });
    expect(res.status).toBe(400);
    const { errors, values } = refusal(res);
    expect(errors[field]).toEqual([key]);
    expect(danish(key)).toMatch(/Skriv et tal|Brug komma som decimaltegn/);
    expect(values[field]).toBe(value);
    expect(counts()).toEqual(before);
  });

  it("refuses an indicator of another activity", async () => {
    const a = activity("Nabohjælp");
    const other = indicatorsOf(activity("Bydelssøstre").id)[0]!;
    const before = counts();
    const res = await post(a.id, "managerVollsmose", { ...form(a), [`indicator-${other.id}`]: "3" });
    expect(res.status).toBe(400);
    expect(refusal(res).errors._form).toEqual(["update.error.indicatorUnknown"]);
    expect(counts()).toEqual(before);
  });

  it.each(["managerKorsloekken", "board", "fundraiser"] as const)("answers 403 to %s and writes nothing", async (who) => {
    const a = activity("Nabohjælp");
    const before = counts();
    expect((await post(a.id, who, form(a))).status).toBe(403);
    expect(counts()).toEqual(before);
  });

  it("answers 404 for an unknown activity", async () => {
    const page = await callLoader(updates, { path: "/activities/999999/updates", params: { id: "999999" }, as: "managerVollsmose" });
    expect(page.status).toBe(404);
    expect((await post(999999, "admin", { status: "active" })).status).toBe(404);
  });
});

describe("cached figures", () => {
  it("show each update at once: the figures kept until the next write are computed afresh after every one", async () => {
    const paused = () => getOverview().byStatus.find((s) => s.status === "paused")?.count ?? 0;
    const open = db()
      .prepare(
        `select a.* from activities a join activity_areas aa on aa.activity_id = a.id join areas ar on ar.id = aa.area_id
         where ar.slug = 'vollsmose' and a.status = 'active' order by a.id limit 2`,
      )
      .all() as ActivityRow[];
    expect(open).toHaveLength(2);
    const before = paused();
    for (const [i, a] of open.entries()) {
      expect(paused()).toBe(before + i);
      const res = await post(a.id, "managerVollsmose", form(a, { status: "paused", health: "amber", healthReason: "Sommerferie" }));
      expect(res.status).toBe(303);
      expect(paused()).toBe(before + i + 1);
    }
  });
});

describe("transitions", () => {
  it("explains why a completed activity cannot be reopened by a manager, and lets an admin reopen it", async () => {
    const a = activity("KVINFO Mentornetværk");
    expect(a.status).toBe("completed");
    const refused = await post(a.id, "managerVollsmose", form(a, { status: "active" }));
    expect(refused.status).toBe(400);
    expect(refusal(refused).errors.status).toEqual(["update.error.transitionFinal"]);
    expect(danish("update.error.transitionFinal")).toContain("Kun en administrator kan genåbne den.");
    const reopened = await post(a.id, "admin", form(a, { status: "active", note: "Genåbnet efter aftale med bestyrelsen." }));
    expect(reopened.status).toBe(303);
    expect(activity("KVINFO Mentornetværk").status).toBe("active");
  });
});

describe("concurrent edits", () => {
  it("tells the second writer (409), sends what the first reported, keeps what the second typed, and writes nothing", async () => {
    const a = activity("Tryghedsvandringer");
    const first = await post(a.id, "managerVollsmose", form(a, { health: "red", healthReason: "Ingen deltagere i maj", note: "Første" }));
    expect(first.status).toBe(303);
    const before = counts();
    const second = await post(a.id, "admin", form(a, { note: "Min lange tekst, som ikke må gå tabt." }));
    expect(second.status).toBe(409);
    const { errors, values, conflict } = refusal<{ conflict: { timeline: TimelineEntry[] } }>(second);
    expect(errors._form).toEqual(["update.error.conflict"]);
    expect(conflict?.timeline[0]?.healthReason).toBe("Ingen deltagere i maj");
    expect(values.note).toBe("Min lange tekst, som ikke må gå tabt.");
    // The page's form is built with the new version, so a deliberate second save goes through.
    const page = await callLoader(updates, { path: `/activities/${a.id}/updates`, params: { id: String(a.id) }, as: "admin" });
    expect((page.data as { activity: { version: number } }).activity.version).toBe(a.version + 1);
    expect(counts()).toEqual(before);
  });
});

describe("indicators and milestones", () => {
  it("lets a manager define an indicator, with lower-is-better checked", async () => {
    const a = activity("Nabohjælp");
    const bad = await postTo(indicators, "indicators", a.id, "managerVollsmose", {
      name: "Indbrud",
      unit: "anmeldelser",
      baseline: "40",
      target: "50",
      direction: "lower",
      kind: "per_period",
    });
    expect(bad.status).toBe(400);
    expect(refusal(bad).errors.direction).toEqual(["indicator.error.directionLower"]);
    expect(danish("indicator.error.directionLower")).toBe("Når lavere er bedre, skal målet være under udgangspunktet.");
    const notNumber = await postTo(indicators, "indicators", a.id, "managerVollsmose", {
      name: "Indbrud",
      unit: "anmeldelser",
      baseline: "N/A",
      target: "20",
      direction: "lower",
      kind: "per_period",
    });
    expect(notNumber.status).toBe(400);
    expect(refusal(notNumber).errors.baseline).toEqual(["form.number.invalid"]);
    const before = indicatorsOf(a.id).length;
    const ok = await postTo(indicators, "indicators", a.id, "managerVollsmose", {
      name: "Indbrud i opgangene",
      unit: "anmeldelser",
      baseline: "40",
      target: "20,5",
      direction: "lower",
      kind: "per_period",
    });
    expect(ok.status).toBe(303);
    expect(indicatorsOf(a.id).length).toBe(before + 1);
    const forbidden = await postTo(indicators, "indicators", a.id, "board", {
      name: "X",
      unit: "x",
      baseline: "1",
      target: "2",
      direction: "higher",
      kind: "cumulative",
    });
    expect(forbidden.status).toBe(403);
  });

  it("adds a milestone and marks it done; another activity's milestone is a 404", async () => {
    const a = activity("Nabohjælp");
    const created = await postTo(milestones, "milestones", a.id, "managerVollsmose", {
      intent: "create",
      title: "Evaluering",
      dueOn: "2026-01-01",
    });
    expect(created.status).toBe(303);
    const m = db().prepare("select id from milestones where activity_id = ? and title = 'Evaluering'").get(a.id) as { id: number };
    // Due before today and not done: the activity page marks it overdue.
    expect((await activityData(a.id)).milestones.find((x) => x.id === m.id)?.overdue).toBe(true);
    const other = activity("Bydelssøstre");
    const wrong = await postTo(milestones, "milestones", other.id, "managerVollsmose", {
      intent: "done",
      milestoneId: String(m.id),
      doneOn: TEST_TODAY,
    });
    expect(wrong.status).toBe(404);
    const future = await postTo(milestones, "milestones", a.id, "managerVollsmose", {
      intent: "done",
      milestoneId: String(m.id),
      doneOn: "2099-01-01",
    });
    expect(future.status).toBe(400);
    expect(refusal(future).errors.doneOn).toEqual(["update.error.dateFuture"]);
    const done = await postTo(milestones, "milestones", a.id, "managerVollsmose", {
      intent: "done",
      milestoneId: String(m.id),
      doneOn: TEST_TODAY,
    });
    expect(done.status).toBe(303);
    expect((db().prepare("select done_on from milestones where id = ?").get(m.id) as { done_on: string }).done_on).toBe(TEST_TODAY);
    expect((await postTo(milestones, "milestones", a.id, "managerVollsmose", { intent: "create", title: "", dueOn: "x" })).status).toBe(
      400,
    );
  });
});

describe("/my", () => {
  it("lists only the manager's areas, stalest first, with the stale count", async () => {
    const res = await callLoader(my, { path: "/my", as: "managerVollsmose" });
    // The demo's manager has fewer activities than a page holds: the first page is all of them.
    const data = res.data as { activities: { rows: { title: string }[]; total: number }; staleCount: number; overdueCount: number };
    expect(data.activities.total).toBe(data.activities.rows.length);
    const titles = data.activities.rows.map((a) => a.title);
    const mine = db()
      .prepare(
        `select distinct a.title from activities a join activity_areas aa on aa.activity_id = a.id
         join areas ar on ar.id = aa.area_id where ar.slug = 'vollsmose'`,
      )
      .all() as { title: string }[];
    expect(new Set(titles)).toEqual(new Set(mine.map((m) => m.title)));
    // Stalest first among open activities: the list's order matches the latest update dates.
    const latest = (title: string) =>
      (
        db()
          .prepare("select max(reported_on) d from status_updates su join activities a on a.id = su.activity_id where a.title = ?")
          .get(title) as { d: string | null }
      ).d ?? "";
    const open = titles.filter((t) => !["KVINFO Mentornetværk", "Gadeplansteams under COVID-19"].includes(t));
    const dates = open.map((t) => latest(t));
    expect(dates).toEqual([...dates].sort());
    expect(data.staleCount).toBeGreaterThan(0);
    // The overdue count at the top is the database's own count for the manager's areas.
    const overdue = db()
      .prepare(
        `select count(*) n from milestones m where m.done_on is null and m.due_on < ? and m.activity_id in (
           select aa.activity_id from activity_areas aa join areas ar on ar.id = aa.area_id where ar.slug = 'vollsmose')`,
      )
      .get(TEST_TODAY) as { n: number };
    expect(overdue.n).toBeGreaterThan(0);
    expect(data.overdueCount).toBe(overdue.n);
  });
});
