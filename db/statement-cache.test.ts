import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { cachedUntilWrite } from "../app/models/figures-cache.server";
import { emptyDatabase, makeArea } from "../tests/setup/factories";
import type { Db } from "./client.server";
import { areas } from "./schema";
import { timeStatements, withStatementTally } from "./statement-timing";

let db: Db;

beforeAll(() => {
  db = emptyDatabase();
  makeArea(db, "a", 100);
  makeArea(db, "b", 200);
});

afterAll(() => db.$client.close());

describe("the connection's statement cache", () => {
  it("hands out the statement it compiled before for the same text", () => {
    const first = db.$client.prepare("select slug from areas order by slug");
    expect(db.$client.prepare("select slug from areas order by slug")).toBe(first);
    expect(db.$client.prepare("select slug from areas order by slug desc")).not.toBe(first);
  });

  it("hands a statement out in its plain mode, whatever mode its last user left it in", () => {
    const text = "select slug, residents from areas order by slug";
    expect(db.$client.prepare(text).raw().all()).toEqual([
      ["a", 100],
      ["b", 200],
    ]);
    expect(db.$client.prepare(text).all()).toEqual([
      { slug: "a", residents: 100 },
      { slug: "b", residents: 200 },
    ]);
    db.$client.prepare(text).pluck();
    expect(db.$client.prepare(text).get()).toEqual({ slug: "a", residents: 100 });
    // drizzle reads some queries in raw mode and others not: both still map their rows.
    expect(db.select({ slug: areas.slug }).from(areas).where(eq(areas.slug, "b")).get()).toEqual({ slug: "b" });
    expect(db.all<{ slug: string }>(`select slug from areas where slug = 'b'`)).toEqual([{ slug: "b" }]);
  });

  it("prepares another statement for a text whose statement is still being iterated", () => {
    const text = "select slug from areas order by slug";
    const seen: string[] = [];
    for (const row of db.$client.prepare(text).iterate() as Iterable<{ slug: string }>) {
      seen.push(row.slug, ...(db.$client.prepare(text).all() as { slug: string }[]).map((r) => r.slug));
    }
    expect(seen).toEqual(["a", "a", "b", "b", "a", "b"]);
  });

  it("still counts the writes of a statement it hands out again, so that cached figures are dropped", () => {
    const count = () => cachedUntilWrite(db, "statement-cache: areas", () => db.select().from(areas).all().length);
    expect(count()).toBe(2);
    const insert = "insert into areas (slug, name, classification) values (?, ?, 'other')";
    db.$client.prepare(insert).run("c", "C");
    expect(count()).toBe(3);
    db.$client.prepare(insert).run("d", "D");
    expect(count()).toBe(4);
  });

  it("keeps the most recently used 500 statements and drops the oldest", () => {
    const oldest = db.$client.prepare("select 'oldest'");
    const kept = db.$client.prepare("select 'kept'");
    for (let i = 0; i < 499; i++) {
      db.$client.prepare(`select ${i}`);
      if (i === 100) db.$client.prepare("select 'kept'");
    }
    expect(db.$client.prepare("select 'kept'")).toBe(kept);
    expect(db.$client.prepare("select 'oldest'")).not.toBe(oldest);
  });

  it("is timed once per run when the bench times statements (SERVER_TIMING)", () => {
    timeStatements(db.$client);
    const tally = { ms: 0, statements: 0 };
    withStatementTally(tally, () => {
      for (let i = 0; i < 3; i++) db.select().from(areas).where(eq(areas.slug, "a")).get();
    });
    expect(tally.statements).toBe(3);
  });
});
