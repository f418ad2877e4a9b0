import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../db/client.server";
import { areas, sessions, users } from "../../db/schema";
import type * as WriteGeneration from "../../db/write-generation";
import { writeGeneration, writtenTable } from "../../db/write-generation";
import { emptyDatabase, makeArea } from "../../tests/setup/factories";
import { cachedUntilWrite } from "./figures-cache.server";

let db: Db;

beforeAll(() => {
  db = emptyDatabase();
  makeArea(db, "a", 100);
});

afterAll(() => db.$client.close());

const areaCount = () => cachedUntilWrite(db, "areas", () => ({ n: db.select().from(areas).all().length }));

describe("writtenTable", () => {
  it("names the table an insert, update or delete writes to", () => {
    expect(writtenTable('insert into "areas" ("slug") values (?)')).toBe("areas");
    expect(writtenTable("insert or replace into funding_lines (id) values (1)")).toBe("funding_lines");
    expect(writtenTable('update "activities" set "version" = 2')).toBe("activities");
    expect(writtenTable("delete from `sessions` where 1")).toBe("sessions");
    expect(writtenTable("select * from areas")).toBeNull();
  });
});

describe("cachedUntilWrite", () => {
  it("computes once and answers from the cache while nothing is written", () => {
    let computed = 0;
    const compute = () => ({ n: ++computed });
    expect(cachedUntilWrite(db, "count", compute)).toEqual({ n: 1 });
    db.select().from(areas).all();
    expect(cachedUntilWrite(db, "count", compute)).toEqual({ n: 1 });
    expect(computed).toBe(1);
  });

  it("computes afresh after an insert, and after an update with RETURNING", () => {
    expect(areaCount()).toEqual({ n: 1 });
    makeArea(db, "b", null);
    expect(areaCount()).toEqual({ n: 2 });
    const before = writeGeneration(db.$client);
    db.update(areas).set({ residents: 5 }).where(eq(areas.slug, "b")).returning().get();
    expect(writeGeneration(db.$client)).not.toBe(before);
  });

  it("keeps the cache when only sessions are written (they are in no figure)", () => {
    const user = db.insert(users).values({ email: "s@example.dk", name: "S", role: "board", passwordHash: "x" }).returning().get();
    const before = writeGeneration(db.$client);
    db.insert(sessions).values({ idHash: "h", userId: user.id, lastSeenAt: "2026-01-01", expiresAt: "2027-01-01" }).run();
    db.update(sessions).set({ lastSeenAt: "2026-01-02" }).run();
    expect(writeGeneration(db.$client)).toBe(before);
  });

  it("sees a commit made by another connection (a script, a restore)", () => {
    expect(areaCount()).toEqual({ n: 2 });
    const other = new Database(db.$client.name);
    other.prepare("insert into areas (slug, name, classification) values ('c', 'C', 'other')").run();
    other.close();
    expect(areaCount()).toEqual({ n: 3 });
  });

  it("freezes what it keeps outside production, so a caller cannot change the next reader's figures", () => {
    const value = cachedUntilWrite(db, "frozen", () => ({ list: [1, 2] }));
    expect(() => value.list.push(3)).toThrow(TypeError);
  });
});

describe("write counting across copies of the module", () => {
  it("shares one count per connection, as server.ts and the server build each bundle their own copy", async () => {
    // A second instance of the module, as the server build has beside server.ts's.
    const second = "../../db/write-generation?second-copy";
    const copy = (await import(/* @vite-ignore */ second)) as typeof WriteGeneration;
    const before = copy.writeGeneration(db.$client);
    makeArea(db, "d", null);
    expect(copy.writeGeneration(db.$client)).not.toBe(before);
    expect(writeGeneration(db.$client)).toBe(copy.writeGeneration(db.$client));
  });
});
