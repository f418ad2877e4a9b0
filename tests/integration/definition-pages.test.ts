import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, request, signIn, startServer, type TestServer } from "../setup/server";

/**
 * What the pages for changing definitions render, as sent (the rules are in tests/routes/): an indicator's
 * change and retirement on the activity's timeline in both languages, and the funding sources page with the
 * local co-financing checkbox for administrators only.
 */
let server: TestServer;
let db: Database.Database;
const cookies: Record<string, string> = {};
let english = "";
let activityId = 0;
let indicatorId = 0;

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
  for (const [who, email] of Object.entries(DEMO_USERS)) cookies[who] = await signIn(server, email);
  english = await englishCookie();
  activityId = (db.prepare("select id from activities where title = 'Bydelssøstre'").get() as { id: number }).id;
  indicatorId = (
    db.prepare("select id from indicators where activity_id = ? and name = 'Aktive bydelssøstre'").get(activityId) as { id: number }
  ).id;
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const html = async (path: string, cookie: string) => {
  const res = await request(server, path, { cookie });
  expect(res.status, path).toBe(200);
  return (await res.text()).replace(/<!-- -->/g, "");
};

describe("an indicator's changes on the timeline", () => {
  it("reads 'Indikator ændret: Mål 20 → 25 · Begrundelse: …' in Danish and English, newest first, and the retirement", async () => {
    const version = () => (db.prepare("select version from indicators where id = ?").get(indicatorId) as { version: number }).version;
    const page = `/activities/${activityId}/indicators/${indicatorId}`;
    const form = await html(page, cookies.managerVollsmose ?? "");
    expect(form).toContain('name="reason"');
    expect(form).toContain('value="6"'); // the baseline, as typed back
    const edited = await request(server, page, {
      cookie: cookies.managerVollsmose,
      form: {
        intent: "edit",
        name: "Aktive bydelssøstre",
        unit: "personer",
        baseline: "6",
        target: "25",
        direction: "higher",
        kind: "per_period",
        reason: "Flere frivillige end ventet",
        version: String(version()),
      },
    });
    expect(edited.status).toBe(303);
    const retired = await request(server, page, {
      cookie: cookies.admin,
      form: { intent: "retire", reason: "Erstattet af timetal", version: String(version()) },
    });
    expect(retired.status).toBe(303);

    const danish = await html(`/activities/${activityId}?saved=indicatorRetired`, cookies.board ?? "");
    expect(danish).toContain("Indikatoren er udgået.");
    const timeline = danish.slice(danish.indexOf('class="timeline"'));
    const change = timeline.indexOf("Indikator ændret: Mål 20 → 25 · Begrundelse: Flere frivillige end ventet");
    const retirement = timeline.indexOf("Indikator udgået · Begrundelse: Erstattet af timetal");
    expect(change).toBeGreaterThan(-1);
    expect(retirement).toBeGreaterThan(-1);
    expect(retirement).toBeLessThan(change);
    expect(timeline).toContain("indikator: Aktive bydelssøstre");
    // The indicator keeps its row, retired, and its page offers nothing more to change.
    expect(danish).toMatch(/Udgået 15\. jun\. 2026/);
    expect(await html(page, cookies.managerVollsmose ?? "")).not.toContain('name="reason"');

    const inEnglish = await html(`/activities/${activityId}`, `${english}; ${cookies.board}`);
    expect(inEnglish).toContain("Indicator changed: Target 20 → 25 · Reason: Flere frivillige end ventet");
    expect(inEnglish).toContain("Indicator retired · Reason: Erstattet af timetal");

    // And the status update form no longer asks for its figures.
    expect(await html(`/activities/${activityId}/updates`, cookies.managerVollsmose ?? "")).not.toContain(
      `name="indicator-${indicatorId}"`,
    );
  });
});

describe("the funding sources page", () => {
  it("shows the local co-financing checkbox to administrators, and to fundraisers who decides instead", async () => {
    const forAdmin = await html("/funding/sources", cookies.admin ?? "");
    expect(forAdmin).toContain('name="countsAsLocal"');
    const forFundraiser = await html("/funding/sources", cookies.fundraiser ?? "");
    expect(forFundraiser).not.toContain('name="countsAsLocal"');
    expect(forFundraiser).toContain("En administrator afgør, om en kilde tæller som lokal medfinansiering.");
    expect(await html("/funding", cookies.fundraiser ?? "")).toContain('href="/funding/sources"');
  });

  it("is where an old bookmark leads", async () => {
    const res = await request(server, "/admin/funding-sources", { cookie: cookies.admin });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/funding/sources");
  });
});

describe("the funding lines page", () => {
  it("has a withdraw button per line, naming the line", async () => {
    const page = await html(`/activities/${activityId}/funding`, cookies.fundraiser ?? "");
    const lines = (db.prepare("select count(*) n from funding_lines where activity_id = ?").get(activityId) as { n: number }).n;
    expect(lines).toBeGreaterThan(0);
    expect(page.match(/name="intent" value="withdraw"/g)).toHaveLength(lines);
    expect(page).toMatch(/aria-label="Træk linjen [^"]+ 20\d\d tilbage"/);
  });
});
