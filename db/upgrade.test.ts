import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

import { databaseAtMigration, migrationTags } from "../tests/setup/migrations";
import { migrateDatabase } from "./migrate";

/**
 * Upgrades lose nothing: a database made by an older version, filled with data, migrated to the latest
 * version, keeps every row and every value of every table and column it had. Generic over the migrations:
 * it starts from the state after each migration in drizzle/, so a new migration is covered by adding it.
 */
const tags = migrationTags();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "overblik-upgrade-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Column = { name: string; type: string; notnull: number; pk: number };
type ForeignKey = { table: string; from: string; to: string | null };

const tablesOf = (sqlite: Database.Database) =>
  (
    sqlite
      .prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations'")
      .all() as {
      name: string;
      sql: string;
    }[]
  ).sort((a, b) => a.name.localeCompare(b.name));

/** Parents before children, so that every foreign key can point at a row that exists. */
function inInsertOrder(sqlite: Database.Database, tables: { name: string; sql: string }[]) {
  const ordered: { name: string; sql: string }[] = [];
  const pending = [...tables];
  while (pending.length > 0) {
    const ready = pending.findIndex((t) =>
      (sqlite.pragma(`foreign_key_list("${t.name}")`) as ForeignKey[]).every(
        (fk) => fk.table === t.name || ordered.some((o) => o.name === fk.table),
      ),
    );
    if (ready === -1) throw new Error(`foreign keys form a cycle among ${pending.map((t) => t.name).join(", ")}`);
    ordered.push(...pending.splice(ready, 1));
  }
  return ordered;
}

const ROWS = 3;

/**
 * A value for row `i` of a column that satisfies the table's checks as our migrations write them: listed
 * values (`in (...)`), ranges (`between`), globbed slugs, lower-case e-mails, dates in order. Text carries
 * Danish letters and a no-break space, so an upgrade that mangles text is caught too.
 */
function valueFor(table: { name: string; sql: string }, column: Column, i: number): unknown {
  const col = `"${table.name}"."${column.name}"`;
  const listed = new RegExp(`${escape(col)} in \\(([^)]*)\\)`).exec(table.sql)?.[1];
  if (listed) {
    const values = [...listed.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    return values[i % values.length];
  }
  const between = new RegExp(`${escape(col)} between (\\d+) and (\\d+)`).exec(table.sql);
  if (between) return Number(between[1]) + i;
  if (/(_on)$/.test(column.name)) return `2026-0${1 + (i % 9)}-15`;
  if (/(_at)$/.test(column.name)) return `2026-0${1 + (i % 9)}-15T10:00:00.000Z`;
  if (column.name === "email") return `person${i}.${table.name}@example.dk`;
  const type = column.type.toLowerCase();
  if (type.includes("int")) return i + 1;
  if (type.includes("real") || type.includes("num")) return i + 0.5;
  if (new RegExp(`${escape(col)} not glob`).test(table.sql)) return `v${i}-${table.name.replace(/_/g, "-")}`;
  return `Ærø ${table.name}.${column.name} ${i} — 1.234\u00a0kr.`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Fills every table with ROWS rows; returns what went in, per table, for the comparison afterwards. */
function fill(sqlite: Database.Database) {
  for (const table of inInsertOrder(sqlite, tablesOf(sqlite))) {
    const columns = sqlite.pragma(`table_info("${table.name}")`) as Column[];
    const foreignKeys = sqlite.pragma(`foreign_key_list("${table.name}")`) as ForeignKey[];
    for (let i = 0; i < ROWS; i++) {
      const row: Record<string, unknown> = {};
      for (const column of columns) {
        const fk = foreignKeys.find((f) => f.from === column.name);
        if (fk) {
          // Row i points at the parent's row i: pairs stay unique in join tables.
          const key = fk.to ?? "rowid";
          const parents = sqlite.prepare(`select "${key}" as k from "${fk.table}" order by rowid`).all() as { k: unknown }[];
          row[column.name] = parents[i % parents.length]?.k;
        } else if (column.pk === 1 && column.type.toLowerCase() === "integer" && columns.filter((c) => c.pk > 0).length === 1) {
          row[column.name] = i + 1;
        } else {
          row[column.name] = valueFor(table, column, i);
        }
      }
      const names = Object.keys(row);
      try {
        sqlite
          .prepare(`insert into "${table.name}" (${names.map((n) => `"${n}"`).join(", ")}) values (${names.map(() => "?").join(", ")})`)
          .run(...names.map((n) => row[n]));
      } catch (error) {
        throw new Error(`Could not fill ${table.name} (teach valueFor about its new constraint): ${(error as Error).message}`);
      }
    }
  }
}

function snapshot(sqlite: Database.Database): Record<string, { columns: string[]; rows: unknown[][] }> {
  const result: Record<string, { columns: string[]; rows: unknown[][] }> = {};
  for (const table of tablesOf(sqlite)) {
    const columns = (sqlite.pragma(`table_info("${table.name}")`) as Column[]).map((c) => c.name);
    const rows = sqlite.prepare(`select * from "${table.name}" order by rowid`).raw().all() as unknown[][];
    result[table.name] = { columns, rows };
  }
  return result;
}

describe("upgrading a database", () => {
  const starts = tags.map((tag, index) => ({ tag, count: index + 1 })).slice(0, -1);

  it("starts from every migration but the last (the first is 0000_init)", () => {
    expect(starts[0]?.tag).toBe("0000_init");
    expect(starts.length).toBe(tags.length - 1);
  });

  it.each(starts)("from $tag to the latest keeps every row and value", ({ count }) => {
    const { db } = databaseAtMigration(count, tmp);
    const sqlite = db.$client;
    fill(sqlite);
    const before = snapshot(sqlite);
    for (const [name, table] of Object.entries(before)) expect(table.rows.length, `${name} was filled`).toBe(ROWS);

    migrateDatabase(db);

    const after = snapshot(sqlite);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    const applied = sqlite.prepare("select count(*) n from __drizzle_migrations").get() as { n: number };
    expect(applied.n).toBe(tags.length);
    for (const [name, old] of Object.entries(before)) {
      const now = after[name];
      expect(now, `table ${name} still exists`).toBeDefined();
      expect(now!.rows.length, `rows of ${name}`).toBe(old.rows.length);
      for (const [c, column] of old.columns.entries()) {
        const index = now!.columns.indexOf(column);
        expect(index, `column ${name}.${column} still exists`).toBeGreaterThanOrEqual(0);
        expect(
          now!.rows.map((r) => r[index]),
          `values of ${name}.${column}`,
        ).toEqual(old.rows.map((r) => r[c]));
      }
    }
    sqlite.close();
  });
});
