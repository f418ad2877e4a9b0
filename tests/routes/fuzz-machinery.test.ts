import { describe, expect, it } from "vitest";

import { FundingLineSchema } from "../../app/forms/funding.server";
import { AreaCreateSchema } from "../../app/forms/portfolio.server";
import { getDb } from "../../db/client.server";
import {
  actionRouteFiles,
  dataChecksums,
  idsForField,
  installChangeCounter,
  paramSetsFromDatabase,
  pathFor,
  schemaFields,
  versionOfParams,
} from "../setup/fuzz";

/** What the action fuzzer (fuzz-actions-*.test.ts) relies on: if these break, it would fuzz less than it says. */
describe("the fuzzer's machinery", () => {
  it("reads field names and choices through pipes, defaults and a discriminated union of intents", () => {
    const funding = schemaFields(FundingLineSchema);
    expect(funding.get("intent")?.values.sort()).toEqual(
      ["create", "createApplication", "update", "updateApplication", "withdraw", "withdrawApplication"].sort(),
    );
    expect([...funding.keys()]).toEqual(expect.arrayContaining(["sourceId", "stage", "year", "amount", "lineId", "version", "lines"]));
    expect(funding.get("stage")?.values).toEqual(["prospect", "applied", "granted", "paid", "rejected"]);
    const area = schemaFields(AreaCreateSchema);
    expect([...area.keys()].sort()).toEqual(
      ["classification", "descriptionDa", "descriptionEn", "homes", "housingSections", "name", "residents", "slug"].sort(),
    );
  });

  it("finds the route files that export an action", async () => {
    const files = actionRouteFiles();
    expect(files).toEqual(expect.arrayContaining(["activities.$id_.updates.tsx", "login.tsx", "meetings.$id_.items.$itemId.tsx"]));
    expect(files).not.toContain("activities._index.tsx");
  });

  it("takes URL params from the database, a child with its own parent", () => {
    const db = getDb().$client;
    const pairs = paramSetsFromDatabase(db, "activities.$id_.milestones_.$milestoneId.tsx");
    expect(pairs.length).toBeGreaterThan(3);
    for (const { id, milestoneId } of pairs) {
      expect(db.prepare("select 1 from milestones where id = ? and activity_id = ?").get(milestoneId, id)).toBeDefined();
    }
    const areas = paramSetsFromDatabase(db, "admin.areas.$slug.tsx").map((p) => p.slug);
    expect(areas).toContain("vollsmose");
    expect(pathFor("admin.areas.$slug.tsx", { slug: "a b" })).toBe("/admin/areas/a%20b");
    const [first] = pairs;
    expect(versionOfParams(db, "activities.$id_.milestones_.$milestoneId.tsx", first!)).toMatch(/^\d+$/);
    // lineId on an activity's funding page: that activity's lines first.
    const activity = db.prepare("select activity_id id from funding_lines limit 1").get() as { id: number };
    const [line] = idsForField(db, "lineId", "activities.$id_.funding.tsx", { id: String(activity.id) });
    expect(db.prepare("select activity_id a from funding_lines where id = ?").get(line)).toEqual({ a: activity.id });
  });

  it("sees every change to a data row, and none to the sessions", () => {
    const db = getDb().$client;
    const changes = installChangeCounter(db);
    const before = dataChecksums(db);
    db.exec("BEGIN");
    try {
      expect(changes()).toBe(0);
      db.prepare("update areas set residents = residents + 1 where slug = 'vollsmose'").run();
      expect(changes()).toBe(1);
      expect(Object.entries(dataChecksums(db)).filter(([table, sum]) => before[table] !== sum)).toEqual([["areas", expect.any(String)]]);
      expect(Object.keys(before)).not.toContain("sessions");
    } finally {
      db.exec("ROLLBACK");
    }
    expect(dataChecksums(db)).toEqual(before);
  });
});
