import { beforeAll, describe, expect, it } from "vitest";

import * as activityPage from "../../app/routes/activities.$id";
import * as indicatorPage from "../../app/routes/activities.$id_.indicators_.$indicatorId";
import * as updatesPage from "../../app/routes/activities.$id_.updates";
import { getDb } from "../../db/client.server";
import { TEST_TODAY } from "../setup/paths";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Changing and retiring an indicator (`/activities/:id/indicators/:indicatorId`): who may, what is refused
 * (and then left exactly as it was), what a change writes (the indicator, a revision for the timeline, an
 * audit row), and what a retired indicator no longer does (take figures, count in progress).
 */
const sql = () => getDb().$client;
let activityId = 0;
let otherActivityId = 0;
let otherIndicatorId = 0;

type IndicatorRow = {
  id: number;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: string;
  kind: string;
  retired_on: string | null;
  version: number;
};

beforeAll(() => {
  activityId = sql().prepare<[], { id: number }>("select id from activities where title = 'Bydelssøstre'").get()?.id ?? 0;
  // An activity that does not run in Vollsmose, with an indicator of its own.
  const other = sql()
    .prepare<[], { id: number; indicatorId: number }>(
      `select a.id, i.id as indicatorId from activities a join indicators i on i.activity_id = a.id
       where not exists (select 1 from activity_areas aa join areas ar on ar.id = aa.area_id
                         where aa.activity_id = a.id and ar.slug = 'vollsmose')
       limit 1`,
    )
    .get();
  otherActivityId = other?.id ?? 0;
  otherIndicatorId = other?.indicatorId ?? 0;
  expect(activityId).toBeGreaterThan(0);
  expect(otherIndicatorId).toBeGreaterThan(0);
});

let counter = 0;
/** A fresh indicator of Bydelssøstre (each test its own): 0 → 20 people, higher is better, cumulative. */
function newIndicator(activity = activityId): IndicatorRow {
  counter += 1;
  const { lastInsertRowid } = sql()
    .prepare(
      `insert into indicators (activity_id, name, unit, baseline, target, direction, kind)
       values (?, ?, 'personer', 0, 20, 'higher', 'cumulative')`,
    )
    .run(activity, `Testindikator ${counter}`);
  return indicator(Number(lastInsertRowid));
}

const indicator = (id: number) => sql().prepare("select * from indicators where id = ?").get(id) as IndicatorRow;
const revisions = (id: number) =>
  sql().prepare("select * from indicator_revisions where indicator_id = ? order by id").all(id) as {
    kind: string;
    changed_on: string;
    changed_by: string;
    user_id: number | null;
    reason: string;
    before: string;
    after: string;
  }[];
const audits = (id: number) =>
  sql().prepare("select * from audit_log where entity = 'indicator' and entity_id = ? order by id").all(String(id)) as {
    action: string;
    user_id: number | null;
    before: string;
    after: string;
  }[];
const userId = (email: string) => sql().prepare<[string], { id: number }>("select id from users where email = ?").get(email)?.id;

/** What a refused write must leave: the indicator as it was, no revision, no audit row. */
function snapshot(id: number) {
  return { indicator: indicator(id), revisions: revisions(id).length, audits: audits(id).length };
}

/** The edit form as the page sends it for this indicator, with changes. */
function editForm(row: IndicatorRow, patch: Record<string, string> = {}) {
  return {
    intent: "edit",
    name: row.name,
    unit: row.unit,
    baseline: String(row.baseline),
    target: String(row.target),
    direction: row.direction,
    kind: row.kind,
    version: String(row.version),
    reason: "",
    ...patch,
  };
}

const path = (indicatorId: number, activity = activityId) => `/activities/${activity}/indicators/${indicatorId}`;
const post = (row: IndicatorRow, as: Who, form: Record<string, string>, activity = activityId) =>
  callAction(indicatorPage, {
    path: path(row.id, activity),
    params: { id: String(activity), indicatorId: String(row.id) },
    as,
    form,
  });

describe("changing an indicator", () => {
  it("saves a new target with its reason: the indicator, a revision for the timeline and an audit row", async () => {
    const row = newIndicator();
    const res = await post(row, "managerVollsmose", editForm(row, { target: "25", reason: "Flere tilmeldte end ventet" }));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${activityId}?saved=indicatorEdited`);

    expect(indicator(row.id)).toMatchObject({ target: 25, baseline: 0, version: row.version + 1 });
    const [revision, ...more] = revisions(row.id);
    expect(more).toEqual([]);
    expect(revision).toMatchObject({
      kind: "edit",
      changed_on: TEST_TODAY,
      changed_by: "Karim Nielsen (demo)",
      user_id: userId("manager.vollsmose@overblik.test"),
      reason: "Flere tilmeldte end ventet",
    });
    expect(JSON.parse(revision?.before ?? "")).toEqual({ target: 20 });
    expect(JSON.parse(revision?.after ?? "")).toEqual({ target: 25 });
    const [audit] = audits(row.id);
    expect(audit?.action).toBe("indicator.update");
    expect(JSON.parse(audit?.before ?? "")).toMatchObject({ target: 20, version: row.version });
    expect(JSON.parse(audit?.after ?? "")).toMatchObject({ target: 25, version: row.version + 1, reason: "Flere tilmeldte end ventet" });
  });

  it("lets an administrator change every field, numbers typed the Danish way", async () => {
    const row = newIndicator();
    const res = await post(
      row,
      "admin",
      editForm(row, {
        name: "Kvinder i netværket",
        unit: "kvinder",
        baseline: "40",
        target: "12,5",
        direction: "lower",
        kind: "per_period",
        reason: "Vi måler nu frafald",
      }),
    );
    expect(res.status).toBe(303);
    expect(indicator(row.id)).toMatchObject({
      name: "Kvinder i netværket",
      unit: "kvinder",
      baseline: 40,
      target: 12.5,
      direction: "lower",
      kind: "per_period",
    });
    const [revision] = revisions(row.id);
    expect(JSON.parse(revision?.after ?? "")).toEqual({
      name: "Kvinder i netværket",
      unit: "kvinder",
      baseline: 40,
      target: 12.5,
      direction: "lower",
      kind: "per_period",
    });
  });

  it("needs no reason for a new name, unit, direction or kind", async () => {
    const row = newIndicator();
    const res = await post(row, "managerVollsmose", editForm(row, { name: "Nyt navn", kind: "per_period" }));
    expect(res.status).toBe(303);
    expect(revisions(row.id)).toMatchObject([{ kind: "edit", reason: "" }]);
  });

  it("writes nothing when nothing changed", async () => {
    const row = newIndicator();
    const before = snapshot(row.id);
    const res = await post(row, "managerVollsmose", editForm(row, { reason: "ingen grund" }));
    expect(res.location).toBe(`/activities/${activityId}?saved=definitionUnchanged`);
    expect(snapshot(row.id)).toEqual(before);
  });

  it("refuses a new baseline or target without a reason, beside the reason field, keeping what was typed", async () => {
    const row = newIndicator();
    const before = snapshot(row.id);
    for (const patch of [{ target: "30" }, { baseline: "2" }] as Record<string, string>[]) {
      const res = await post(row, "managerVollsmose", editForm(row, patch));
      expect(res.status).toBe(400);
      expect(res.data).toMatchObject({ errors: { reason: ["indicatorEdit.error.reasonRequired"] }, values: patch });
    }
    expect(snapshot(row.id)).toEqual(before);
  });

  it.each([
    [{ name: "" }, "name", "form.required"],
    [{ unit: "" }, "unit", "form.required"],
    [{ target: "abc" }, "target", "form.number.invalid"],
    [{ target: "1.5" }, "target", "form.number.ambiguous"],
    [{ baseline: "" }, "baseline", "form.required"],
    [{ target: "0" }, "target", "indicator.error.targetEqualsBaseline"],
    [{ direction: "lower", reason: "x" }, "direction", "indicator.error.directionLower"],
    [{ direction: "sideways" }, "direction", "form.invalid"],
    [{ kind: "sometimes" }, "kind", "form.invalid"],
    [{ reason: "x".repeat(1001), target: "21" }, "reason", "form.tooLong"],
    [{ version: "" }, "version", "form.version"],
  ])("refuses %o with 400 beside %s, and changes nothing", async (patch, field, message) => {
    const row = newIndicator();
    const before = snapshot(row.id);
    const res = await post(row, "managerVollsmose", editForm(row, patch));
    expect(res.status).toBe(400);
    expect((res.data as { errors: Record<string, string[]> }).errors[field]).toContain(message);
    expect(snapshot(row.id)).toEqual(before);
  });

  it("refuses an unknown intent with 400", async () => {
    const row = newIndicator();
    const res = await post(row, "managerVollsmose", { intent: "delete", version: String(row.version) });
    expect(res.status).toBe(400);
  });

  it.each(["managerKorsloekken", "board", "fundraiser"] as const)(
    "refuses %s with 403, whatever is sent, and changes nothing",
    async (who) => {
      const row = newIndicator();
      const before = snapshot(row.id);
      const forms: Record<string, string>[] = [
        editForm(row, { target: "25", reason: "x" }),
        { intent: "retire", reason: "x", version: String(row.version) },
        {},
      ];
      for (const form of forms) {
        const res = await post(row, who, form);
        expect(res.status).toBe(403);
      }
      expect(
        (await callLoader(indicatorPage, { path: path(row.id), params: { id: String(activityId), indicatorId: String(row.id) }, as: who }))
          .status,
      ).toBe(403);
      expect(snapshot(row.id)).toEqual(before);
    },
  );

  it("sends anonymous visitors to sign-in", async () => {
    const row = newIndicator();
    const res = await post(row, "anonymous", editForm(row, { target: "25", reason: "x" }));
    expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(path(row.id))}`);
  });

  it("answers 404 for an unknown indicator, another activity's indicator, or an unknown activity", async () => {
    const row = newIndicator();
    const cases = [
      { id: String(activityId), indicatorId: "999999" },
      { id: String(activityId), indicatorId: "abc" },
      { id: String(activityId), indicatorId: String(otherIndicatorId) },
      { id: "999999", indicatorId: String(row.id) },
    ];
    for (const params of cases) {
      const where = `/activities/${params.id}/indicators/${params.indicatorId}`;
      expect((await callLoader(indicatorPage, { path: where, params, as: "admin" })).status, where).toBe(404);
      const res = await callAction(indicatorPage, { path: where, params, as: "admin", form: editForm(row, { target: "25", reason: "x" }) });
      expect(res.status, where).toBe(404);
    }
    // Another activity's indicator, through its own activity, is that manager's: not Vollsmose's.
    const theirs = indicator(otherIndicatorId);
    const res = await post(theirs, "managerVollsmose", editForm(theirs, { target: "99", reason: "x" }), otherActivityId);
    expect(res.status).toBe(403);
    expect(indicator(otherIndicatorId)).toEqual(theirs);
  });

  it("answers 409 when someone changed it meanwhile: nothing saved, what was typed kept, what changed shown", async () => {
    const row = newIndicator();
    const first = await post(row, "admin", editForm(row, { unit: "kvinder" }));
    expect(first.status).toBe(303);
    const before = snapshot(row.id);
    const second = await post(row, "managerVollsmose", editForm(row, { target: "30", reason: "Mere ambitiøst" }));
    expect(second.status).toBe(409);
    expect(second.data).toMatchObject({
      values: { target: "30", reason: "Mere ambitiøst", version: String(row.version) },
      current: { unit: "kvinder", target: 20, version: row.version + 1 },
    });
    expect(snapshot(row.id)).toEqual(before);
    // Saved again with the version the conflict showed, what was typed overwrites, deliberately.
    const again = await post(
      row,
      "managerVollsmose",
      editForm({ ...row, version: row.version + 1 }, { target: "30", reason: "Mere ambitiøst" }),
    );
    expect(again.status).toBe(303);
    expect(indicator(row.id)).toMatchObject({ unit: "personer", target: 30 });
  });
});

describe("retiring an indicator", () => {
  it("keeps its history, records a revision and an audit row, and is final", async () => {
    const row = newIndicator();
    const res = await post(row, "managerVollsmose", {
      intent: "retire",
      reason: "Erstattet af en ny måling",
      version: String(row.version),
    });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${activityId}?saved=indicatorRetired`);
    expect(indicator(row.id)).toMatchObject({ retired_on: TEST_TODAY, version: row.version + 1, target: 20 });
    expect(revisions(row.id)).toMatchObject([{ kind: "retire", reason: "Erstattet af en ny måling", changed_on: TEST_TODAY }]);
    expect(JSON.parse(revisions(row.id)[0]?.after ?? "")).toEqual({ retiredOn: TEST_TODAY });
    expect(audits(row.id).map((a) => a.action)).toEqual(["indicator.retire"]);

    // Retired, it can be neither changed nor retired again: 409, nothing written.
    const retired = indicator(row.id);
    const before = snapshot(row.id);
    const edit = await post(retired, "managerVollsmose", editForm(retired, { target: "25", reason: "x" }));
    expect(edit.status).toBe(409);
    expect(edit.data).toMatchObject({ errors: { _form: ["indicatorEdit.error.retired"] } });
    const again = await post(retired, "admin", { intent: "retire", reason: "igen", version: String(retired.version) });
    expect(again.status).toBe(409);
    expect(snapshot(row.id)).toEqual(before);

    // Its page says it is retired.
    const page = await callLoader(indicatorPage, {
      path: path(row.id),
      params: { id: String(activityId), indicatorId: String(row.id) },
      as: "admin",
    });
    expect(page.data).toMatchObject({ indicator: { retiredOn: TEST_TODAY } });
  });

  it("needs a reason", async () => {
    const row = newIndicator();
    const before = snapshot(row.id);
    const res = await post(row, "managerVollsmose", { intent: "retire", reason: " ", version: String(row.version) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { reason: ["indicatorEdit.error.retireReasonRequired"] } });
    expect(snapshot(row.id)).toEqual(before);
  });

  it("answers 409 for a version someone else changed meanwhile", async () => {
    const row = newIndicator();
    expect((await post(row, "admin", editForm(row, { name: "Omdøbt" }))).status).toBe(303);
    const before = snapshot(row.id);
    const res = await post(row, "managerVollsmose", { intent: "retire", reason: "x", version: String(row.version) });
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ current: { name: "Omdøbt", retiredOn: null } });
    expect(snapshot(row.id)).toEqual(before);
  });
});

describe("a retired indicator", () => {
  const report = (form: Record<string, string>) =>
    callAction(updatesPage, {
      path: `/activities/${activityId}/updates`,
      params: { id: String(activityId) },
      as: "managerVollsmose",
      form,
    });
  const activityVersion = () =>
    sql().prepare<[number], { version: number }>("select version from activities where id = ?").get(activityId)?.version;
  const updateCount = () => sql().prepare<[], { n: number }>("select count(*) n from status_updates").get()?.n;
  const updateForm = () => ({
    status: "active",
    health: "green",
    note: "",
    reportedOn: TEST_TODAY,
    version: String(activityVersion()),
  });

  it("takes no new figures: left out of the status update form, and refused beside its field with 400", async () => {
    const live = newIndicator();
    const row = newIndicator();
    // A figure before retirement counts, and stays.
    expect((await report({ ...updateForm(), [`indicator-${row.id}`]: "7" })).status).toBe(303);
    expect((await post(row, "managerVollsmose", { intent: "retire", reason: "Udgår", version: String(row.version) })).status).toBe(303);

    const form = await callLoader(updatesPage, {
      path: `/activities/${activityId}/updates`,
      params: { id: String(activityId) },
      as: "managerVollsmose",
    });
    const offered = (form.data as { activity: { indicators: { id: number }[] } }).activity.indicators.map((i) => i.id);
    expect(offered).toContain(live.id);
    expect(offered).not.toContain(row.id);

    const updates = updateCount();
    const refused = await report({ ...updateForm(), [`indicator-${row.id}`]: "5", [`indicator-${live.id}`]: "3" });
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ errors: { [`indicator-${row.id}`]: ["indicatorEdit.error.takesNoActuals"] } });
    expect(updateCount()).toBe(updates);
    // An empty field for it (an old form) is no figure, and no reason to refuse the rest.
    const emptyField = await report({ ...updateForm(), [`indicator-${row.id}`]: "", [`indicator-${live.id}`]: "3" });
    expect(emptyField.status).toBe(303);
  });

  it("shows on the activity page as retired with its last value, and its changes on the timeline, newest first", async () => {
    const row = newIndicator();
    expect((await post(row, "managerVollsmose", editForm(row, { target: "25", reason: "Flere tilmeldte" }))).status).toBe(303);
    const edited = indicator(row.id);
    expect(
      (await post(edited, "managerVollsmose", { intent: "retire", reason: "Erstattet", version: String(edited.version) })).status,
    ).toBe(303);

    const page = await callLoader(activityPage, { path: `/activities/${activityId}`, params: { id: String(activityId) }, as: "board" });
    const data = page.data as {
      indicators: { id: number; retiredOn: string | null; progress: { kind: string } }[];
      timeline: { type: string; kind?: string; indicatorId?: number; reason?: string; before?: unknown; after?: unknown }[];
    };
    expect(data.indicators.find((i) => i.id === row.id)).toMatchObject({ retiredOn: TEST_TODAY, progress: { kind: "undefined" } });
    const mine = data.timeline.filter((e) => e.type === "revision" && e.indicatorId === row.id);
    expect(mine).toMatchObject([
      { kind: "retire", reason: "Erstattet" },
      { kind: "edit", reason: "Flere tilmeldte", before: { target: 20 }, after: { target: 25 } },
    ]);
    // Today's changes come before the status updates of earlier days.
    expect(data.timeline[0]?.type).toBe("revision");
  });
});
