import { beforeAll, describe, expect, it } from "vitest";

import * as milestonesPage from "../../app/routes/activities.$id_.milestones";
import * as milestonePage from "../../app/routes/activities.$id_.milestones_.$milestoneId";
import { getDb } from "../../db/client.server";
import { TEST_TODAY } from "../setup/paths";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * A milestone's own page (`/activities/:id/milestones/:milestoneId`): edit its title and due date, delete it
 * while it is not done, reopen a done one; each against the version it was shown with, and audited.
 */
const sql = () => getDb().$client;
let activityId = 0;
let otherMilestoneId = 0;

type MilestoneRow = { id: number; activity_id: number; title: string; due_on: string; done_on: string | null; version: number };

beforeAll(() => {
  activityId = sql().prepare<[], { id: number }>("select id from activities where title = 'Bydelssøstre'").get()?.id ?? 0;
  otherMilestoneId =
    sql().prepare<[number], { id: number }>("select id from milestones where activity_id <> ? limit 1").get(activityId)?.id ?? 0;
  expect(otherMilestoneId).toBeGreaterThan(0);
});

let counter = 0;
function newMilestone(doneOn: string | null = null): MilestoneRow {
  counter += 1;
  const { lastInsertRowid } = sql()
    .prepare("insert into milestones (activity_id, title, due_on, done_on) values (?, ?, '2026-09-01', ?)")
    .run(activityId, `Testmilepæl ${counter}`, doneOn);
  return milestone(Number(lastInsertRowid)) as MilestoneRow;
}

const milestone = (id: number) => sql().prepare("select * from milestones where id = ?").get(id) as MilestoneRow | undefined;
const audits = (id: number) =>
  sql().prepare("select action, before, after from audit_log where entity = 'milestone' and entity_id = ? order by id").all(String(id)) as {
    action: string;
    before: string | null;
    after: string | null;
  }[];
const snapshot = (id: number) => ({ milestone: milestone(id), audits: audits(id).length });

const path = (id: number) => `/activities/${activityId}/milestones/${id}`;
const post = (row: MilestoneRow, as: Who, form: Record<string, string>) =>
  callAction(milestonePage, { path: path(row.id), params: { id: String(activityId), milestoneId: String(row.id) }, as, form });
const edit = (row: MilestoneRow, patch: Record<string, string> = {}) => ({
  intent: "edit",
  title: row.title,
  dueOn: row.due_on,
  version: String(row.version),
  ...patch,
});
const intent = (row: MilestoneRow, name: string) => ({ intent: name, version: String(row.version) });

describe("editing a milestone", () => {
  it("changes its title and due date, bumps its version, and audits before and after", async () => {
    const row = newMilestone();
    const res = await post(row, "managerVollsmose", edit(row, { title: "Netværksmøde flyttet", dueOn: "2026-10-15" }));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${activityId}?saved=milestoneEdited`);
    expect(milestone(row.id)).toMatchObject({ title: "Netværksmøde flyttet", due_on: "2026-10-15", version: row.version + 1 });
    const [audit] = audits(row.id);
    expect(audit?.action).toBe("milestone.update");
    expect(JSON.parse(audit?.before ?? "")).toMatchObject({ title: row.title, dueOn: "2026-09-01" });
    expect(JSON.parse(audit?.after ?? "")).toMatchObject({ title: "Netværksmøde flyttet", dueOn: "2026-10-15" });
  });

  it("writes nothing when nothing changed", async () => {
    const row = newMilestone();
    const res = await post(row, "admin", edit(row));
    expect(res.location).toBe(`/activities/${activityId}?saved=definitionUnchanged`);
    expect(snapshot(row.id)).toEqual({ milestone: row, audits: 0 });
  });

  it.each([
    [{ title: "" }, "title", "form.required"],
    [{ title: "x".repeat(201) }, "title", "form.tooLong"],
    [{ dueOn: "15-10-2026" }, "dueOn", "form.date"],
    [{ dueOn: "2026-02-30" }, "dueOn", "form.date"],
    [{ version: "x" }, "version", "form.version"],
  ])("refuses %o with 400 beside %s, keeping what was typed and changing nothing", async (patch, field, message) => {
    const row = newMilestone();
    const res = await post(row, "managerVollsmose", edit(row, patch));
    expect(res.status).toBe(400);
    expect((res.data as { errors: Record<string, string[]>; values: Record<string, string> }).errors[field]).toContain(message);
    expect((res.data as { values: Record<string, string> }).values).toMatchObject(patch);
    expect(snapshot(row.id)).toEqual({ milestone: row, audits: 0 });
  });

  it("answers 409 when someone changed it meanwhile (marked it done, too), and saves nothing", async () => {
    const row = newMilestone();
    const done = await callAction(milestonesPage, {
      path: `/activities/${activityId}/milestones`,
      params: { id: String(activityId) },
      as: "admin",
      form: { intent: "done", milestoneId: String(row.id), doneOn: TEST_TODAY },
    });
    expect(done.status).toBe(303);
    const before = snapshot(row.id);
    expect(before.milestone?.version).toBe(row.version + 1);
    const res = await post(row, "managerVollsmose", edit(row, { title: "Nyt navn" }));
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ values: { title: "Nyt navn" }, current: { doneOn: TEST_TODAY, version: row.version + 1 } });
    expect(snapshot(row.id)).toEqual(before);
  });
});

describe("deleting a milestone", () => {
  it("deletes one that is not done, and audits what it was", async () => {
    const row = newMilestone();
    const res = await post(row, "managerVollsmose", intent(row, "delete"));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${activityId}?saved=milestoneDeleted`);
    expect(milestone(row.id)).toBeUndefined();
    const [audit] = audits(row.id);
    expect(audit?.action).toBe("milestone.delete");
    expect(JSON.parse(audit?.before ?? "")).toMatchObject({ id: row.id, title: row.title });
    expect(audit?.after).toBeNull();
  });

  it("refuses a done one with 409 (reopen it first), and a stale version with 409", async () => {
    const done = newMilestone("2026-05-01");
    const res = await post(done, "managerVollsmose", intent(done, "delete"));
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ errors: { _form: ["milestoneEdit.error.done"] } });
    expect(snapshot(done.id)).toEqual({ milestone: done, audits: 0 });

    const open = newMilestone();
    expect((await post(open, "admin", edit(open, { title: "Omdøbt" }))).status).toBe(303);
    const before = snapshot(open.id);
    const stale = await post(open, "managerVollsmose", intent(open, "delete"));
    expect(stale.status).toBe(409);
    expect(snapshot(open.id)).toEqual(before);
  });
});

describe("reopening a milestone", () => {
  it("reopens a done one, and audits it", async () => {
    const row = newMilestone("2026-05-01");
    const res = await post(row, "managerVollsmose", intent(row, "reopen"));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${activityId}?saved=milestoneReopened`);
    expect(milestone(row.id)).toMatchObject({ done_on: null, version: row.version + 1 });
    expect(audits(row.id).map((a) => a.action)).toEqual(["milestone.reopen"]);
    // And it can be marked done again as before.
    const done = await callAction(milestonesPage, {
      path: `/activities/${activityId}/milestones`,
      params: { id: String(activityId) },
      as: "managerVollsmose",
      form: { intent: "done", milestoneId: String(row.id), doneOn: TEST_TODAY },
    });
    expect(done.status).toBe(303);
    expect(milestone(row.id)).toMatchObject({ done_on: TEST_TODAY, version: row.version + 2 });
  });

  it("refuses an open one with 409, and a stale version with 409", async () => {
    const open = newMilestone();
    const res = await post(open, "admin", intent(open, "reopen"));
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ errors: { _form: ["milestoneEdit.error.open"] } });
    const done = newMilestone("2026-05-01");
    const stale = await post(done, "admin", { intent: "reopen", version: String(done.version + 1) });
    expect(stale.status).toBe(409);
    expect(snapshot(open.id)).toEqual({ milestone: open, audits: 0 });
    expect(snapshot(done.id)).toEqual({ milestone: done, audits: 0 });
  });
});

describe("who may", () => {
  it.each(["managerKorsloekken", "board", "fundraiser"] as const)(
    "refuses %s with 403 for every change, and changes nothing",
    async (who) => {
      const open = newMilestone();
      const done = newMilestone("2026-05-01");
      for (const [row, form] of [
        [open, edit(open, { title: "x" })],
        [open, intent(open, "delete")],
        [done, intent(done, "reopen")],
        [open, {}],
      ] as const) {
        expect((await post(row, who, form)).status).toBe(403);
      }
      const page = await callLoader(milestonePage, {
        path: path(open.id),
        params: { id: String(activityId), milestoneId: String(open.id) },
        as: who,
      });
      expect(page.status).toBe(403);
      expect(snapshot(open.id)).toEqual({ milestone: open, audits: 0 });
      expect(snapshot(done.id)).toEqual({ milestone: done, audits: 0 });
    },
  );

  it("answers 404 for an unknown milestone, or another activity's", async () => {
    const row = newMilestone();
    for (const milestoneId of ["999999", "0", String(otherMilestoneId)]) {
      const params = { id: String(activityId), milestoneId };
      const where = `/activities/${activityId}/milestones/${milestoneId}`;
      expect((await callLoader(milestonePage, { path: where, params, as: "admin" })).status, where).toBe(404);
      expect((await callAction(milestonePage, { path: where, params, as: "admin", form: intent(row, "delete") })).status, where).toBe(404);
    }
    expect(milestone(row.id)).toEqual(row);
    const other = sql().prepare("select * from milestones where id = ?").get(otherMilestoneId);
    expect(other).toBeDefined();
  });
});
