import { beforeAll, describe, expect, it } from "vitest";

import * as activityPage from "../../app/routes/activities.$id";
import * as fundingPage from "../../app/routes/activities.$id_.funding";
import { getDb } from "../../db/client.server";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Withdrawing a funding line (`/activities/:id/funding`, `intent=withdraw`): fundraisers and administrators,
 * against the version the line was shown with; deleted, audited with what it was, and no longer counted.
 */
const sql = () => getDb().$client;
let activityId = 0;
let otherActivityId = 0;
let sourceId = 0;

type LineRow = { id: number; activity_id: number; amount: number; stage: string; version: number };

beforeAll(() => {
  activityId = sql().prepare<[], { id: number }>("select id from activities where title = 'Bydelssøstre'").get()?.id ?? 0;
  otherActivityId = sql().prepare<[number], { id: number }>("select id from activities where id <> ? limit 1").get(activityId)?.id ?? 0;
  sourceId = sql().prepare<[], { id: number }>("select id from funding_sources where name = 'Odense Kommune'").get()?.id ?? 0;
  expect(sourceId).toBeGreaterThan(0);
});

let year = 2026;
function newLine(activity = activityId, amount = 123_000): LineRow {
  const { lastInsertRowid } = sql()
    .prepare("insert into funding_lines (activity_id, source_id, year, amount, stage) values (?, ?, ?, ?, 'granted')")
    .run(activity, sourceId, year, amount);
  year = year === 2026 ? 2027 : 2026;
  return line(Number(lastInsertRowid)) as LineRow;
}
const line = (id: number) => sql().prepare("select * from funding_lines where id = ?").get(id) as LineRow | undefined;
const audits = (id: number) =>
  sql()
    .prepare("select action, before, after from audit_log where entity = 'funding_line' and entity_id = ? order by id")
    .all(String(id)) as {
    action: string;
    before: string | null;
    after: string | null;
  }[];

const withdraw = (as: Who, form: Record<string, string>, activity = activityId) =>
  callAction(fundingPage, { path: `/activities/${activity}/funding`, params: { id: String(activity) }, as, form });
const form = (row: LineRow) => ({ intent: "withdraw", lineId: String(row.id), version: String(row.version) });
const secured = async () => {
  const page = await callLoader(activityPage, { path: `/activities/${activityId}`, params: { id: String(activityId) }, as: "board" });
  const data = page.data as { activity: { secured: number }; money: { secured: number }; fundingLines: { id: number }[] };
  return { secured: data.activity.secured, money: data.money.secured, lines: data.fundingLines.map((l) => l.id) };
};

describe("withdrawing a funding line", () => {
  it.each(["fundraiser", "admin"] as const)(
    "is for %s: the line is deleted, audited with what it was, and no longer counted",
    async (who) => {
      const row = newLine();
      const before = await secured();
      expect(before.lines).toContain(row.id);
      const res = await withdraw(who, form(row));
      expect(res.status).toBe(303);
      expect(res.location).toBe(`/activities/${activityId}?saved=fundingWithdrawn`);
      expect(line(row.id)).toBeUndefined();
      const [audit, ...more] = audits(row.id);
      expect(more).toEqual([]);
      expect(audit?.action).toBe("funding-line.withdraw");
      expect(JSON.parse(audit?.before ?? "")).toMatchObject({ id: row.id, amount: 123_000, stage: "granted", activityId });
      expect(audit?.after).toBeNull();
      const after = await secured();
      expect(after.lines).not.toContain(row.id);
      expect(after.secured).toBe(before.secured - 123_000);
      expect(after.money).toBe(before.money - 123_000);
    },
  );

  it("answers 409 for a line changed meanwhile, and withdraws nothing", async () => {
    const row = newLine();
    sql().prepare("update funding_lines set amount = 1, version = version + 1 where id = ?").run(row.id);
    const res = await withdraw("fundraiser", form(row));
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ errors: { _form: ["withdraw.error.stale"] } });
    expect(line(row.id)).toMatchObject({ amount: 1, version: row.version + 1 });
    expect(audits(row.id)).toEqual([]);
  });

  it("answers 404 for an unknown line, or another activity's, and withdraws nothing", async () => {
    const theirs = newLine(otherActivityId);
    for (const lineId of ["999999", String(theirs.id)]) {
      expect((await withdraw("admin", { intent: "withdraw", lineId, version: String(theirs.version) })).status, lineId).toBe(404);
    }
    expect(line(theirs.id)).toEqual(theirs);
  });

  it.each([
    [{ intent: "withdraw", version: "1" }, "lineId"],
    [{ intent: "withdraw", lineId: "x", version: "1" }, "lineId"],
    [{ intent: "withdraw", lineId: "5" }, "version"],
  ])("refuses %o with 400 beside %s", async (sent, field) => {
    const res = await withdraw("fundraiser", sent);
    expect(res.status).toBe(400);
    expect(Object.keys((res.data as { errors: Record<string, unknown> }).errors)).toContain(field);
  });

  it.each(["managerVollsmose", "managerKorsloekken", "board"] as const)("refuses %s with 403, and withdraws nothing", async (who) => {
    const row = newLine();
    expect((await withdraw(who, form(row))).status).toBe(403);
    expect(line(row.id)).toEqual(row);
    expect(audits(row.id)).toEqual([]);
  });

  it("offers each line's version to the page, for the withdraw button", async () => {
    const row = newLine();
    const page = await callLoader(fundingPage, {
      path: `/activities/${activityId}/funding`,
      params: { id: String(activityId) },
      as: "fundraiser",
    });
    expect((page.data as { lines: { id: number; version: number }[] }).lines.find((l) => l.id === row.id)).toMatchObject({
      version: row.version,
    });
  });
});
