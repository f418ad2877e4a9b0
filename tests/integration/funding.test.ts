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
  for (const [who, email] of Object.entries(DEMO_USERS)) cookies[who] = await signIn(server, email);
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

/** The form that changes one line, with the line's id and version. */
const lineUpdate = (row: { id: number; version: number }, patch: Record<string, string> = {}) => ({
  intent: "update",
  lineId: String(row.id),
  version: String(row.version),
  sourceId: String(sourceId("Nordea-fonden")),
  year: "2026",
  amount: "250.000",
  stage: "applied",
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
    expect(page).toContain("area = \u201catlantis\u201d");
    expect(page).toContain("plan = \u201cnope\u201d");
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

describe("funding lines", () => {
  it("records an application: pipeline and gap change on /funding, with an audit row", async () => {
    const id = activityId("Brobyggerindsats");
    const audits = count("select count(*) n from audit_log where action = 'funding-line.create'");
    const res = await request(server, `/activities/${id}/funding`, {
      cookie: cookies.fundraiser,
      form: line({ "amount-2026": "1 000 000" }),
    });
    expect(res.status).toBe(303);
    expect(count("select count(*) n from audit_log where action = 'funding-line.create'")).toBe(audits + 1);
    const row = (await fundingCsv()).find((r) => r.id === String(id));
    expect(row?.ansoegt_kr).toBe("1000000");
    expect(row?.mangler_kr).toBe("2400000");

    // Granted: the gap shrinks by the amount and the pipeline empties.
    const lineRow = db.prepare("select id, version from funding_lines where activity_id = ?").get(id) as { id: number; version: number };
    const granted = await request(server, `/activities/${id}/funding`, {
      cookie: cookies.fundraiser,
      form: lineUpdate(lineRow, { amount: "1.000.000", stage: "granted", decidedOn: "2026-06-10" }),
    });
    expect(granted.status).toBe(303);
    const after = (await fundingCsv()).find((r) => r.id === String(id));
    expect(after?.mangler_kr).toBe("1400000");
    expect(after?.ansoegt_kr).toBe("0");
    const audit = db.prepare("select before, after from audit_log where action = 'funding-line.update' order by id desc limit 1").get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(audit.before).stage).toBe("applied");
    expect(JSON.parse(audit.after).stage).toBe("granted");

    // A second edit with the old version is told of the conflict.
    const stale = await request(server, `/activities/${id}/funding`, {
      cookie: cookies.fundraiser,
      form: lineUpdate(lineRow, { stage: "paid", decidedOn: "2026-06-12" }),
    });
    expect(stale.status).toBe(409);
  });

  it.each([
    ["a negative amount", { "amount-2026": "-5" }, "Beløbet må ikke være negativt."],
    ["a fractional amount", { "amount-2026": "1.234,50" }, "Beløbet skal være i hele kroner"],
    ["an absurdly large amount", { "amount-2026": "99.999.999.999" }, "urealistisk stort"],
    ["a non-number", { "amount-2026": "mange penge" }, "Skriv beløbet i hele kroner"],
    ["no amount for any year", { "amount-2026": "" }, "Skriv et beløb for mindst ét år."],
    ["a granted line without its decision date", { stage: "granted", decidedOn: "" }, "Skriv afgørelsesdatoen."],
    ["an unknown source", { sourceId: "999999" }, "Vælg en kilde på listen."],
    ["an unknown stage", { stage: "maybe" }, "Vælg et stadie på listen."],
    ["a bad deadline", { deadline: "31-12-2026" }, "Skriv en gyldig dato"],
  ])("answers 400 for %s, with the message beside the field and the typed values, and writes nothing", async (_label, patch, message) => {
    const id = activityId("Sprogcafé for voksne");
    const lines = count("select count(*) n from funding_lines");
    const audits = count("select count(*) n from audit_log");
    const res = await request(server, `/activities/${id}/funding`, { cookie: cookies.fundraiser, form: line(patch) });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(message);
    expect(page).toContain('aria-invalid="true"');
    if ("amount-2026" in patch && patch["amount-2026"]) expect(page).toContain(`value="${patch["amount-2026"]}"`);
    expect(count("select count(*) n from funding_lines")).toBe(lines);
    expect(count("select count(*) n from audit_log")).toBe(audits);
  });

  it("answers 400 for a year outside the plan and the activity's own period, naming both, and writes nothing", async () => {
    const id = activityId("Sprogcafé for voksne");
    const lines = count("select count(*) n from funding_lines");
    const res = await request(server, `/activities/${id}/funding`, { cookie: cookies.fundraiser, form: line({ "amount-2019": "1.000" }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Året ligger uden for helhedsplanens periode og aktivitetens egen periode.");
    expect(count("select count(*) n from funding_lines")).toBe(lines);
  });

  it.each(["managerVollsmose", "managerKorsloekken", "board"])("answers 403 to %s and writes nothing", async (who) => {
    const id = activityId("Brobyggerindsats");
    const lines = count("select count(*) n from funding_lines");
    expect((await request(server, `/activities/${id}/funding`, { cookie: cookies[who], form: line() })).status).toBe(403);
    expect(
      (await request(server, `/activities/${id}/flag`, { cookie: cookies[who], form: { intent: "flag", priority: "low" } })).status,
    ).toBe(403);
    expect(count("select count(*) n from funding_lines")).toBe(lines);
  });

  it("refuses another activity's line id (404)", async () => {
    const other = db.prepare("select id, version from funding_lines where activity_id = ? limit 1").get(activityId("Bydelssøstre")) as {
      id: number;
      version: number;
    };
    const res = await request(server, `/activities/${activityId("Sprogcafé for voksne")}/funding`, {
      cookie: cookies.fundraiser,
      form: lineUpdate(other),
    });
    expect(res.status).toBe(404);
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
    expect(activity).toContain("»Uden for planen«: året ligger uden for helhedsplanens periode");
  });
});

describe("the 25 % warning", () => {
  it("appears when a change takes a plan year below 25 % and disappears when fixed", async () => {
    const year = "2027";
    const warningFor = (page: string) => page.includes(`, ${year}: lokal andel`);
    expect(warningFor(await html("/funding"))).toBe(false);
    // A large foundation grant in 2027 to a city-wide activity dilutes the local share.
    const id = activityId("Sprogcafé for voksne");
    const grant = await request(server, `/activities/${id}/funding`, {
      cookie: cookies.fundraiser,
      form: line({ "amount-2026": "", [`amount-${year}`]: "3.000.000", stage: "granted", decidedOn: "2026-06-01", deadline: "" }),
    });
    expect(grant.status).toBe(303);
    const warned = await html("/funding");
    expect(warningFor(warned)).toBe(true);
    // The activity page shows its plan's warning too.
    expect(await html(`/activities/${id}`)).toContain(`, ${year}: lokal andel`);
    // Local money from the municipality lifts it back above 25 %.
    const missing = warned.match(new RegExp(`, ${year}: lokal andel [^.]+\\. Der mangler ([\\d.]+)\\u00a0kr\\.`))?.[1];
    expect(missing).toBeTruthy();
    const local = await request(server, `/activities/${id}/funding`, {
      cookie: cookies.fundraiser,
      form: line({
        "amount-2026": "",
        [`amount-${year}`]: missing ?? "0",
        stage: "granted",
        decidedOn: "2026-06-01",
        sourceId: String(sourceId("Odense Kommune")),
        deadline: "",
      }),
    });
    expect(local.status).toBe(303);
    expect(warningFor(await html("/funding"))).toBe(false);
  });
});

describe("fundraising flags", () => {
  it("flags, shows the flag on the activity, in the list filter and on /funding, and resolves it", async () => {
    const id = activityId("Velkomstværter for nye beboere");
    const bad = await request(server, `/activities/${id}/flag`, {
      cookie: cookies.fundraiser,
      form: { intent: "flag", priority: "urgent" },
    });
    expect(bad.status).toBe(400);
    const ok = await request(server, `/activities/${id}/flag`, {
      cookie: cookies.fundraiser,
      form: { intent: "flag", priority: "medium", note: "Søg Velux Fonden igen" },
    });
    expect(ok.status).toBe(303);
    expect(await html(`/activities/${id}`, "board")).toContain("Søg Velux Fonden igen");
    expect(await html("/activities?flagged=1", "board")).toContain(`href="/activities/${id}"`);
    expect(rankedRows(await html("/funding?flagged=1")).map((r) => r.id)).toContain(String(id));
    const again = await request(server, `/activities/${id}/flag`, {
      cookie: cookies.fundraiser,
      form: { intent: "flag", priority: "low" },
    });
    expect(again.status).toBe(409);
    const flag = db.prepare("select id from fundraising_flags where activity_id = ? and resolved_at is null").get(id) as { id: number };
    const resolved = await request(server, `/activities/${id}/flag`, {
      cookie: cookies.fundraiser,
      form: { intent: "resolve", flagId: String(flag.id) },
    });
    expect(resolved.status).toBe(303);
    expect(await html("/activities?flagged=1", "board")).not.toContain(`href="/activities/${id}"`);
    expect(count("select count(*) n from audit_log where action in ('flag.create', 'flag.resolve')")).toBeGreaterThanOrEqual(2);
  });
});

describe("funding sources (admin)", () => {
  it("creates a source that counts as local, refuses a duplicate name, and writes audit rows", async () => {
    const created = await request(server, "/admin/funding-sources", {
      cookie: cookies.admin,
      form: { name: "Fyens Stiftstidende Fond", kind: "foundation" },
    });
    expect(created.status).toBe(303);
    const dup = await request(server, "/admin/funding-sources", {
      cookie: cookies.admin,
      form: { name: "Odense Kommune", kind: "municipality" },
    });
    expect(dup.status).toBe(409);
    const badKind = await request(server, "/admin/funding-sources", { cookie: cookies.admin, form: { name: "X", kind: "bank" } });
    expect(badKind.status).toBe(400);
    const row = db.prepare("select id from funding_sources where name = 'Fyens Stiftstidende Fond'").get() as { id: number };
    const updated = await request(server, "/admin/funding-sources", {
      cookie: cookies.admin,
      form: { id: String(row.id), name: "Fyens Stiftstidende Fond", kind: "foundation", countsAsLocal: "on", version: "1" },
    });
    expect(updated.status).toBe(303);
    expect((db.prepare("select counts_as_local c from funding_sources where id = ?").get(row.id) as { c: number }).c).toBe(1);
    expect(count("select count(*) n from audit_log where action like 'funding-source.%'")).toBe(2);
  });
});
