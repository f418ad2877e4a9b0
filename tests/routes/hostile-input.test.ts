import { describe, expect, it } from "vitest";

import * as indicators from "../../app/routes/activities.$id_.indicators";
import * as milestones from "../../app/routes/activities.$id_.milestones";
import * as updates from "../../app/routes/activities.$id_.updates";
import * as users from "../../app/routes/admin.users._index";
import * as language from "../../app/routes/language";
import * as login from "../../app/routes/login";
import * as logout from "../../app/routes/logout";
import { getDb } from "../../db/client.server";
import { refusal } from "../setup/refusal";
import { callAction, signIn } from "../setup/route-harness";

/**
 * Inputs found in review to produce a 500 once: each must now get a 4xx (or be taken sensibly) and change
 * nothing it should not. Those that are about HTTP itself (body limits, a non-ASCII Location header) are in
 * tests/integration/hostile-input.test.ts.
 */
const db = () => getDb().$client;
const count = (table: string) => (db().prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
const nabohjaelp = () => (db().prepare("select id from activities where title = 'Nabohjælp'").get() as { id: number }).id;

describe("hostile input", () => {
  it("refuses the same indicator twice under another spelling (indicator-01)", async () => {
    const a = db().prepare("select id, version, status from activities where title = 'Nabohjælp'").get() as {
      id: number;
      version: number;
      status: string;
    };
    const ind = db().prepare("select id from indicators where activity_id = ? limit 1").get(a.id) as { id: number };
    const before = count("status_updates");
    const res = await callAction(updates, {
      path: `/activities/${a.id}/updates`,
      params: { id: String(a.id) },
      as: "managerVollsmose",
      form: {
        status: a.status,
        health: "green",
        reportedOn: "2026-06-15",
        version: String(a.version),
        [`indicator-${ind.id}`]: "10",
        [`indicator-0${ind.id}`]: "10",
      },
    });
    expect(res.status).toBe(400);
    expect(refusal(res).errors._form).toEqual(["update.error.indicatorUnknown"]);
    expect(count("status_updates")).toBe(before);
  });

  it("accepts a repeated area id once instead of failing", async () => {
    const area = (db().prepare("select id from areas where slug = 'ejerslykke'").get() as { id: number }).id;
    const res = await callAction(users, {
      path: "/admin/users",
      as: "admin",
      form: {
        email: "dup.area@overblik.test",
        name: "Dup",
        role: "manager",
        areaIds: [String(area), String(area), `0${area}`],
        password: "long-enough-password",
      },
    });
    expect(res.status).toBe(303);
    const user = db().prepare("select id from users where email = 'dup.area@overblik.test'").get() as { id: number };
    expect((db().prepare("select count(*) n from user_areas where user_id = ?").get(user.id) as { n: number }).n).toBe(1);
  });

  it("answers 400, not 500, to a JSON body or no content type on form endpoints", async () => {
    // A session of its own: the sign-out below ends it.
    const cookie = await signIn("board");
    const json = { "Content-Type": "application/json" };
    for (const [path, route] of [
      ["/language", language],
      ["/login", login],
      ["/logout", logout],
    ] as const) {
      const res = await callAction(route, { path, cookie, headers: json, form: { lang: "en" } });
      expect([400, 303], path).toContain(res.status);
    }
    // What fetch sends with a plain string body, and a body with no type at all.
    for (const type of ["text/plain;charset=UTF-8", ""]) {
      const none = await callAction(language, { path: "/language", headers: { "Content-Type": type }, form: { lang: "en" } });
      expect(none.status, type).toBe(400);
    }
  });

  it("answers a double 'mark as done' with the page, not an error", async () => {
    const id = nabohjaelp();
    const m = db().prepare("select id from milestones where activity_id = ? and done_on is null limit 1").get(id) as { id: number };
    const done = () =>
      callAction(milestones, {
        path: `/activities/${id}/milestones`,
        params: { id: String(id) },
        as: "managerVollsmose",
        form: { intent: "done", milestoneId: String(m.id), doneOn: "2026-06-15" },
      });
    expect((await done()).status).toBe(303);
    expect((await done()).status).toBe(303);
    expect(
      (
        db().prepare("select count(*) n from audit_log where action = 'milestone.complete' and entity_id = ?").get(String(m.id)) as {
          n: number;
        }
      ).n,
    ).toBe(1);
  });

  it("writes audit rows for indicators and milestones", async () => {
    const id = nabohjaelp();
    const audits = () =>
      (db().prepare("select count(*) n from audit_log where action in ('indicator.create','milestone.create')").get() as { n: number }).n;
    const before = audits();
    const params = { id: String(id) };
    const indicator = await callAction(indicators, {
      path: `/activities/${id}/indicators`,
      params,
      as: "managerVollsmose",
      form: { name: "Ny", unit: "x", baseline: "0", target: "5", direction: "higher", kind: "cumulative" },
    });
    const milestone = await callAction(milestones, {
      path: `/activities/${id}/milestones`,
      params,
      as: "managerVollsmose",
      form: { intent: "create", title: "M", dueOn: "2026-09-01" },
    });
    expect([indicator.status, milestone.status]).toEqual([303, 303]);
    expect(audits()).toBe(before + 2);
  });
});
