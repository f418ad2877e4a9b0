import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { emptyDatabase, makeArea } from "../tests/setup/factories";
import type { Db } from "./client.server";
import { preparedQuery } from "./prepared";
import { areas } from "./schema";

let one: Db;
let other: Db;

beforeAll(() => {
  one = emptyDatabase();
  other = emptyDatabase();
  makeArea(one, "a", 100);
  makeArea(other, "a", 200);
  makeArea(other, "b", 300);
});

afterAll(() => {
  one.$client.close();
  other.$client.close();
});

describe("preparedQuery", () => {
  it("builds a query once per connection and runs it with each call's values", () => {
    let built = 0;
    const residentsOf = preparedQuery((db) => {
      built += 1;
      return db
        .select({ residents: areas.residents })
        .from(areas)
        .where(eq(areas.slug, sql.placeholder("slug")))
        .prepare();
    });
    expect(residentsOf(one).get({ slug: "a" })).toEqual({ residents: 100 });
    expect(residentsOf(one).get({ slug: "b" })).toBeUndefined();
    expect(built).toBe(1);
    expect(residentsOf(other).get({ slug: "a" })).toEqual({ residents: 200 });
    expect(residentsOf(other).get({ slug: "b" })).toEqual({ residents: 300 });
    expect(built).toBe(2);
  });

  it("takes a list of values as one JSON array", () => {
    const slugsIn = preparedQuery((db) =>
      db
        .select({ slug: areas.slug })
        .from(areas)
        .where(sql`${areas.id} in (select value from json_each(${sql.placeholder("ids")}))`)
        .orderBy(areas.slug)
        .prepare(),
    );
    const ids = other
      .select({ id: areas.id })
      .from(areas)
      .all()
      .map((r) => r.id);
    expect(slugsIn(other).all({ ids: JSON.stringify(ids) })).toEqual([{ slug: "a" }, { slug: "b" }]);
    expect(slugsIn(other).all({ ids: JSON.stringify([]) })).toEqual([]);
  });
});
