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
  // Only the roles these tests use: each sign-in checks a password (about 0.1 s).
  for (const who of ["managerVollsmose", "admin", "board"] as const) cookies[who] = await signIn(server, DEMO_USERS[who]);
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

/*
 * What the status update, indicator and milestone actions answer and write (303, 400 per field, 403, 404,
 * 409, rows and audit rows) and what /my lists are tested in-process in tests/routes/status-updates.test.ts.
 * Here: what a person sees after posting.
 */
describe("a saved status update", () => {
  it("shows the saved notice, and heads the activity page's timeline with who reported it", async () => {
    const a = activity("Bydelssøstre");
    const res = await post(
      a.id,
      "managerVollsmose",
      form(a, { health: "amber", healthReason: "To frivillige er stoppet", note: "Vi rekrutterer nye bydelssøstre." }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/activities/${a.id}?saved=update`);
    const page = await (await request(server, `/activities/${a.id}?saved=update`, { cookie: cookies.board })).text();
    expect(page).toContain("Statusopdateringen er gemt.");
    expect(page).toContain("To frivillige er stoppet");
    expect(page).toContain("Vi rekrutterer nye bydelssøstre.");
    expect(page).toContain("Karim Nielsen (demo)");
    // The newest entry comes first in the timeline.
    const timeline = page.slice(page.indexOf('class="timeline"'));
    expect(timeline.indexOf("Vi rekrutterer nye bydelssøstre.")).toBeLessThan(timeline.indexOf("</li>"));
  });

  it("marks an overdue milestone on the activity page", async () => {
    const overdue = db
      .prepare("select activity_id id from milestones where done_on is null and due_on < ? order by id limit 1")
      .get(TEST_TODAY) as { id: number };
    expect(await (await request(server, `/activities/${overdue.id}`, { cookie: cookies.board })).text()).toContain("Overskredet");
  });
});

describe("a refused status update", () => {
  it("shows each error beside its field, tied to it for screen readers, and keeps what was typed", async () => {
    const a = activity("Nabohjælp");
    const [indicator] = indicatorsOf(a.id);
    const field = `indicator-${indicator!.id}`;
    const before = counts();
    const res = await post(a.id, "managerVollsmose", form(a, { health: "amber", note: "Min tekst må ikke gå tabt" }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      '<span class="form-error-message" id="healthReason-error">Skriv en begrundelse, når sundheden er gul eller rød.</span>',
    );
    const reason = html.match(/<input[^>]*id="healthReason"[^>]*>/)?.[0] ?? "";
    expect(reason).toContain('aria-invalid="true"');
    expect(reason).toContain('aria-describedby="healthReason-hint healthReason-error"');
    expect(html).toMatch(/<textarea[^>]*id="note"[^>]*>Min tekst må ikke gå tabt<\/textarea>/);
    // An indicator's figure: its message beside it, the typed text kept.
    const figure = await (await post(a.id, "managerVollsmose", { ...form(a), [field]: "N/A" })).text();
    expect(figure).toMatch(new RegExp(`id="${field}-error">Skriv et tal`));
    const input = figure.match(new RegExp(`<input[^>]*id="${field}"[^>]*>`))?.[0] ?? "";
    expect(input).toContain('aria-invalid="true"');
    // Its hint (the latest figure, the target, what to report) and its error both.
    expect(input).toContain(`aria-describedby="${field}-hint ${field}-error"`);
    expect(input).toContain('value="N/A"');
    expect(counts()).toEqual(before);
  });

  it("after a conflict (409), shows what the first writer reported, keeps what the second typed, and carries the new version", async () => {
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

describe("/my", () => {
  it("names the staleness setting's own number of days, in the singular for one", async () => {
    const oneDay = await startServer({ env: { STALE_DAYS: "1" } });
    try {
      const cookie = await signIn(oneDay, DEMO_USERS.managerVollsmose);
      const html = await (await request(oneDay, "/my", { cookie })).text();
      expect(html).toContain("En aktivitet, der ikke er opdateret i 1 dag, bliver markeret.");
      expect(html).toMatch(/Ikke opdateret i 1 dag<\/dt><dd>[1-9]/);
      expect(html).toContain('<span class="badge-stale">Ikke opdateret i 1 dag</span>');
      expect(html).not.toMatch(/opdateret i (1|90) dage/);
    } finally {
      await oneDay.stop();
    }
    expect(oneDay.stderr()).toBe("");
  });

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
    // Stale means no update for the setting's number of days (90 unless STALE_DAYS says otherwise), and says so.
    expect(html).toContain("En aktivitet, der ikke er opdateret i 90 dage, bliver markeret.");
    const staleFigure = Number(html.match(/Ikke opdateret i 90 dage<\/dt><dd>(\d+)<\/dd>/)?.[1]);
    expect(staleFigure).toBeGreaterThan(0);
    expect(html.match(/<span class="badge-stale">Ikke opdateret i 90 dage<\/span>/g)).toHaveLength(staleFigure);
    expect(html).not.toContain("Forældet");
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
