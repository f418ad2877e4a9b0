import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";

let server: TestServer;
let db: Database.Database;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
  // Only the roles these tests use: each sign-in checks a password (about 0.1 s).
  for (const who of ["fundraiser", "board"] as const) cookies[who] = await signIn(server, DEMO_USERS[who]);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const activityId = (title: string) => (db.prepare("select id from activities where title = ?").get(title) as { id: number }).id;
const sourceId = (name: string) => (db.prepare("select id from funding_sources where name = ?").get(name) as { id: number }).id;
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
const html = async (path: string, who = "fundraiser") => (await request(server, path, { cookie: cookies[who] })).text();

/** The ranked table's rows on /funding: id, title and the gap as shown. */
function rankedRows(page: string) {
  const table = page.slice(
    page.indexOf('class="table table--compact funding-table"'),
    page.indexOf("</table>", page.indexOf("funding-table")),
  );
  return [
    ...table.matchAll(
      /<tr><th scope="row"><a [^>]*href="\/activities\/(\d+)"[^>]*>([^<]+)<\/a>[\s\S]*?<td class="num strong">([^<]+)<\/td>/g,
    ),
  ].map((m) => ({
    id: m[1],
    title: m[2],
    gap: m[3] ?? "",
  }));
}

async function fundingCsv(search = "") {
  const res = await request(server, `/funding.csv${search}`, { cookie: cookies.fundraiser });
  expect(res.status).toBe(200);
  const text = (await res.text()).replace(/^\uFEFF/, "");
  return parse(text, { columns: true }) as Record<string, string>[];
}

/** The application form of /activities/:id/funding: one amount field a year. */
const line = (patch: Record<string, string> = {}) => ({
  intent: "createApplication",
  sourceId: String(sourceId("Nordea-fonden")),
  stage: "applied",
  deadline: "2026-07-01",
  note: "",
  "amount-2026": "250.000",
  ...patch,
});

describe("/funding", () => {
  it("ranks the unfunded and under-funded activities by gap, the brobyggerindsats on top and flagged", async () => {
    const page = await html("/funding");
    const rows = rankedRows(page);
    expect(rows[0]?.title).toBe("Brobyggerindsats");
    expect(rows[0]?.gap).toBe("2.400.000\u00a0kr.");
    expect(page).toContain("Høj prioritet");
    const gaps = rows.map((r) => Number(r.gap.replace(/\D/g, "")));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    // Only activities with a gap are ranked.
    expect(gaps.every((g) => g > 0)).toBe(true);
  });

  it("agrees with the activity page, the activity list's funding filter, and the CSV", async () => {
    const rows = rankedRows(await html("/funding"));
    const csv = await fundingCsv();
    expect(csv.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const row of rows.slice(0, 4)) {
      const c = csv.find((r) => r.id === row.id);
      expect(Number(c?.mangler_kr)).toBe(Number(row.gap.replace(/\D/g, "")));
      const detail = await html(`/activities/${row.id}`);
      expect(detail).toContain(`Mangler</dt><dd class="num-strong">${row.gap}`);
    }
    // Every ranked activity is unfunded or partly funded in /activities, and vice versa.
    const listIds = (page: string) => [...page.matchAll(/<th scope="row"><a [^>]*href="\/activities\/(\d+)"/g)].map((m) => m[1]);
    const list = listIds(await html("/activities?funding=unfunded&funding=partly"));
    expect(new Set(list)).toEqual(new Set(rows.map((r) => r.id)));
  });

  it("filters by area, focus area, plan and flag, and ignores unknown values with a notice", async () => {
    const vollsmose = rankedRows(await html("/funding?area=vollsmose")).map((r) => r.title);
    expect(vollsmose).toContain("Brobyggerindsats");
    expect(vollsmose).not.toContain("Sprogcafé for voksne");
    const flagged = rankedRows(await html("/funding?flagged=1")).map((r) => r.title);
    expect(flagged).toContain("Brobyggerindsats");
    expect(flagged.length).toBeLessThan(rankedRows(await html("/funding")).length);
    const crime = rankedRows(await html("/funding?focus=crime&plan=vollsmose-current")).map((r) => r.title);
    expect(crime).toEqual(["Tidlig kriminalitetsforebyggelse"]);
    const res = await request(server, "/funding?area=atlantis&plan=nope", { cookie: cookies.board });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("area = \u201eatlantis\u201c");
    expect(page).toContain("plan = \u201enope\u201c");
    expect((await fundingCsv("?area=vollsmose")).map((r) => r.titel)).toEqual(vollsmose);
  });

  it("warns of passed and near deadlines for prospects only, shows applied lines awaiting an answer, and counts applications", async () => {
    const id = activityId("Velkomstværter for nye beboere");
    const post = (patch: Record<string, string>) =>
      request(server, `/activities/${id}/funding`, { cookie: cookies.fundraiser, form: line({ "amount-2026": "", ...patch }) });
    expect(
      (await post({ stage: "prospect", deadline: "2026-06-01", "amount-2027": "11.111", sourceId: String(sourceId("TrygFonden")) })).status,
    ).toBe(303);
    expect(
      (await post({ stage: "prospect", deadline: "2026-07-01", "amount-2027": "22.222", sourceId: String(sourceId("Velux Fonden")) }))
        .status,
    ).toBe(303);
    expect((await post({ stage: "applied", deadline: "2026-06-01", expectedAnswerOn: "2026-10-01", "amount-2027": "33.333" })).status).toBe(
      303,
    );
    const page = await html("/funding");
    const row = (amount: string) =>
      page.match(new RegExp(`<tr[^>]*>(?:(?!</tr>).)*${amount}\u00a0kr\\.(?:(?!</tr>).)*</tr>`, "s"))?.[0] ?? "";
    expect(row("11.111")).toContain("Fristen er overskredet");
    expect(row("22.222")).toContain("Inden for 30 dage");
    expect(row("33.333")).toContain("Afventer svar, forventet 1. okt. 2026");
    expect(row("33.333")).not.toContain("Fristen er overskredet");
    // The stage table counts applications to sources other than the base funding, each once.
    const applied = count(`select count(distinct coalesce(fl.application_id, fl.id)) n from funding_lines fl
      join funding_sources fs on fs.id = fl.source_id where fl.stage = 'applied' and fs.kind not in ('lbf', 'municipality', 'housing')`);
    expect(page).toContain("Ansøgninger til fonde og andre kilder efter stadie");
    expect(page).toMatch(new RegExp(`Ansøgt</span></th><td class="num">${applied}</td>`));
  });

  it("warns about the plan year below 25 % local co-financing, naming plan, year and amount missing", async () => {
    const page = await html("/funding", "board");
    expect(page).toContain("Under 25 % lokal medfinansiering");
    expect(page).toMatch(/Bydækkende boligsocial helhedsplan[^<]*, 2026: lokal andel 23,5\u00a0%\. Der mangler 104\.069\u00a0kr\./);
  });
});

/*
 * What the funding, flag and funding-source actions answer and write (303, 400 per field, 403, 404, 409,
 * audit rows, the 25 % warning coming and going) is tested in-process in tests/routes/funding.test.ts and
 * tests/routes/funding-applications.test.ts. Here: how a refused application and the funding lines page look.
 */
describe("a refused funding line", () => {
  it("shows the error beside its field, tied to it for screen readers, with the typed values, and writes nothing", async () => {
    const id = activityId("Sprogcafé for voksne");
    const lines = count("select count(*) n from funding_lines");
    const audits = count("select count(*) n from audit_log");
    const res = await request(server, `/activities/${id}/funding`, { cookie: cookies.fundraiser, form: line({ "amount-2026": "-5" }) });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('<span class="form-error-message" id="new-application-amount-2026-error">Beløbet må ikke være negativt.</span>');
    const amount = page.match(/<input[^>]*id="new-application-amount-2026"[^>]*>/)?.[0] ?? "";
    expect(amount).toContain('aria-invalid="true"');
    expect(amount).toContain('aria-describedby="new-application-amount-2026-error"');
    expect(amount).toContain('value="-5"');
    expect(count("select count(*) n from funding_lines")).toBe(lines);
    expect(count("select count(*) n from audit_log")).toBe(audits);
  });
});

describe("the funding lines page", () => {
  it("names the application or line edited, with a cancel link, and marks years outside the plan on the form and in the tables", async () => {
    const id = activityId("Seniornetværk");
    // The activity outlives its plan (2025–2028) by a year.
    db.prepare("update activities set ends_on = '2029-12-31' where id = ?").run(id);
    const form = await html(`/activities/${id}/funding`);
    expect(form).toContain("Uden for helhedsplanens periode: tæller ikke med i nogen helhedsplans lokale medfinansiering.");
    expect(form).toContain('name="amount-2029"');
    const saved = await request(server, `/activities/${id}/funding`, {
      cookie: cookies.fundraiser,
      form: line({
        sourceId: String(sourceId("Bikubenfonden")),
        "amount-2027": "100.000",
        "amount-2029": "50.000",
        expectedAnswerOn: "2026-11-01",
      }),
    });
    expect(saved.status).toBe(303);
    const rows = db
      .prepare("select id, year from funding_lines where activity_id = ? and source_id = ? order by year")
      .all(id, sourceId("Bikubenfonden")) as { id: number; year: number }[];
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2029]);

    const application = await html(`/activities/${id}/funding?application=${rows[0]?.id}`);
    expect(application).toContain("Ret ansøgning: Bikubenfonden 2026–2027 og 2029");
    expect(application).toMatch(new RegExp(`<a [^>]*href="/activities/${id}/funding"[^>]*>Annuller</a>`));
    expect(application).toContain("Træk hele ansøgningen tilbage");
    const one = await html(`/activities/${id}/funding?line=${rows[1]?.id}`);
    expect(one).toContain("Ret: Bikubenfonden 2027");
    expect(one).toMatch(new RegExp(`<a [^>]*href="/activities/${id}/funding"[^>]*>Annuller</a>`));

    const activity = await html(`/activities/${id}`, "board");
    expect(activity).toContain("Afventer svar, forventet 1. nov. 2026");
    expect(activity).toContain("ansøgning 2026–2027 og 2029");
    expect(activity).toContain("uden for planen");
    expect(activity).toContain("„Uden for planen“: året ligger uden for helhedsplanens periode");
  });
});
