import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { emptyDatabase, makeArea } from "../tests/setup/factories";
import { preparedPerConnection } from "./prepared";
import { areas } from "./schema";
import { writeGeneration } from "./write-generation";

const statements = preparedPerConnection((db) => ({
  residents: db
    .select({ residents: areas.residents })
    .from(areas)
    .where(eq(areas.slug, sql.placeholder("slug")))
    .prepare(),
  setResidents: db
    .update(areas)
    .set({ residents: sql`${sql.placeholder("residents")}` })
    .where(eq(areas.slug, sql.placeholder("slug")))
    .prepare(),
}));

describe("preparedPerConnection", () => {
  it("prepares once per connection, and runs each connection's statements on that connection only", () => {
    const one = emptyDatabase();
    const two = emptyDatabase();
    makeArea(one, "a", 100);
    makeArea(two, "a", 200);
    expect(statements(one)).toBe(statements(one));
    expect(statements(two)).not.toBe(statements(one));
    expect(statements(one).residents.get({ slug: "a" })).toEqual({ residents: 100 });
    expect(statements(two).residents.get({ slug: "a" })).toEqual({ residents: 200 });

    // A connection opened after another was closed gets statements of its own.
    one.$client.close();
    const three = emptyDatabase();
    makeArea(three, "a", 300);
    expect(statements(three).residents.get({ slug: "a" })).toEqual({ residents: 300 });
    expect(statements(two).residents.get({ slug: "a" })).toEqual({ residents: 200 });
    two.$client.close();
    three.$client.close();
  });

  it("counts every run of a prepared write, so cached figures are computed afresh after each", () => {
    const db = emptyDatabase();
    makeArea(db, "a", 100);
    const generations = new Set([writeGeneration(db.$client)]);
    for (const residents of [1, 2, 3]) {
      statements(db).setResidents.run({ slug: "a", residents });
      generations.add(writeGeneration(db.$client));
    }
    expect(generations.size).toBe(4);
    expect(statements(db).residents.get({ slug: "a" })).toEqual({ residents: 3 });
    db.$client.close();
  });
});
