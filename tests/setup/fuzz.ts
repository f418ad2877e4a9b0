/**
 * The machinery of the action fuzzer (tests/routes/fuzz-actions.test.ts): which route files have an action,
 * the URL params worth sending them (from the database), the field names a zod schema reads, form bodies
 * generated with fast-check (valid-looking values for the real fields, and hostile ones), and a checksum of
 * the data tables. What is special to one route lives in tests/routes/fuzz-fields.ts.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import type Database from "better-sqlite3";
import fc from "fast-check";
import type { z } from "zod";

import { ROOT, TEST_TODAY } from "./paths";

const ROUTES_DIR = path.join(ROOT, "app/routes");

/** Every route module file (not tests), by its flat-routes file name. */
export function routeFiles(): string[] {
  return fs
    .readdirSync(ROUTES_DIR)
    .filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."))
    .sort();
}

/**
 * The route files that export an action, read from their source (to share them out before any module is
 * loaded; the fuzz test checks this against what the modules export).
 */
export function actionRouteFiles(): string[] {
  return routeFiles().filter((file) =>
    /export\s+(async\s+)?function\s+action\b|export\s+(const|let)\s+action\b|export\s*\{[^}]*\baction\b[^}]*\}/.test(
      fs.readFileSync(path.join(ROUTES_DIR, file), "utf8"),
    ),
  );
}

export function routeModulePath(file: string): string {
  return path.join(ROUTES_DIR, file);
}

/** The segments of a flat-routes file name, as paramsFromPath reads them. */
function segmentsOf(file: string): string[] {
  return file
    .replace(/\.tsx?$/, "")
    .split(/\.(?![^[]*\])/)
    .filter((segment) => segment !== "_index")
    .map((segment) => segment.replace(/_$/, "").replace(/\[(.*?)\]/g, "$1"));
}

/** The URL path of a route file for the given params (`activities.$id_.updates.tsx`, {id: "7"} → /activities/7/updates). */
export function pathFor(file: string, params: Record<string, string>): string {
  const parts = segmentsOf(file).map((segment) => {
    if (segment === "$") return (params["*"] ?? "").split("/").map(encodeURIComponent).join("/");
    if (segment.startsWith("$")) return encodeURIComponent(params[segment.slice(1)] ?? "");
    return segment;
  });
  return `/${parts.join("/")}`;
}

/** A route's URL params in order, each with the static segment before it (`items` for `$itemId`). */
export function paramsOf(file: string): { name: string; after: string | null }[] {
  const out: { name: string; after: string | null }[] = [];
  let previous: string | null = null;
  for (const segment of segmentsOf(file)) {
    if (segment === "$") out.push({ name: "*", after: previous });
    else if (segment.startsWith("$")) out.push({ name: segment.slice(1), after: previous });
    else previous = segment;
  }
  return out;
}

/** How many static segments a file name has: the more, the more specific its match. */
export function staticSegments(file: string): number {
  return segmentsOf(file).filter((s) => !s.startsWith("$")).length;
}

// ---------------------------------------------------------------------------------------------------------
// The database: which table a param or field names, coherent param sets, versions, a data checksum.

export type Sqlite = Database.Database;

function tables(db: Sqlite): string[] {
  return (
    db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]
  ).map((r) => r.name);
}

function columns(db: Sqlite, table: string): string[] {
  return (db.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map((r) => r.name);
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/**
 * The table a URL segment or a field name stands for: `activities` → activities, `items` → agenda_items,
 * `line` (of lineId) → funding_lines, `followUp` → follow_ups. Null when none fits.
 */
export function tableFor(db: Sqlite, word: string | null): string | null {
  if (!word) return null;
  const base = snake(word).replace(/-/g, "_");
  const plural = base.endsWith("s") ? base : `${base}s`;
  const all = tables(db);
  return all.find((t) => t === plural || t === base) ?? all.find((t) => t.endsWith(`_${plural}`)) ?? null;
}

/** The column of `child` that references `parent` (a foreign key), if any. */
function foreignKeyTo(db: Sqlite, child: string, parent: string): string | null {
  const keys = db.prepare(`pragma foreign_key_list("${child}")`).all() as { table: string; from: string }[];
  return keys.find((k) => k.table === parent)?.from ?? null;
}

/**
 * URL params that exist, read from the database by the file name: `$id` after `activities` takes activity
 * ids, `$slug` after `areas` area slugs; a second param takes rows of its table that belong to the first
 * (by their foreign key), so `/activities/:id/milestones/:milestoneId` gets real pairs. Params of no known
 * table get small numbers.
 */
export function paramSetsFromDatabase(db: Sqlite, file: string, limit = 24): Record<string, string>[] {
  const params = paramsOf(file);
  if (params.length === 0) return [{}];
  if (params.some((p) => p.name === "*")) return [{ "*": "no/such/page" }, { "*": "activities" }];
  const resolved = params.map((p) => ({ ...p, table: tableFor(db, p.after) }));
  const keyColumn = (p: (typeof resolved)[number]) => (/slug$/i.test(p.name) ? "slug" : "id");
  const [first, second] = resolved;
  if (!first) return [{}];
  if (!first.table || !columns(db, first.table).includes(keyColumn(first))) {
    return ["1", "2", "3"].map((v) => Object.fromEntries(resolved.map((p) => [p.name, v])));
  }
  if (second?.table && resolved.length === 2) {
    const fk = foreignKeyTo(db, second.table, first.table);
    if (fk && columns(db, second.table).includes(keyColumn(second))) {
      const rows = db
        .prepare(
          `select p."${keyColumn(first)}" a, c."${keyColumn(second)}" b from "${second.table}" c join "${first.table}" p on p.id = c."${fk}" order by c.rowid limit ?`,
        )
        .all(limit) as { a: string | number; b: string | number }[];
      if (rows.length > 0) return rows.map((r) => ({ [first.name]: String(r.a), [second.name]: String(r.b) }));
    }
  }
  const rows = db.prepare(`select "${keyColumn(first)}" k from "${first.table}" order by rowid limit ?`).all(limit) as {
    k: string | number;
  }[];
  return rows.map((r) => Object.fromEntries(resolved.map((p, i) => [p.name, i === 0 ? String(r.k) : "1"])));
}

/** The version of the record the last param names (an activity's for /activities/:id/updates), if it has one. */
export function versionOfParams(db: Sqlite, file: string, params: Record<string, string>): string | null {
  const last = paramsOf(file).at(-1);
  if (!last || last.name === "*") return null;
  const table = tableFor(db, last.after);
  if (!table || !columns(db, table).includes("version")) return null;
  const key = /slug$/i.test(last.name) ? "slug" : "id";
  const row = db.prepare(`select version from "${table}" where "${key}" = ?`).get(params[last.name] ?? "") as
    { version: number } | undefined;
  return row ? String(row.version) : null;
}

/**
 * Ids for a field named like `sourceId`, `areaIds`, `followUpId`: rows of its table, those of the route's
 * record first when the table belongs to it (lines of this activity for `lineId` on /activities/:id/funding).
 */
export function idsForField(db: Sqlite, field: string, file: string, params: Record<string, string>): string[] {
  const match = /^(.+?)Ids?$/.exec(field);
  const table = tableFor(db, match?.[1] ?? null);
  if (!table || !columns(db, table).includes("id")) return [];
  const first = paramsOf(file)[0];
  const parent = first && first.name !== "*" ? tableFor(db, first.after) : null;
  const fk = parent ? foreignKeyTo(db, table, parent) : null;
  let own: { id: number }[] = [];
  if (fk && parent && first) {
    const key = /slug$/i.test(first.name) && columns(db, parent).includes("slug") ? "slug" : "id";
    const row = db.prepare(`select id from "${parent}" where "${key}" = ?`).get(params[first.name] ?? "") as { id: number } | undefined;
    if (row) own = db.prepare(`select id from "${table}" where "${fk}" = ? order by rowid limit 12`).all(row.id) as { id: number }[];
  }
  const any = db.prepare(`select id from "${table}" order by rowid limit 12`).all() as { id: number }[];
  return [...new Set([...own, ...any].map((r) => String(r.id)))];
}

/** Tables whose rows are not the organisation's data: sessions and sign-in throttling come and go. */
const NOT_DATA = new Set(["sessions", "login_failures", "__drizzle_migrations"]);

/** The data tables: every table but sessions, sign-in throttling and drizzle's migration journal. */
export function dataTables(db: Sqlite): string[] {
  return tables(db).filter((t) => !NOT_DATA.has(t));
}

/** A checksum per data table (every row, in rowid order), to compare before and after a request. */
export function dataChecksums(db: Sqlite): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of dataTables(db)) {
    const hash = crypto.createHash("sha1");
    hash.update(JSON.stringify(db.prepare(`select * from "${table}" order by rowid`).raw().all()));
    out[table] = hash.digest("hex");
  }
  return out;
}

/**
 * Counts every row inserted, changed or deleted in a data table on this connection (temporary triggers,
 * seen by this connection only, never stored in the file). When the count stays 0, no data row can have
 * changed, so the full checksum need not be computed for that request.
 */
export function installChangeCounter(db: Sqlite): () => number {
  db.exec(
    "create temp table if not exists fuzz_changes (n integer not null); delete from fuzz_changes; insert into fuzz_changes values (0);",
  );
  for (const table of dataTables(db)) {
    for (const event of ["insert", "update", "delete"]) {
      db.exec(
        `create temp trigger if not exists "fuzz_${table}_${event}" after ${event} on main."${table}" begin update fuzz_changes set n = n + 1; end;`,
      );
    }
  }
  const read = db.prepare("select n from fuzz_changes");
  return () => (read.get() as { n: number }).n;
}

// ---------------------------------------------------------------------------------------------------------
// What a zod schema reads: its field names, with the values a choice allows.

export type FieldHint = { values: string[]; boolean: boolean; array: boolean };

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | null => ((schema as { _zod?: { def?: Def } })?._zod?.def ?? null) as Def | null;

/** What values a field's schema takes: a choice's options, a checkbox, repeated values. */
function hintOf(schema: unknown, depth = 0): FieldHint {
  const hint: FieldHint = { values: [], boolean: false, array: false };
  const def = defOf(schema);
  if (!def || depth > 12) return hint;
  const merge = (other: FieldHint) => {
    hint.values.push(...other.values);
    hint.boolean ||= other.boolean;
    hint.array ||= other.array;
  };
  switch (def.type) {
    case "enum":
      hint.values.push(...Object.values(def.entries as Record<string, string | number>).map(String));
      break;
    case "literal":
      hint.values.push(...(def.values as unknown[]).map(String));
      break;
    case "boolean":
      hint.boolean = true;
      break;
    case "array":
      hint.array = true;
      merge(hintOf(def.element, depth + 1));
      break;
    case "union":
      for (const option of def.options as unknown[]) merge(hintOf(option, depth + 1));
      break;
    case "pipe":
      merge(hintOf(def.in, depth + 1));
      break;
    default:
      for (const key of ["innerType", "schema"]) if (def[key]) merge(hintOf(def[key], depth + 1));
  }
  return hint;
}

/**
 * The top-level field names a form schema reads (through pipes, defaults, unions of intents and
 * intersections), each with its hint. A discriminated union's `intent` gets all its values.
 */
export function schemaFields(schema: z.ZodType | unknown, out = new Map<string, FieldHint>(), depth = 0): Map<string, FieldHint> {
  const def = defOf(schema);
  if (!def || depth > 12) return out;
  const add = (name: string, hint: FieldHint) => {
    const known = out.get(name);
    if (!known) out.set(name, { ...hint, values: [...new Set(hint.values)] });
    else
      out.set(name, {
        values: [...new Set([...known.values, ...hint.values])],
        boolean: known.boolean || hint.boolean,
        array: known.array || hint.array,
      });
  };
  switch (def.type) {
    case "object":
      for (const [name, field] of Object.entries(def.shape as Record<string, unknown>)) add(name, hintOf(field));
      break;
    case "union":
      for (const option of def.options as unknown[]) schemaFields(option, out, depth + 1);
      break;
    case "intersection":
      schemaFields(def.left, out, depth + 1);
      schemaFields(def.right, out, depth + 1);
      break;
    case "pipe":
      schemaFields(def.in, out, depth + 1);
      break;
    default:
      for (const key of ["innerType", "schema"]) if (def[key]) schemaFields(def[key], out, depth + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Values.

const constants = <T>(...values: T[]) => fc.constantFrom(...values);

/** Input no form should choke on: wrong types, injections, control characters, odd Unicode, odd numbers and dates. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  // Wrong types, as a script or a careless client sends them.
  constants(
    "",
    " ",
    "true",
    "false",
    "null",
    "undefined",
    "NaN",
    "Infinity",
    "-Infinity",
    "[object Object]",
    "{}",
    "[]",
    '{"a":1}',
    "[1,2]",
    "0x1F",
    "0b1",
    "1n",
  ),
  // SQL and HTML injection, template and path tricks.
  constants(
    "' OR 1=1 --",
    "'; DROP TABLE activities; --",
    '" OR ""="',
    "1; select * from sessions",
    "1 UNION SELECT password_hash FROM users",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{7*7}}",
    "${7*7}",
    "<!--",
    "]]>",
    "../../etc/passwd",
    "%00",
    "%2e%2e%2f",
    "//evil.example",
    "/.//evil.example",
    "\\\\evil.example",
  ),
  // Control characters and line endings.
  constants(
    "a\u0000b",
    "\u0000",
    "\r\n",
    "a\rb",
    "\u001b[31mred\u001b[0m",
    "\u007f",
    "\u0085",
    "\u2028\u2029",
    "\t\t",
    "\b\f\v",
    "x\u0000".repeat(50),
  ),
  // Odd Unicode: surrogates, direction overrides, zero width, combining marks, other digits, emoji, NFD.
  constants(
    "\ud800",
    "\udfff",
    "a\u202eevil",
    "\u200b",
    "\ufeff",
    "\uffff",
    "\u{10ffff}",
    "e\u0301\u0301\u0301",
    "Z̴̧̛̳̼͖̈́a̸̛̹l̵̡̜̇g̶̩̀o̵̢̐",
    "１２３",
    "١٢٣",
    "٫",
    "👩‍👩‍👧‍👦",
    "O\u0308re",
    "Ø".normalize("NFD"),
    "ﬁ",
    "İ",
    "ß",
  ),
  // Numbers: negative, huge, fractional, in the wrong notation.
  constants(
    "-1",
    "0",
    "-0",
    "00",
    "007",
    "1.5",
    "1,5",
    "-2,5",
    "0,000001",
    "1e3",
    "1E-7",
    "9007199254740993",
    "99999999999999999999",
    "1e308",
    "-1e308",
    "2147483648",
    "4294967296",
    "1.234.567,89",
    "1,234,567.89",
    "1 234 567",
    "1\u00a0000",
    "+5",
    " 5 ",
    "½",
    "5 kr.",
    "1.2.3",
    "1,,2",
  ),
  // Dates that are not, or not plausible.
  constants(
    "2026-02-30",
    "2026-02-29",
    "2026-13-01",
    "2026-00-10",
    "0000-00-00",
    "9999-12-31",
    "1999-12-31",
    "2101-01-01",
    "2026-6-1",
    "15-06-2026",
    "15.06.2026",
    "2026-06-15T25:00:00Z",
    "2026-06-15 ",
    "20260615",
    "-2026-06-15",
    "+002026-06-15",
  ),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  // Huge: past every field's limit, and past the 64 KB body limit.
  fc.tuple(constants(256, 1001, 2001, 5000, 70_000), constants("x", "æ", "ø\u0000", "<b>", "1")).map(([n, unit]) => unit.repeat(n)),
);

const DANISH_TEXT = constants(
  "Bydelssøstre",
  "Lektiecafé i Vollsmose",
  "Ny aktivitet",
  "Møde med boligselskabet",
  "Æblehaven 2",
  "Kort note.",
  "Første linje\nAnden linje",
  "Projektleder Åse Ølgaard",
);

const plainDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const recentDate = fc
  .integer({ min: -800, max: 30 })
  .map((days) => new Date(Date.parse(`${TEST_TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10));
const money = fc.oneof(
  constants("0", "1", "50000", "1.234.567", "1 000 000", "250.000", "75000 kr."),
  fc.nat({ max: 2_000_000 }).map(String),
);
const decimalNumber = fc.oneof(
  constants("0", "3", "12,5", "1.050", "12.5", "-2", "0,5", "100"),
  fc.integer({ min: -1000, max: 100_000 }).map(String),
);
const count = fc.oneof(constants("0", "120", "8.620", "1 200"), fc.nat({ max: 20_000 }).map(String));

/** A field that takes a file (a spreadsheet to import, an attachment), by its name. */
export function isFileField(name: string): boolean {
  return /file|upload|attachment|spreadsheet|sheet|csv|xlsx|import/i.test(name);
}

/** What a file field gets: a small spreadsheet as CSV, one with a byte-order mark, a zip header, nothing. */
const fileContent = fc.oneof(
  constants(
    "Aktivitet;Område;Budget\nBydelssøstre;Vollsmose;1.234.567\n",
    "\ufeffTitle,Area,Budget\r\nLektiecafé,Korsløkken,50000\r\n",
    "PK\u0003\u0004\u0014\u0000\u0006\u0000",
    "",
    "a;b\n" + "1;2\n".repeat(5000),
  ),
  hostileValue,
);

/** The name and type a file is sent with. */
export const fileKind = constants(
  { name: "aktiviteter.csv", type: "text/csv" },
  { name: "aktiviteter.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { name: "../../etc/passwd", type: "text/plain" },
  { name: "", type: "application/octet-stream" },
  { name: "billede.png", type: "image/png" },
);

/** What a person would plausibly type or pick into a field of this name. */
export function plausibleValue(
  name: string,
  hint: FieldHint | undefined,
  context: { ids: string[]; version: string | null },
): fc.Arbitrary<string> {
  if (hint && hint.values.length > 0) return constants(...hint.values);
  if (hint?.boolean) return constants("on", "on", "", "true", "off");
  const lower = name.toLowerCase();
  if (isFileField(name)) return fileContent;
  if (context.ids.length > 0) return constants(...context.ids);
  if (lower === "version")
    return context.version
      ? fc.oneof({ weight: 4, arbitrary: constants(context.version) }, { weight: 1, arbitrary: constants("1", "2", "3") })
      : constants("1", "2", "3");
  if (/(^|[a-z])(id|ids)$/i.test(name)) return fc.integer({ min: 1, max: 40 }).map(String);
  if (/(on|date|deadline|at)$/i.test(name)) return fc.oneof({ weight: 3, arbitrary: recentDate }, { weight: 1, arbitrary: plainDate });
  if (/year/.test(lower)) return fc.integer({ min: 2016, max: 2032 }).map(String);
  if (/amount|budget|kroner/.test(lower)) return money;
  if (/^indicator-|baseline|target|value|actual/.test(lower)) return decimalNumber;
  if (/residents|homes|sections|count/.test(lower)) return count;
  if (/email/.test(lower))
    return fc.oneof(constants("ny.bruger@overblik.test", "admin@overblik.test", "manager.vollsmose@overblik.test"), fc.emailAddress());
  if (/password/.test(lower))
    return fc.oneof(constants("overblik-demo", "et-langt-kodeord-1234"), fc.string({ minLength: 10, maxLength: 30 }));
  if (/slug/.test(lower)) return constants("vollsmose", "korsloekken", "ny-omraade", "vollsmose-current", "");
  if (/redirect|return/.test(lower))
    return constants("/", "/activities", "/my", "//evil.example", "/.//evil.example", "https://evil.example/", "");
  if (/lines/.test(lower)) return constants("1:1", "1:1 2:1");
  return fc.oneof({ weight: 3, arbitrary: DANISH_TEXT }, { weight: 1, arbitrary: fc.string({ maxLength: 60 }) });
}

/** Field names no form of ours has, or has elsewhere: prototype keys, Conform's path syntax, role escalation. */
export const extraFieldName = fc.oneof(
  constants(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "_data",
    "_method",
    "id",
    "version",
    "intent",
    "role",
    "userId",
    "areaIds[0]",
    "a.b",
    "a[0].b",
    "status",
    "",
    " ",
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);

export type FormBody = Record<string, string | string[]>;
