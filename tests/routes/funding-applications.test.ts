import { beforeAll, describe, expect, it } from "vitest";

import * as fundingPage from "../../app/routes/activities.$id_.funding";
import * as fundingOverview from "../../app/routes/funding._index";
import * as applicationsCsv from "../../app/routes/funding.applications[.]csv";
import { getDb } from "../../db/client.server";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Applications over several years on `/activities/:id/funding` (issue 13, items 7–11): one form, saved as one
 * line a year that stay linked; changed and withdrawn together (against the versions of all their lines) or
 * one by one; years of the plan and of the activity's own period; decision and expected answer dates; and
 * how /funding counts applications. TODAY is 2026-06-15; the demo plans run 2025–2028.
 */
const sql = () => getDb().$client;
const idOf = (query: string, ...args: unknown[]) =>
  sql()
    .prepare<unknown[], { id: number }>(query)
    .get(...args)?.id ?? 0;

let activityId = 0; // Bydelssøstre (Vollsmose): given its own period to 2030 below
let noPeriodId = 0; // Brobyggerindsats: no period of its own
let otherActivityId = 0;
let foundation = 0;
let municipality = 0;

type LineRow = {
  id: number;
  activity_id: number;
  source_id: number;
  year: number;
  amount: number;
  stage: string;
  deadline: string | null;
  expected_answer_on: string | null;
  decided_on: string | null;
  note: string;
  application_id: number | null;
  version: number;
};

beforeAll(() => {
  activityId = idOf("select id from activities where title = 'Bydelssøstre'");
  noPeriodId = idOf("select id from activities where title = 'Brobyggerindsats'");
  otherActivityId = idOf("select id from activities where title = 'Nabohjælp'");
  foundation = idOf("select id from funding_sources where name = 'Bikubenfonden'");
  municipality = idOf("select id from funding_sources where name = 'Odense Kommune'");
  expect([activityId, noPeriodId, otherActivityId, foundation, municipality].every((id) => id > 0)).toBe(true);
  // A foundation project that outlives the plan (2025–2028): the activity runs until mid-2030.
  sql().prepare("update activities set ends_on = '2030-06-30' where id = ?").run(activityId);
});

const linesOf = (key: number) =>
  sql().prepare("select * from funding_lines where coalesce(application_id, id) = ? order by year, id").all(key) as LineRow[];
const line = (id: number) => sql().prepare("select * from funding_lines where id = ?").get(id) as LineRow | undefined;
const count = (query: string, ...args: unknown[]) =>
  (
    sql()
      .prepare(query)
      .get(...args) as { n: number }
  ).n;
const audits = (ids: number[]) =>
  sql()
    .prepare(
      `select action, entity_id, before, after from audit_log where entity = 'funding_line' and entity_id in (${ids.map(() => "?").join(",")}) order by id`,
    )
    .all(...ids.map(String)) as { action: string; entity_id: string; before: string | null; after: string | null }[];
const token = (rows: LineRow[]) => rows.map((r) => `${r.id}:${r.version}`).join(" ");

const post = (as: Who, form: Record<string, string>, activity = activityId) =>
  callAction(fundingPage, { path: `/activities/${activity}/funding`, params: { id: String(activity) }, as, form });
const page = (as: Who, search = "", activity = activityId) =>
  callLoader(fundingPage, { path: `/activities/${activity}/funding${search}`, params: { id: String(activity) }, as });

const application = (patch: Record<string, string> = {}) => ({
  intent: "createApplication",
  sourceId: String(foundation),
  stage: "applied",
  deadline: "2026-05-01",
  expectedAnswerOn: "2026-09-15",
  decidedOn: "2026-06-15",
  note: "Treårig ansøgning",
  "amount-2026": "300.000",
  "amount-2027": "300 000",
  "amount-2028": "250000",
  ...patch,
});

/** Creates an application through the form and returns its lines. */
async function apply(patch: Record<string, string> = {}, activity = activityId): Promise<LineRow[]> {
  const before = count("select coalesce(max(id), 0) n from funding_lines");
  const res = await post("fundraiser", application(patch), activity);
  expect(res.status, JSON.stringify(res.data)).toBe(303);
  const first = sql().prepare("select min(id) id from funding_lines where id > ?").get(before) as { id: number };
  return linesOf(first.id);
}

const change = (rows: LineRow[], patch: Record<string, string> = {}) => ({
  ...application(),
  intent: "updateApplication",
  applicationId: String(rows[0]?.application_id ?? rows[0]?.id),
  lines: token(rows),
  ...patch,
});

describe("one application over several years is one form", () => {
  it("saves one line a year, linked by the first line's id, each audited", async () => {
    const rows = await apply();
    expect(rows.map((r) => [r.year, r.amount, r.stage, r.source_id])).toEqual([
      [2026, 300_000, "applied", foundation],
      [2027, 300_000, "applied", foundation],
      [2028, 250_000, "applied", foundation],
    ]);
    const key = rows[0]?.id ?? 0;
    expect(rows.every((r) => r.application_id === key && r.activity_id === activityId)).toBe(true);
    // An applied line is not decided: the date the form offered is not kept; the expected answer is.
    expect(rows.every((r) => r.decided_on === null && r.expected_answer_on === "2026-09-15" && r.deadline === "2026-05-01")).toBe(true);
    const logged = audits(rows.map((r) => r.id));
    expect(logged.map((a) => [a.action, Number(a.entity_id)])).toEqual(rows.map((r) => ["funding-line.create", r.id]));
    expect(JSON.parse(logged[0]?.after ?? "{}")).toMatchObject({ applicationId: key, year: 2026, amount: 300_000 });
  });

  it("redirects to the activity with the saved notice", async () => {
    const res = await post("fundraiser", application({ "amount-2027": "", "amount-2028": "" }));
    expect(res.location).toBe(`/activities/${activityId}?saved=application`);
  });

  it("offers the application's lines to its edit form, with their versions, and 404 for an unknown one", async () => {
    const rows = await apply();
    const res = await page("fundraiser", `?application=${rows[0]?.id}`);
    expect(res.status).toBe(200);
    const data = res.data as {
      editingApplication: number;
      lines: { id: number; version: number; application: { key: number; lines: number } }[];
    };
    expect(data.editingApplication).toBe(rows[0]?.id);
    expect(data.lines.filter((l) => l.application.key === rows[0]?.id).map((l) => [l.id, l.version, l.application.lines])).toEqual(
      rows.map((r) => [r.id, r.version, 3]),
    );
    for (const search of ["?application=99999999", "?line=99999999"]) expect((await page("fundraiser", search)).status, search).toBe(404);
    // Another activity's application is not this page's.
    expect((await page("fundraiser", `?application=${rows[0]?.id}`, otherActivityId)).status).toBe(404);
  });

  it("changes the application together: terms on every year, a year cleared is withdrawn, a new year added; only changes audited", async () => {
    const rows = await apply();
    const [y2026, y2027, y2028] = rows;
    const audited = count("select max(id) n from audit_log");
    const res = await post(
      "fundraiser",
      change(rows, {
        stage: "granted",
        decidedOn: "2026-06-10",
        "amount-2026": "300.000",
        "amount-2027": "",
        "amount-2028": "275.000",
        "amount-2029": "100.000",
      }),
    );
    expect(res.status, JSON.stringify(res.data)).toBe(303);
    const after = linesOf(y2026?.id ?? 0);
    expect(after.map((r) => [r.year, r.amount, r.stage, r.decided_on])).toEqual([
      [2026, 300_000, "granted", "2026-06-10"],
      [2028, 275_000, "granted", "2026-06-10"],
      [2029, 100_000, "granted", "2026-06-10"],
    ]);
    expect(line(y2027?.id ?? 0)).toBeUndefined();
    expect(after[0]?.version).toBe((y2026?.version ?? 0) + 1);
    expect(after.every((r) => r.application_id === y2026?.id)).toBe(true);
    expect(
      (
        sql().prepare("select action, entity_id from audit_log where id > ? and entity = 'funding_line' order by id").all(audited) as {
          action: string;
          entity_id: string;
        }[]
      ).map((a) => [a.action, Number(a.entity_id)]),
    ).toEqual([
      ["funding-line.update", y2026?.id],
      ["funding-line.update", y2028?.id],
      ["funding-line.create", after[2]?.id],
      ["funding-line.withdraw", y2027?.id],
    ]);
  });

  it("writes nothing for a year whose line the change leaves as it was", async () => {
    const rows = await apply();
    const audited = count("select max(id) n from audit_log");
    const res = await post("fundraiser", change(rows, { "amount-2028": "260.000" }));
    expect(res.status).toBe(303);
    const after = linesOf(rows[0]?.id ?? 0);
    expect(after.slice(0, 2)).toEqual(rows.slice(0, 2));
    expect(after[2]).toMatchObject({ amount: 260_000, version: (rows[2]?.version ?? 0) + 1 });
    expect(count("select count(*) n from audit_log where id > ?", audited)).toBe(1);
  });

  it("answers 409 when any of its lines changed since the form was loaded, with what is stored now, and writes nothing", async () => {
    const rows = await apply();
    sql().prepare("update funding_lines set amount = 1, version = version + 1 where id = ?").run(rows[1]?.id);
    const before = linesOf(rows[0]?.id ?? 0);
    const audited = count("select count(*) n from audit_log");
    const res = await post("fundraiser", change(rows, { stage: "granted", decidedOn: "2026-06-10" }));
    expect(res.status).toBe(409);
    const data = res.data as {
      errors: { _form: string[] };
      current: Record<string, string>;
      currentLines: string;
      mine: Record<string, string>;
    };
    expect(data.errors._form).toEqual(["application.error.stale"]);
    expect(data.current).toMatchObject({ stage: "applied", "amount-2027": "1", "amount-2026": "300000" });
    expect(data.mine).toMatchObject({ stage: "granted", "amount-2027": "300000" });
    expect(data.currentLines).toBe(token(before));
    expect(linesOf(rows[0]?.id ?? 0)).toEqual(before);
    expect(count("select count(*) n from audit_log")).toBe(audited);
    // Saving again over what is stored now, knowingly: accepted.
    expect((await post("fundraiser", change(before, { lines: data.currentLines }))).status).toBe(303);
  });

  it("answers 409 when a line was withdrawn from it or added to it meanwhile", async () => {
    const rows = await apply();
    sql().prepare("delete from funding_lines where id = ?").run(rows[2]?.id);
    expect((await post("fundraiser", change(rows))).status).toBe(409);
    expect(
      (await post("fundraiser", { intent: "withdrawApplication", applicationId: String(rows[0]?.id), lines: token(rows) })).status,
    ).toBe(409);
    const more = await apply();
    sql()
      .prepare(
        "insert into funding_lines (activity_id, source_id, year, amount, stage, application_id) values (?, ?, 2029, 5, 'applied', ?)",
      )
      .run(activityId, foundation, more[0]?.id);
    expect((await post("fundraiser", change(more))).status).toBe(409);
    expect(linesOf(more[0]?.id ?? 0)).toHaveLength(4);
  });

  it("withdraws the application together: every line deleted, each audited with what it was", async () => {
    const rows = await apply();
    const res = await post("fundraiser", { intent: "withdrawApplication", applicationId: String(rows[0]?.id), lines: token(rows) });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${activityId}?saved=applicationWithdrawn`);
    expect(linesOf(rows[0]?.id ?? 0)).toEqual([]);
    const logged = audits(rows.map((r) => r.id)).filter((a) => a.action === "funding-line.withdraw");
    expect(logged.map((a) => Number(a.entity_id))).toEqual(rows.map((r) => r.id));
    expect(JSON.parse(logged[1]?.before ?? "{}")).toMatchObject({ year: 2027, amount: 300_000, applicationId: rows[0]?.id });
  });

  it("refuses a stale withdrawal (409) and withdraws nothing", async () => {
    const rows = await apply();
    sql().prepare("update funding_lines set note = 'ændret', version = version + 1 where id = ?").run(rows[0]?.id);
    const res = await post("fundraiser", { intent: "withdrawApplication", applicationId: String(rows[0]?.id), lines: token(rows) });
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ errors: { _form: ["application.error.staleWithdraw"] } });
    expect(linesOf(rows[0]?.id ?? 0)).toHaveLength(3);
  });

  it("changes and withdraws one line of an application on its own; the others stay linked", async () => {
    const rows = await apply();
    const [y2026, y2027, y2028] = rows;
    const one = await post("fundraiser", {
      intent: "update",
      lineId: String(y2027?.id),
      version: String(y2027?.version),
      sourceId: String(foundation),
      year: "2027",
      amount: "310.000",
      stage: "granted",
      decidedOn: "2026-06-01",
    });
    expect(one.status, JSON.stringify(one.data)).toBe(303);
    expect(line(y2027?.id ?? 0)).toMatchObject({ amount: 310_000, stage: "granted", decided_on: "2026-06-01", application_id: y2026?.id });
    expect(line(y2026?.id ?? 0)).toEqual(y2026);
    const withdrawn = await post("fundraiser", { intent: "withdraw", lineId: String(y2028?.id), version: String(y2028?.version) });
    expect(withdrawn.status).toBe(303);
    expect(linesOf(y2026?.id ?? 0).map((r) => r.year)).toEqual([2026, 2027]);
    // Withdrawing the first line keeps the others linked by its id.
    const first = line(y2026?.id ?? 0);
    expect((await post("fundraiser", { intent: "withdraw", lineId: String(first?.id), version: String(first?.version) })).status).toBe(303);
    expect(linesOf(y2026?.id ?? 0).map((r) => r.id)).toEqual([y2027?.id]);
  });

  it("refuses to move one line of an application to a year the application already has (400)", async () => {
    const rows = await apply();
    const res = await post("fundraiser", {
      intent: "update",
      lineId: String(rows[0]?.id),
      version: String(rows[0]?.version),
      sourceId: String(foundation),
      year: "2027",
      amount: "1",
      stage: "applied",
    });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { year: ["funding.error.yearTaken"] } });
    expect(line(rows[0]?.id ?? 0)).toEqual(rows[0]);
  });

  it("answers 404 for an unknown application, or another activity's, and writes nothing", async () => {
    const theirs = await apply({}, otherActivityId);
    const lines = count("select count(*) n from funding_lines");
    for (const applicationId of ["99999999", String(theirs[0]?.id)]) {
      expect((await post("admin", change(theirs, { applicationId }))).status, applicationId).toBe(404);
      expect((await post("admin", { intent: "withdrawApplication", applicationId, lines: token(theirs) })).status, applicationId).toBe(404);
    }
    expect(count("select count(*) n from funding_lines")).toBe(lines);
  });

  it.each(["managerVollsmose", "managerKorsloekken", "board"] as const)("refuses %s with 403, and writes nothing", async (who) => {
    const rows = await apply();
    const lines = count("select count(*) n from funding_lines");
    expect((await post(who, application())).status).toBe(403);
    expect((await post(who, change(rows, { stage: "paid" }))).status).toBe(403);
    expect((await post(who, { intent: "withdrawApplication", applicationId: String(rows[0]?.id), lines: token(rows) })).status).toBe(403);
    expect((await page(who, `?application=${rows[0]?.id}`)).status).toBe(403);
    expect(count("select count(*) n from funding_lines")).toBe(lines);
    expect(linesOf(rows[0]?.id ?? 0)).toEqual(rows);
  });

  it("sends anonymous visitors to sign-in", async () => {
    const res = await post("anonymous", application());
    expect(res.location).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("every field of the application form answers 400 beside itself, and nothing is written", () => {
  it.each([
    ["no source", { sourceId: "" }, "sourceId", "funding.error.source"],
    ["an unknown source", { sourceId: "99999" }, "sourceId", "funding.error.source"],
    ["an unknown stage", { stage: "maybe" }, "stage", "funding.error.stage"],
    ["a bad deadline", { deadline: "31-12-2026" }, "deadline", "form.date"],
    ["a bad expected answer date", { expectedAnswerOn: "2026-02-30" }, "expectedAnswerOn", "form.date"],
    ["a bad decision date", { stage: "granted", decidedOn: "i går" }, "decidedOn", "form.date"],
    [
      "a granted application without its decision date",
      { stage: "granted", decidedOn: "" },
      "decidedOn",
      "funding.error.decidedOnRequired",
    ],
    ["a paid application without its decision date", { stage: "paid", decidedOn: "" }, "decidedOn", "funding.error.decidedOnRequired"],
    [
      "a rejected application without its decision date",
      { stage: "rejected", decidedOn: "" },
      "decidedOn",
      "funding.error.decidedOnRequired",
    ],
    ["no amount at all", { "amount-2026": "", "amount-2027": "", "amount-2028": "" }, "amounts", "application.error.noAmount"],
    ["an amount with øre", { "amount-2027": "1.234,50" }, "amount-2027", "form.kroner.decimals"],
    ["a negative amount", { "amount-2028": "-5" }, "amount-2028", "form.kroner.negative"],
    ["an amount that is not a number", { "amount-2026": "mange penge" }, "amount-2026", "form.kroner.invalid"],
    ["a year before both the plan and the activity's period", { "amount-2024": "1.000" }, "amount-2024", "funding.error.yearOutsidePlan"],
    ["a year after both the plan and the activity's period", { "amount-2031": "1.000" }, "amount-2031", "funding.error.yearOutsidePlan"],
    ["a note over 1000 characters", { note: "x".repeat(1001) }, "note", "form.tooLong"],
  ])("%s", async (_label, patch, field, key) => {
    const lines = count("select count(*) n from funding_lines");
    const audited = count("select count(*) n from audit_log");
    const res = await post("fundraiser", application(patch));
    expect(res.status).toBe(400);
    const data = res.data as { errors: Record<string, string[]>; values: Record<string, string> };
    expect(data.errors[field]).toContain(key);
    // What was typed comes back to show again.
    for (const [name, typed] of Object.entries(patch)) if (name !== "note") expect(data.values[name] ?? "").toBe(typed);
    expect(count("select count(*) n from funding_lines")).toBe(lines);
    expect(count("select count(*) n from audit_log")).toBe(audited);
  });

  it.each([
    ["no application id", { applicationId: "" }, "applicationId"],
    ["lines not as loaded", { lines: "12" }, "lines"],
    ["no lines", { lines: "" }, "lines"],
  ])("a change with %s", async (_label, patch, field) => {
    const rows = await apply();
    const res = await post("fundraiser", change(rows, patch));
    expect(res.status).toBe(400);
    expect(Object.keys((res.data as { errors: Record<string, unknown> }).errors)).toContain(field);
    expect(linesOf(rows[0]?.id ?? 0)).toEqual(rows);
  });

  it("a single line: a decision date missing for granted, and a year outside both plan and activity period", async () => {
    const rows = await apply();
    const base = {
      intent: "update",
      lineId: String(rows[0]?.id),
      version: String(rows[0]?.version),
      sourceId: String(foundation),
      year: "2026",
      amount: "1",
    };
    const undated = await post("fundraiser", { ...base, stage: "granted", decidedOn: "" });
    expect(undated.status).toBe(400);
    expect(undated.data).toMatchObject({ errors: { decidedOn: ["funding.error.decidedOnRequired"] } });
    const outside = await post("fundraiser", { ...base, stage: "applied", year: "2031" });
    expect(outside.status).toBe(400);
    expect(outside.data).toMatchObject({ errors: { year: ["funding.error.yearOutsidePlan"] } });
    expect(line(rows[0]?.id ?? 0)).toEqual(rows[0]);
  });
});

describe("a funding line may fall in any year of the activity's own period, also after its plan ends", () => {
  it("offers the plan's years and the activity's own, and says which are the plan's", async () => {
    const data = (await page("fundraiser")).data as { years: number[]; planYears: number[] };
    expect(data.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(data.planYears).toEqual([2025, 2026, 2027, 2028]);
    // An activity without a period of its own: the plan's years.
    expect(((await page("fundraiser", "", noPeriodId)).data as { years: number[] }).years).toEqual([2025, 2026, 2027, 2028]);
  });

  it("accepts 2029 and 2030, which count toward no plan's co-financing on /funding", async () => {
    const cofinancing = async () => {
      const data = (await callLoader(fundingOverview, { path: "/funding", as: "board" })).data as {
        coFinancing: { plan: { slug: string }; total: { local: number; secured: number }; years: { year: number }[] }[];
      };
      return data.coFinancing.find((p) => p.plan.slug === "vollsmose-current");
    };
    const before = await cofinancing();
    const rows = await apply({
      sourceId: String(municipality),
      stage: "granted",
      decidedOn: "2026-06-01",
      "amount-2026": "",
      "amount-2027": "",
      "amount-2028": "",
      "amount-2029": "400.000",
      "amount-2030": "200.000",
    });
    expect(rows.map((r) => r.year)).toEqual([2029, 2030]);
    const after = await cofinancing();
    expect(after?.total).toEqual(before?.total);
    expect(after?.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    const lines = ((await page("fundraiser")).data as { lines: { id: number; countsTowardPlan: boolean }[] }).lines;
    expect(lines.filter((l) => rows.some((r) => r.id === l.id)).map((l) => l.countsTowardPlan)).toEqual([false, false]);
  });

  it("refuses 2029 for an activity without a period of its own", async () => {
    const res = await post("fundraiser", application({ "amount-2029": "1.000" }), noPeriodId);
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { "amount-2029": ["funding.error.yearOutsidePlan"] } });
  });
});

describe("deadlines, answers and decisions on /funding", () => {
  type Pipeline = {
    stages: { stage: string; count: number; amount: number }[];
    open: {
      rows: { id: number; stage: string; alert: { kind: string; urgency?: string; expectedOn?: string | null } | null }[];
      total: number;
    };
    decided: { rows: { id: number; decidedOn: string | null }[]; total: number };
  };
  const pipeline = async () =>
    ((await callLoader(fundingOverview, { path: "/funding", as: "fundraiser" })).data as { pipeline: Pipeline }).pipeline;

  it("warns of a passed deadline for a prospect only; an applied line awaits its answer", async () => {
    const [prospect] = await apply({ stage: "prospect", deadline: "2026-06-01", "amount-2027": "", "amount-2028": "" });
    const [applied] = await apply({ stage: "applied", deadline: "2026-06-01", "amount-2027": "", "amount-2028": "" });
    const open = (await pipeline()).open.rows;
    expect(open.find((l) => l.id === prospect?.id)?.alert).toEqual({ kind: "deadline", urgency: "passed" });
    expect(open.find((l) => l.id === applied?.id)?.alert).toEqual({ kind: "awaiting", expectedOn: "2026-09-15" });
  });

  it("lists decided applications with their decision dates, the latest first", async () => {
    const [granted] = await apply({ stage: "granted", decidedOn: "2026-06-12", "amount-2027": "", "amount-2028": "" });
    const decided = (await pipeline()).decided.rows;
    expect(decided[0]).toMatchObject({ id: granted?.id, decidedOn: "2026-06-12" });
    const dates = decided.map((l) => l.decidedOn ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("counts an application over several years once, and no base funding, in the stage table", async () => {
    const applied = async () => (await pipeline()).stages.find((s) => s.stage === "applied");
    const before = await applied();
    await apply();
    const afterApplication = await applied();
    expect(afterApplication).toEqual({ stage: "applied", count: (before?.count ?? 0) + 1, amount: (before?.amount ?? 0) + 850_000 });
    // A municipal (base funding) line applied for is no application here.
    await apply({ sourceId: String(municipality), "amount-2027": "", "amount-2028": "" });
    expect(await applied()).toEqual(afterApplication);
  });

  it("puts the decision date, expected answer and application in the applications CSV", async () => {
    const rows = await apply({ stage: "granted", decidedOn: "2026-06-03", note: "csv" });
    const res = await callLoader(applicationsCsv, { path: "/funding/applications.csv?area=vollsmose", as: "board" });
    expect(res.status).toBe(200);
    const csv = res.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(csv[0]).toBe(
      "aktivitet_id,aktivitet,ansoegning,kilde,aar,taeller_i_planens_medfinansiering,beloeb_kr,stadie,ansoegningsfrist,forventet_svar,afgoerelsesdato,note",
    );
    const mine = csv.filter((r) => r.startsWith(`${activityId},`) && r.includes(`,${rows[0]?.id},`) && r.endsWith(",csv"));
    expect(mine).toEqual([
      `${activityId},Bydelssøstre,${rows[0]?.id},Bikubenfonden,2026,Ja,300000,Bevilget,2026-05-01,2026-09-15,2026-06-03,csv`,
      `${activityId},Bydelssøstre,${rows[0]?.id},Bikubenfonden,2027,Ja,300000,Bevilget,2026-05-01,2026-09-15,2026-06-03,csv`,
      `${activityId},Bydelssøstre,${rows[0]?.id},Bikubenfonden,2028,Ja,250000,Bevilget,2026-05-01,2026-09-15,2026-06-03,csv`,
    ]);
    // Base funding is no application.
    expect(csv.some((r) => r.includes("Landsbyggefonden"))).toBe(false);
  });
});
