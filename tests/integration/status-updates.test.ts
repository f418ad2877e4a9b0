import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { TEST_TODAY } from "../setup/paths";
import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";

let server: TestServer;
let db: Database.Database;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
  for (const [who, email] of Object.entries(DEMO_USERS)) cookies[who] = await signIn(server, email);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

type ActivityRow = { id: number; status: string; health: string; health_reason: string; version: number; starts_on: string | null };
const activity = (title: string) => db.prepare("select * from activities where title = ?").get(title) as ActivityRow;
const indicatorsOf = (id: number) =>
  db.prepare("select id, name from indicators where activity_id = ? order by id").all(id) as { id: number; name: string }[];
const counts = () => ({
  updates: (db.prepare("select count(*) n from status_updates").get() as { n: number }).n,
  actuals: (db.prepare("select count(*) n from indicator_actuals").get() as { n: number }).n,
  audit: (db.prepare("select count(*) n from audit_log").get() as { n: number }).n,
  activities: JSON.stringify(db.prepare("select id, status, health, health_reason, version, updated_at from activities order by id").all()),
});

/** A valid update of the activity as it is now, with overrides. */
function form(a: ActivityRow, patch: Record<string, string> = {}) {
  return { status: a.status, health: "green", healthReason: "", note: "", reportedOn: TEST_TODAY, version: String(a.version), ...patch };
}

const post = (id: number, who: string, body: Record<string, string>) =>
  request(server, `/activities/${id}/updates`, { cookie: cookies[who], form: body });

describe("a status update", () => {
  it("is appended, sets the activity's status, health and version, writes an audit row, and shows on the timeline", async () => {
    const a = activity("Bydelssøstre");
    const [first] = indicatorsOf(a.id);
    expect(first).toBeDefined();
    const before = counts();
    const res = await post(a.id, "managerVollsmose", {
      ...form(a, { health: "amber", healthReason: "To frivillige er stoppet", note: "Vi rekrutterer nye bydelssøstre." }),
      [`indicator-${first!.id}`]: "12,5",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/activities/${a.id}?saved=update`);

    const after = activity("Bydelssøstre");
    expect(after).toMatchObject({ status: "active", health: "amber", health_reason: "To frivillige er stoppet", version: a.version + 1 });
    const now = counts();
    expect(now.updates).toBe(before.updates + 1);
    expect(now.actuals).toBe(before.actuals + 1);
    expect(now.audit).toBe(before.audit + 1);
    const actual = db.prepare("select value from indicator_actuals order by id desc limit 1").get() as { value: number };
    expect(actual.value).toBe(12.5);
    const audit = db.prepare("select * from audit_log order by id desc limit 1").get() as {
      action: string;
      before: string;
      after: string;
      entity_id: string;
    };
    expect(audit.action).toBe("activity.status-update");
    expect(audit.entity_id).toBe(String(a.id));
    expect(JSON.parse(audit.before)).toMatchObject({ health: "green", version: a.version });
    expect(JSON.parse(audit.after)).toMatchObject({ health: "amber", version: a.version + 1 });

    const page = await (await request(server, `/activities/${a.id}?saved=update`, { cookie: cookies.board })).text();
    expect(page).toContain("Statusopdateringen er gemt.");
    expect(page).toContain("To frivillige er stoppet");
    expect(page).toContain("Vi rekrutterer nye bydelssøstre.");
    expect(page).toContain("Områdeleder Vollsmose (demo)");
    // The newest entry comes first in the timeline.
    const timeline = page.slice(page.indexOf('class="timeline"'));
    expect(timeline.indexOf("Vi rekrutterer nye bydelssøstre.")).toBeLessThan(timeline.indexOf("</li>"));
  });

  it("may keep the status and change only the note", async () => {
    const a = activity("Fritidsjobrådgivning");
    const res = await post(a.id, "managerVollsmose", form(a, { note: "Kun en note." }));
    expect(res.status).toBe(303);
    expect(activity("Fritidsjobrådgivning").version).toBe(a.version + 1);
  });

  it("works for a Korsløkken manager on a Korsløkken activity", async () => {
    const row = db
      .prepare(
        `select a.* from activities a join activity_areas aa on aa.activity_id = a.id join areas ar on ar.id = aa.area_id
         where ar.slug = 'korsloekken' and a.status = 'active' limit 1`,
      )
      .get() as ActivityRow;
    expect((await post(row.id, "managerKorsloekken", form(row))).status).toBe(303);
  });
});

describe("refused updates change no row", () => {
  const cases: [string, (a: ActivityRow) => Record<string, string>, string][] = [
    ["an unknown status", (a) => form(a, { status: "finished" }), "Vælg en status på listen."],
    ["an unknown health", (a) => form(a, { health: "purple" }), "Vælg grøn, gul eller rød."],
    ["amber without a reason", (a) => form(a, { health: "amber" }), "Skriv en begrundelse, når sundheden er gul eller rød."],
    ["red with a blank reason", (a) => form(a, { health: "red", healthReason: "   " }), "Skriv en begrundelse"],
    ["a note over 2,000 characters", (a) => form(a, { note: "x".repeat(2001) }), "Noten må højst være 2.000 tegn."],
    ["a date in the future", (a) => form(a, { reportedOn: "2099-01-01" }), "Datoen må ikke ligge i fremtiden."],
    ["a date that is not a date", (a) => form(a, { reportedOn: "2026-02-30" }), "Skriv en gyldig dato"],
    ["a date before the activity started", (a) => form(a, { reportedOn: "2001-01-01" }), "før aktivitetens start"],
    ["a missing version", (a) => ({ ...form(a), version: "" }), "Formularen mangler sit versionsnummer"],
    ["a transition that is not allowed", (a) => form(a, { status: "idea" }), "Den statusændring er ikke tilladt."],
  ];

  it.each(cases)("answers 400 for %s, with the message beside the field and the typed values kept", async (_label, make, message) => {
    const a = activity("Nabohjælp");
    const made = make(a);
    const body: Record<string, string> = { ...made, note: made.note || "Min tekst må ikke gå tabt" };
    const before = counts();
    const res = await post(a.id, "managerVollsmose", body);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(message);
    // The version is a hidden field: its message stands in the summary, every other one beside its field.
    if (body.version !== "") expect(html).toContain('aria-invalid="true"');
    if ((body.note ?? "").length <= 2000) expect(html).toContain(body.note);
    expect(counts()).toEqual(before);
  });

  it.each(["N/A", "ja", "12 personer", "12.5"])("refuses the indicator value %j with a clear message", async (value) => {
    const a = activity("Nabohjælp");
    const [indicator] = indicatorsOf(a.id);
    const before = counts();
    const res = await post(a.id, "managerVollsmose", { ...form(a), [`indicator-${indicator!.id}`]: value });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/Skriv et tal|Brug komma som decimaltegn/);
    expect(html).toContain(`value="${value}"`);
    expect(counts()).toEqual(before);
  });

  it("refuses an indicator of another activity", async () => {
    const a = activity("Nabohjælp");
    const other = indicatorsOf(activity("Bydelssøstre").id)[0]!;
    const before = counts();
    expect((await post(a.id, "managerVollsmose", { ...form(a), [`indicator-${other.id}`]: "3" })).status).toBe(400);
    expect(counts()).toEqual(before);
  });

  it.each(["managerKorsloekken", "board", "fundraiser"])("answers 403 to %s and writes nothing", async (who) => {
    const a = activity("Nabohjælp");
    const before = counts();
    expect((await post(a.id, who, form(a))).status).toBe(403);
    expect(counts()).toEqual(before);
  });

  it("answers 404 for an unknown activity", async () => {
    expect((await request(server, "/activities/999999/updates", { cookie: cookies.managerVollsmose })).status).toBe(404);
    expect((await post(999999, "admin", { status: "active" })).status).toBe(404);
  });
});

describe("transitions", () => {
  it("explains why a completed activity cannot be reopened by a manager, and lets an admin reopen it", async () => {
    const a = activity("KVINFO Mentornetværk");
    expect(a.status).toBe("completed");
    const refused = await post(a.id, "managerVollsmose", form(a, { status: "active" }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Kun en administrator kan genåbne den.");
    const reopened = await post(a.id, "admin", form(a, { status: "active", note: "Genåbnet efter aftale med bestyrelsen." }));
    expect(reopened.status).toBe(303);
    expect(activity("KVINFO Mentornetværk").status).toBe("active");
  });
});

describe("concurrent edits", () => {
  it("tells the second writer (409), shows what the first reported, keeps what the second typed, and writes nothing", async () => {
    const a = activity("Tryghedsvandringer");
    const first = await post(a.id, "managerVollsmose", form(a, { health: "red", healthReason: "Ingen deltagere i maj", note: "Første" }));
    expect(first.status).toBe(303);
    const before = counts();
    const second = await post(a.id, "admin", form(a, { note: "Min lange tekst, som ikke må gå tabt." }));
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain("En anden har opdateret aktiviteten imens");
    expect(html).toContain("Ingen deltagere i maj");
    expect(html).toContain("Min lange tekst, som ikke må gå tabt.");
    // The form now carries the new version, so a deliberate second save goes through.
    expect(html).toContain(`name="version" value="${a.version + 1}"`);
    expect(counts()).toEqual(before);
  });
});

describe("indicators and milestones", () => {
  it("lets a manager define an indicator, with lower-is-better checked", async () => {
    const a = activity("Nabohjælp");
    const bad = await request(server, `/activities/${a.id}/indicators`, {
      cookie: cookies.managerVollsmose,
      form: { name: "Indbrud", unit: "anmeldelser", baseline: "40", target: "50", direction: "lower", kind: "per_period" },
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Når lavere er bedre, skal målet være under udgangspunktet.");
    const notNumber = await request(server, `/activities/${a.id}/indicators`, {
      cookie: cookies.managerVollsmose,
      form: { name: "Indbrud", unit: "anmeldelser", baseline: "N/A", target: "20", direction: "lower", kind: "per_period" },
    });
    expect(notNumber.status).toBe(400);
    const before = indicatorsOf(a.id).length;
    const ok = await request(server, `/activities/${a.id}/indicators`, {
      cookie: cookies.managerVollsmose,
      form: { name: "Indbrud i opgangene", unit: "anmeldelser", baseline: "40", target: "20,5", direction: "lower", kind: "per_period" },
    });
    expect(ok.status).toBe(303);
    expect(indicatorsOf(a.id).length).toBe(before + 1);
    const forbidden = await request(server, `/activities/${a.id}/indicators`, {
      cookie: cookies.board,
      form: { name: "X", unit: "x", baseline: "1", target: "2", direction: "higher", kind: "cumulative" },
    });
    expect(forbidden.status).toBe(403);
  });

  it("adds a milestone and marks it done; another activity's milestone is a 404", async () => {
    const a = activity("Nabohjælp");
    const created = await request(server, `/activities/${a.id}/milestones`, {
      cookie: cookies.managerVollsmose,
      form: { intent: "create", title: "Evaluering", dueOn: "2026-01-01" },
    });
    expect(created.status).toBe(303);
    const m = db.prepare("select id from milestones where activity_id = ? and title = 'Evaluering'").get(a.id) as { id: number };
    const page = await (await request(server, `/activities/${a.id}`, { cookie: cookies.board })).text();
    expect(page).toContain("Overskredet");
    const other = activity("Bydelssøstre");
    const wrong = await request(server, `/activities/${other.id}/milestones`, {
      cookie: cookies.managerVollsmose,
      form: { intent: "done", milestoneId: String(m.id), doneOn: TEST_TODAY },
    });
    expect(wrong.status).toBe(404);
    const future = await request(server, `/activities/${a.id}/milestones`, {
      cookie: cookies.managerVollsmose,
      form: { intent: "done", milestoneId: String(m.id), doneOn: "2099-01-01" },
    });
    expect(future.status).toBe(400);
    const done = await request(server, `/activities/${a.id}/milestones`, {
      cookie: cookies.managerVollsmose,
      form: { intent: "done", milestoneId: String(m.id), doneOn: TEST_TODAY },
    });
    expect(done.status).toBe(303);
    expect((db.prepare("select done_on from milestones where id = ?").get(m.id) as { done_on: string }).done_on).toBe(TEST_TODAY);
    expect(
      (
        await request(server, `/activities/${a.id}/milestones`, {
          cookie: cookies.managerVollsmose,
          form: { intent: "create", title: "", dueOn: "x" },
        })
      ).status,
    ).toBe(400);
  });
});

describe("/my", () => {
  it("lists only the manager's areas, stalest first, with the stale count", async () => {
    const html = await (await request(server, "/my", { cookie: cookies.managerVollsmose })).text();
    const titles = [...html.matchAll(/<th scope="row"><a [^>]*href="\/activities\/(\d+)"[^>]*>([^<]+)<\/a>/g)].map((m) => m[2]);
    const mine = db
      .prepare(
        `select distinct a.title from activities a join activity_areas aa on aa.activity_id = a.id
         join areas ar on ar.id = aa.area_id where ar.slug = 'vollsmose'`,
      )
      .all() as { title: string }[];
    expect(new Set(titles)).toEqual(new Set(mine.map((m) => m.title.replace(/&/g, "&amp;"))));
    // Stalest first among open activities: the list's order matches the latest update dates.
    const latest = (title: string) =>
      (
        db
          .prepare("select max(reported_on) d from status_updates su join activities a on a.id = su.activity_id where a.title = ?")
          .get(title) as { d: string | null }
      ).d ?? "";
    const open = titles.filter((t) => !["KVINFO Mentornetværk", "Gadeplansteams under COVID-19"].includes(t ?? ""));
    const dates = open.map((t) => latest(t ?? ""));
    expect(dates).toEqual([...dates].sort());
    expect(html).toMatch(/Forældede<\/dt><dd>[1-9]/);
    // The overdue count at the top is the database's own count for the manager's areas.
    const overdue = db
      .prepare(
        `select count(*) n from milestones m where m.done_on is null and m.due_on < ? and m.activity_id in (
           select aa.activity_id from activity_areas aa join areas ar on ar.id = aa.area_id where ar.slug = 'vollsmose')`,
      )
      .get(TEST_TODAY) as { n: number };
    expect(overdue.n).toBeGreaterThan(0);
    expect(html).toContain(`Overskredne milepæle</dt><dd>${overdue.n}</dd>`);
  });
});
