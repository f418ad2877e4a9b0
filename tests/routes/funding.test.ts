import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import type { MessageKey } from "../../app/i18n/i18n";
import * as activityList from "../../app/routes/activities._index";
import * as activityPage from "../../app/routes/activities.$id";
import * as flag from "../../app/routes/activities.$id_.flag";
import * as funding from "../../app/routes/activities.$id_.funding";
import * as fundingPage from "../../app/routes/funding._index";
import * as sources from "../../app/routes/funding.sources";
import * as fundingCsvRoute from "../../app/routes/funding[.]csv";
import { getDb } from "../../db/client.server";
import { danish, refusal } from "../setup/refusal";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Funding lines, fundraising flags and funding sources: who may write them, what a refused form answers,
 * and what the writes change. How /funding shows its figures, and a refused line's errors beside their
 * fields, are in tests/integration/funding.test.ts.
 */
const db = () => getDb().$client;
const activityId = (title: string) => (db().prepare("select id from activities where title = ?").get(title) as { id: number }).id;
const sourceId = (name: string) => (db().prepare("select id from funding_sources where name = ?").get(name) as { id: number }).id;
const count = (sql: string) => (db().prepare(sql).get() as { n: number }).n;

const postLine = (id: number, form: Record<string, string>, as: Who = "fundraiser") =>
  callAction(funding, { path: `/activities/${id}/funding`, params: { id: String(id) }, as, form });
const postFlag = (id: number, form: Record<string, string>, as: Who = "fundraiser") =>
  callAction(flag, { path: `/activities/${id}/flag`, params: { id: String(id) }, as, form });
const postSource = (form: Record<string, string>) => callAction(sources, { path: "/funding/sources", as: "admin", form });

/** The /funding ranking as its CSV download (Danish headers), every row. */
async function fundingCsv(search = "") {
  const res = await callLoader(fundingCsvRoute, { path: `/funding.csv${search}`, as: "fundraiser" });
  expect(res.status).toBe(200);
  return parse(res.text.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
}

type FundingPage = { ranked: { rows: { id: number }[]; total: number }; warnings: { year: number | null; amountMissing: number }[] };
const fundingData = async (search = "") =>
  (await callLoader(fundingPage, { path: `/funding${search}`, as: "fundraiser" })).data as FundingPage;
const activityData = async (id: number, as: Who = "board") =>
  (await callLoader(activityPage, { path: `/activities/${id}`, params: { id: String(id) }, as })).data as {
    flags: { note: string; resolvedAt: string | null }[];
    coFinancingWarnings: { year: number | null }[];
  };
const flaggedIds = async () =>
  ((await callLoader(activityList, { path: "/activities?flagged=1", as: "board" })).data as { rows: { id: number }[] }).rows.map(
    (r) => r.id,
  );

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

describe("funding lines", () => {
  it("records an application: pipeline and gap change on /funding, with an audit row", async () => {
    const id = activityId("Brobyggerindsats");
    const audits = count("select count(*) n from audit_log where action = 'funding-line.create'");
    const res = await postLine(id, line({ "amount-2026": "1 000 000" }));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${id}?saved=application`);
    expect(count("select count(*) n from audit_log where action = 'funding-line.create'")).toBe(audits + 1);
    const row = (await fundingCsv()).find((r) => r.id === String(id));
    expect(row?.ansoegt_kr).toBe("1000000");
    expect(row?.mangler_kr).toBe("2400000");

    // Granted: the gap shrinks by the amount and the pipeline empties.
    const lineRow = db().prepare("select id, version from funding_lines where activity_id = ?").get(id) as { id: number; version: number };
    const granted = await postLine(id, lineUpdate(lineRow, { amount: "1.000.000", stage: "granted", decidedOn: "2026-06-10" }));
    expect(granted.status).toBe(303);
    const after = (await fundingCsv()).find((r) => r.id === String(id));
    expect(after?.mangler_kr).toBe("1400000");
    expect(after?.ansoegt_kr).toBe("0");
    const audit = db()
      .prepare("select before, after from audit_log where action = 'funding-line.update' order by id desc limit 1")
      .get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(audit.before).stage).toBe("applied");
    expect(JSON.parse(audit.after).stage).toBe("granted");

    // A second edit with the old version is told of the conflict.
    const stale = await postLine(id, lineUpdate(lineRow, { stage: "paid", decidedOn: "2026-06-12" }));
    expect(stale.status).toBe(409);
    expect(refusal(stale).errors._form).toEqual(["funding.error.stale"]);
  });

  it.each([
    ["a negative amount", { "amount-2026": "-5" }, "amount-2026", "form.kroner.negative", "Beløbet må ikke være negativt."],
    ["a fractional amount", { "amount-2026": "1.234,50" }, "amount-2026", "form.kroner.decimals", "Beløbet skal være i hele kroner"],
    ["an absurdly large amount", { "amount-2026": "99.999.999.999" }, "amount-2026", "form.kroner.tooLarge", "urealistisk stort"],
    ["a non-number", { "amount-2026": "mange penge" }, "amount-2026", "form.kroner.invalid", "Skriv beløbet i hele kroner"],
    ["no amount for any year", { "amount-2026": "" }, "amounts", "application.error.noAmount", "Skriv et beløb for mindst ét år."],
    [
      "a granted line without its decision date",
      { stage: "granted", decidedOn: "" },
      "decidedOn",
      "funding.error.decidedOnRequired",
      "Skriv afgørelsesdatoen.",
    ],
    ["an unknown source", { sourceId: "999999" }, "sourceId", "funding.error.source", "Vælg en kilde på listen."],
    ["an unknown stage", { stage: "maybe" }, "stage", "funding.error.stage", "Vælg et stadie på listen."],
    ["a bad deadline", { deadline: "31-12-2026" }, "deadline", "form.date", "Skriv en gyldig dato"],
  ] as [string, Record<string, string>, string, MessageKey, string][])(
    "answers 400 for %s, with the message for the field and the typed values, and writes nothing",
    async (_label, patch, field, key, message) => {
      const id = activityId("Sprogcafé for voksne");
      const lines = count("select count(*) n from funding_lines");
      const audits = count("select count(*) n from audit_log");
      const res = await postLine(id, line(patch));
      expect(res.status).toBe(400);
      const { errors, values } = refusal(res);
      expect(errors[field]).toEqual([key]);
      expect(danish(key)).toContain(message);
      expect(values).toMatchObject(patch);
      expect(count("select count(*) n from funding_lines")).toBe(lines);
      expect(count("select count(*) n from audit_log")).toBe(audits);
    },
  );

  it("answers 400 for a year outside the plan and the activity's own period, naming both, and writes nothing", async () => {
    const id = activityId("Sprogcafé for voksne");
    const lines = count("select count(*) n from funding_lines");
    const res = await postLine(id, line({ "amount-2019": "1.000" }));
    expect(res.status).toBe(400);
    expect(refusal(res).errors["amount-2019"]).toEqual(["funding.error.yearOutsidePlan"]);
    expect(danish("funding.error.yearOutsidePlan")).toBe("Året ligger uden for helhedsplanens periode og aktivitetens egen periode.");
    expect(count("select count(*) n from funding_lines")).toBe(lines);
  });

  it.each(["managerVollsmose", "managerKorsloekken", "board"] as const)("answers 403 to %s and writes nothing", async (who) => {
    const id = activityId("Brobyggerindsats");
    const lines = count("select count(*) n from funding_lines");
    const flags = count("select count(*) n from fundraising_flags");
    expect((await postLine(id, line(), who)).status).toBe(403);
    expect((await postFlag(id, { intent: "flag", priority: "low" }, who)).status).toBe(403);
    expect(count("select count(*) n from funding_lines")).toBe(lines);
    expect(count("select count(*) n from fundraising_flags")).toBe(flags);
  });

  it("refuses another activity's line id (404)", async () => {
    const other = db().prepare("select id, version from funding_lines where activity_id = ? limit 1").get(activityId("Bydelssøstre")) as {
      id: number;
      version: number;
    };
    const res = await postLine(activityId("Sprogcafé for voksne"), lineUpdate(other));
    expect(res.status).toBe(404);
  });
});

describe("the 25 % warning", () => {
  it("appears when a change takes a plan year below 25 % and disappears when fixed", async () => {
    const year = 2027;
    const warningFor = (warnings: { year: number | null }[]) => warnings.some((w) => w.year === year);
    expect(warningFor((await fundingData()).warnings)).toBe(false);
    // A large foundation grant in 2027 to a city-wide activity dilutes the local share.
    const id = activityId("Sprogcafé for voksne");
    const grant = await postLine(
      id,
      line({ "amount-2026": "", [`amount-${year}`]: "3.000.000", stage: "granted", decidedOn: "2026-06-01", deadline: "" }),
    );
    expect(grant.status).toBe(303);
    const warned = (await fundingData()).warnings.find((w) => w.year === year);
    expect(warned).toBeDefined();
    // The activity page shows its plan's warning too.
    expect(warningFor((await activityData(id)).coFinancingWarnings)).toBe(true);
    // Local money from the municipality lifts it back above 25 %: the amount the warning names, typed as shown.
    expect(warned?.amountMissing).toBeGreaterThan(0);
    const missing = new Intl.NumberFormat("da-DK").format(warned?.amountMissing ?? 0);
    const local = await postLine(
      id,
      line({
        "amount-2026": "",
        [`amount-${year}`]: missing,
        stage: "granted",
        decidedOn: "2026-06-01",
        sourceId: String(sourceId("Odense Kommune")),
        deadline: "",
      }),
    );
    expect(local.status).toBe(303);
    expect(warningFor((await fundingData()).warnings)).toBe(false);
  });
});

describe("fundraising flags", () => {
  it("flags, shows the flag on the activity, in the list filter and on /funding, and resolves it", async () => {
    const id = activityId("Velkomstværter for nye beboere");
    const bad = await postFlag(id, { intent: "flag", priority: "urgent" });
    expect(bad.status).toBe(400);
    expect(refusal(bad).errors.priority).toEqual(["flag.error.priority"]);
    const ok = await postFlag(id, { intent: "flag", priority: "medium", note: "Søg Velux Fonden igen" });
    expect(ok.status).toBe(303);
    expect((await activityData(id)).flags.map((f) => f.note)).toContain("Søg Velux Fonden igen");
    expect(await flaggedIds()).toContain(id);
    expect((await fundingData("?flagged=1")).ranked.rows.map((r) => r.id)).toContain(id);
    const again = await postFlag(id, { intent: "flag", priority: "low" });
    expect(again.status).toBe(409);
    const open = db().prepare("select id from fundraising_flags where activity_id = ? and resolved_at is null").get(id) as { id: number };
    const resolved = await postFlag(id, { intent: "resolve", flagId: String(open.id) });
    expect(resolved.status).toBe(303);
    expect(await flaggedIds()).not.toContain(id);
    expect(count("select count(*) n from audit_log where action in ('flag.create', 'flag.resolve')")).toBeGreaterThanOrEqual(2);
  });

  it("says why a second flag is refused", async () => {
    const res = await postFlag(activityId("Brobyggerindsats"), { intent: "flag", priority: "low" });
    expect(res.status).toBe(409);
    expect(refusal(res).errors._form).toEqual(["flag.error.exists"]);
    expect(danish("flag.error.exists")).toContain("Aktiviteten er allerede markeret");
  });
});

describe("funding sources (admin)", () => {
  it("creates a source that counts as local, refuses a duplicate name, and writes audit rows", async () => {
    const created = await postSource({ name: "Fyens Stiftstidende Fond", kind: "foundation" });
    expect(created.status).toBe(303);
    const dup = await postSource({ name: "Odense Kommune", kind: "municipality" });
    expect(dup.status).toBe(409);
    expect(refusal(dup).errors.name).toEqual(["sources.error.duplicate"]);
    const badKind = await postSource({ name: "X", kind: "bank" });
    expect(badKind.status).toBe(400);
    expect(refusal(badKind).errors.kind).toEqual(["sources.error.kind"]);
    const row = db().prepare("select id from funding_sources where name = 'Fyens Stiftstidende Fond'").get() as { id: number };
    const updated = await postSource({
      id: String(row.id),
      name: "Fyens Stiftstidende Fond",
      kind: "foundation",
      countsAsLocal: "on",
      version: "1",
    });
    expect(updated.status).toBe(303);
    expect((db().prepare("select counts_as_local c from funding_sources where id = ?").get(row.id) as { c: number }).c).toBe(1);
    expect(count("select count(*) n from audit_log where action like 'funding-source.%'")).toBe(2);
  });

  it("treats funding source names that differ only in case as the same", async () => {
    const res = await postSource({ name: "nordea-FONDEN", kind: "foundation" });
    expect(res.status).toBe(409);
    expect(refusal(res).errors.name).toEqual(["sources.error.duplicate"]);
  });
});
