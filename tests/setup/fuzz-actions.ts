import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, type MockInstance } from "vitest";

import { getDb } from "../../db/client.server";
import { FUZZ_FIELDS, type FuzzContext } from "../routes/fuzz-fields";
import {
  actionRouteFiles,
  dataChecksums,
  extraFieldName,
  type FieldHint,
  fileKind,
  type FormBody,
  hostileValue,
  idsForField,
  installChangeCounter,
  isFileField,
  paramSetsFromDatabase,
  pathFor,
  plausibleValue,
  routeFiles,
  routeModulePath,
  schemaFields,
  type Sqlite,
  staticSegments,
  versionOfParams,
} from "./fuzz";
import { captured } from "./fuzz-capture";
import { callAction, callLoader, paramsFromPath, type RouteResult, type Who } from "./route-harness";

/**
 * Every action, fuzzed (issue 15, item 5), run by tests/routes/fuzz-actions-*.test.ts (each a share of the
 * actions, so that they run side by side). The route files that export an action are found here, so a new
 * one is fuzzed without an edit; its field names are read from the zod schemas its action validates with
 * (seen at run time: fuzz-capture.ts) and from tests/routes/fuzz-fields.ts. fast-check generates form
 * bodies, valid-looking ones for the real fields and hostile ones, posted as every role. The rules:
 *   - never a 500 (nothing thrown but a Response, no status ≥ 500, no console.error);
 *   - a refused request (status ≥ 400) changes no data row (a checksum of the data tables, sessions and
 *     sign-in throttling aside);
 *   - the page a successful write sends the user to loads.
 * Each case runs in a transaction rolled back after it, so every case meets the same database: a failure
 * reproduces, and shrinks. Seeded: FUZZ_SEED repeats a run, FUZZ_ROUTE picks one route file, FUZZ_CASES sets
 * the total number of cases (10,000 by default).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260615);
const TOTAL_CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const ONLY = process.env.FUZZ_ROUTE;
const WHO: Who[] = ["anonymous", "admin", "managerVollsmose", "managerKorsloekken", "board", "fundraiser"];

type RouteModule = Parameters<typeof callAction>[0];
type Case = {
  who: Who;
  lang: "da" | "en";
  params: Record<string, string>;
  encoding: "urlencoded" | "multipart" | "raw";
  form: FormBody;
  raw: { body: string; type: string | null };
  /** Whether a file field (see isFileField) is sent as a file, and as which. */
  file: { name: string; type: string; asFile: boolean };
  query: string;
};
type Stats = { cases: number; statuses: Record<number, number>; reachedForm: number; checksums: number };

const stats = new Map<string, Stats>();
let sqlite: Sqlite;
let changes: () => number;
let baseline: Record<string, string>;
const allFiles = routeFiles();
const modules = new Map<string, RouteModule & { loader?: unknown }>();

/** Seeds per route from the run's seed and the file name, so adding a route leaves the others' cases alone. */
function seedFor(file: string): number {
  let hash = SEED | 0;
  for (const char of file) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

async function load(file: string) {
  let mod = modules.get(file);
  if (!mod) {
    mod = (await import(routeModulePath(file))) as RouteModule & { loader?: unknown };
    modules.set(file, mod);
  }
  return mod;
}

/** Runs `fn` in a transaction that is rolled back after it: the database is as before, whatever happened. */
async function inRolledBackTransaction<T>(fn: () => Promise<T>): Promise<T> {
  sqlite.exec("BEGIN");
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
  // An action that ended our transaction (a COMMIT of its own) would have written for good: say so.
  if (!sqlite.inTransaction) throw new Error("the request ended the test's transaction");
  sqlite.exec("ROLLBACK");
  return result;
}

const consoleErrors = () => (console.error as unknown as MockInstance).mock?.calls.length ?? 0;

type Probe = { fields: Map<string, FieldHint>; reaching: Set<Who> };

/**
 * Probes an action with empty forms and each `intent` its schemas offer, as every role and for a few of
 * its param sets, to learn the schemas it validates with (their fields, with those listed in
 * fuzz-fields.ts) and who gets that far.
 */
async function probe(file: string, route: RouteModule, paramSets: Record<string, string>[]): Promise<Probe> {
  const fields = new Map<string, FieldHint>();
  const reaching = new Set<Who>();
  const seenIntents = new Set<string>();
  let bodies: FormBody[] = [{}];
  for (let round = 0; round < 4 && bodies.length > 0; round++) {
    const next: FormBody[] = [];
    for (const form of bodies) {
      for (const [who, params] of WHO.flatMap((who) => someOf(paramSets).map((p) => [who, p] as const))) {
        captured.schemas.length = 0;
        await inRolledBackTransaction(() => callAction(route, { path: pathFor(file, params), params, as: who, form }).catch(() => null));
        if (captured.schemas.length > 0) reaching.add(who);
        for (const schema of captured.schemas) {
          for (const [name, hint] of schemaFields(schema)) {
            const known = fields.get(name);
            fields.set(name, known ? { ...known, values: [...new Set([...known.values, ...hint.values])] } : hint);
            if (name === "intent") {
              for (const value of hint.values) {
                if (!seenIntents.has(value)) {
                  seenIntents.add(value);
                  next.push({ intent: value });
                }
              }
            }
          }
        }
      }
    }
    bodies = next;
  }
  for (const name of Object.keys(FUZZ_FIELDS[file]?.fields ?? {}))
    if (!fields.has(name)) fields.set(name, { values: [], boolean: false, array: false });
  return { fields, reaching };
}

/** Up to four items spread over a list. */
function someOf<T>(list: T[]): T[] {
  if (list.length <= 4) return list;
  return [0, 1, 2, 3].map((i) => list[Math.floor((i * list.length) / 4)]!);
}

/** The cases for one route: who, params, and a body built from its fields (or from a valid example, mutated). */
function caseArbitrary(file: string, probe: Probe, paramSets: Record<string, string>[]): fc.Arbitrary<Case> {
  const { fields, reaching } = probe;
  const spec = FUZZ_FIELDS[file] ?? {};
  // A URL carries well-formed text only (a lone surrogate cannot be percent-encoded), as Remix passes it on.
  const urlParam = hostileValue.map(wellFormed);
  const hostileParams = fc.record(
    Object.fromEntries(Object.keys(paramSets[0] ?? {}).map((name) => [name, urlParam])) as Record<string, fc.Arbitrary<string>>,
  );
  const params = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...paramSets) }, { weight: 1, arbitrary: hostileParams });
  const bodies = new Map<string, fc.Arbitrary<FormBody>>();
  const bodyFor = (p: Record<string, string>): fc.Arbitrary<FormBody> => {
    const key = JSON.stringify(p);
    let body = bodies.get(key);
    if (!body) {
      body = makeBody(p);
      bodies.set(key, body);
    }
    return body;
  };
  const makeBody = (p: Record<string, string>): fc.Arbitrary<FormBody> => {
    const context: FuzzContext = { db: sqlite, params: p, file };
    const version = versionOfParams(sqlite, file, p);
    const valueArbs = new Map<string, fc.Arbitrary<string>>();
    for (const [name, hint] of fields) {
      const listed = spec.fields?.[name]?.(context) ?? [];
      const plausible = plausibleValue(name, hint, { ids: idsForField(sqlite, name, file, p), version });
      valueArbs.set(
        name,
        listed.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...listed) }, { weight: 1, arbitrary: plausible }) : plausible,
      );
    }
    const fieldValue = (name: string): fc.Arbitrary<string | string[]> => {
      const plausible = valueArbs.get(name) ?? hostileValue;
      return fc.oneof(
        { weight: 12, arbitrary: plausible },
        { weight: 5, arbitrary: hostileValue },
        { weight: fields.get(name)?.array ? 4 : 1, arbitrary: fc.array(fc.oneof(plausible, hostileValue), { minLength: 2, maxLength: 4 }) },
      );
    };
    const generated = fc
      .tuple(
        fc.record(Object.fromEntries([...fields.keys()].map((name) => [name, fieldValue(name)])), { requiredKeys: [] }),
        fc.dictionary(extraFieldName, hostileValue, { maxKeys: 3 }),
        fc.nat({ max: 9 }),
      )
      // Mostly only the fields; sometimes extra ones too (they may replace a real field's value).
      .map(([real, extra, roll]) => (roll < 7 ? real : { ...real, ...extra }) as FormBody);
    const examples = (spec.examples?.(context) ?? []).map(
      (example) => Object.fromEntries(Object.entries(example).filter(([, value]) => value !== undefined)) as FormBody,
    );
    if (examples.length === 0) return generated;
    // A valid form, a few of its fields changed, dropped or added: close to what a person sends.
    const mutated = fc
      .tuple(
        fc.constantFrom(...examples),
        fc.dictionary(
          fc.constantFrom(...new Set([...fields.keys(), ...Object.keys(examples[0] ?? {})])),
          fc.option(hostileValue, { nil: undefined }),
          { maxKeys: 2 },
        ),
      )
      .map(([example, changes]) => {
        const body: FormBody = { ...example };
        for (const [name, value] of Object.entries(changes)) {
          if (value === undefined) Reflect.deleteProperty(body, name);
          else body[name] = value;
        }
        return body;
      });
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...examples) },
      { weight: 3, arbitrary: mutated },
      { weight: 4, arbitrary: generated },
    );
  };
  return fc
    .record({
      // Those who get past the door get most of the cases; the others still knock.
      who: fc.oneof(...WHO.map((who) => ({ weight: reaching.has(who) ? 10 : 1, arbitrary: fc.constant(who) }))),
      lang: fc.constantFrom<"da" | "en">("da", "da", "en"),
      params: params,
      encoding: fc.constantFrom<Case["encoding"]>(...Array<Case["encoding"]>(16).fill("urlencoded"), "multipart", "multipart", "raw"),
      raw: fc.record({
        body: fc.oneof(fc.constantFrom('{"status":"active"}', "%%%", "%E0%A4%A", "a=1&a=2&&&=&", "\u0000", "=x&x=", ""), hostileValue),
        type: fc.constantFrom(
          "application/json",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data",
          "multipart/form-data; boundary=x",
          null,
        ),
      }),
      file: fc.record({ name: fileKind.map((k) => k.name), type: fileKind.map((k) => k.type), asFile: fc.boolean() }),
      query: fc.constantFrom("", "", "", "", "?index", "?redirectTo=%2F%2Fevil.example", "?_data=routes%2Froot", "?saved=x"),
    })
    .chain((c) => bodyFor(c.params).map((form) => ({ ...c, form })));
}

/** Lone surrogates as U+FFFD, as the URL parser does. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** The route a location leads to (the most specific file whose pattern matches), with its params. */
async function routeFor(location: string): Promise<{ file: string; params: Record<string, string> } | null> {
  const matches = allFiles.flatMap((file) => {
    try {
      return [{ file, params: paramsFromPath(file, location) }];
    } catch {
      return [];
    }
  });
  matches.sort((a, b) => staticSegments(b.file) - staticSegments(a.file));
  return matches.find((m) => m.file !== "$.tsx") ?? null;
}

/** One case: the request, then the rules. Returns what broke, or null. */
async function runCase(file: string, route: RouteModule, c: Case, tally: Stats): Promise<string | null> {
  const path = `${pathFor(file, c.params)}${c.query}`;
  return inRolledBackTransaction(async () => {
    const errorsBefore = consoleErrors();
    captured.schemas.length = 0;
    // A file field is sent as a file (a multipart body) in half the cases, as text in the others.
    const fileFields = c.file.asFile && c.encoding !== "raw" ? Object.keys(c.form).filter(isFileField) : [];
    const form = { ...c.form };
    const files: Record<string, { name: string; type: string; content: string }> = {};
    for (const field of fileFields) {
      const value = form[field];
      files[field] = { name: c.file.name, type: c.file.type, content: Array.isArray(value) ? value.join("\n") : (value ?? "") };
      Reflect.deleteProperty(form, field);
    }
    let res: RouteResult;
    try {
      res = await callAction(route, {
        path,
        params: c.params,
        as: c.who,
        lang: c.lang,
        form,
        files: fileFields.length > 0 ? files : undefined,
        multipart: c.encoding === "multipart",
        body: c.encoding === "raw" ? c.raw.body : undefined,
        headers: c.encoding === "raw" && c.raw.type ? { "Content-Type": c.raw.type } : {},
      });
    } catch (error) {
      return `threw (a 500): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    }
    tally.cases += 1;
    tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
    if (captured.schemas.length > 0) tally.reachedForm += 1;
    if (res.status >= 500) return `answered ${res.status}: ${res.text.slice(0, 300)}`;
    if (consoleErrors() > errorsBefore) return "logged an error";
    if (res.status >= 400 && (changes() > 0 || tally.cases % 50 === 0)) {
      tally.checksums += 1;
      const now = dataChecksums(sqlite);
      const changed = Object.keys(baseline).filter((t) => baseline[t] !== now[t]);
      if (changed.length > 0) return `refused with ${res.status} but changed ${changed.join(", ")}`;
    }
    if (res.status >= 300 && res.status < 400 && res.location?.startsWith("/")) {
      // The page a save sends the person to must load with what was saved.
      const target = await routeFor(res.location);
      const mod = target ? await load(target.file) : null;
      if (target && mod?.loader) {
        try {
          const page = await callLoader(mod as Parameters<typeof callLoader>[0], {
            path: res.location,
            params: target.params,
            as: c.who,
            lang: c.lang,
          });
          if (page.status >= 500) return `the page after the redirect to ${res.location} answered ${page.status}`;
        } catch (error) {
          return `the page after the redirect to ${res.location} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        }
      }
    }
    return null;
  });
}

/**
 * The fuzz tests for one share of the actions (`shard` of `shards`, by file name order); the shares
 * together cover every action, each with its share of the cases.
 */
export function fuzzActions({ shard, shards }: { shard: number; shards: number }): void {
  const mine = actionRouteFiles().filter((_, i) => i % shards === shard);
  const exported: string[] = [];

  beforeAll(async () => {
    sqlite = getDb().$client;
    changes = installChangeCounter(sqlite);
    // Sessions for every role, made before any case (a case's own writes are rolled back).
    const healthz = await load("healthz.tsx");
    for (const who of WHO) await callLoader(healthz as Parameters<typeof callLoader>[0], { path: "/healthz", as: who });
    baseline = dataChecksums(sqlite);
    for (const file of allFiles) if (typeof (await load(file)).action === "function") exported.push(file);
    console.log(
      `Fuzzing ${mine.length} of ${exported.length} actions, seed ${SEED} (repeat with FUZZ_SEED=${SEED}; one route with FUZZ_ROUTE=<file>)`,
    );
    // Loading every route module takes a while on a busy machine.
  }, 60_000);

  afterAll(() => {
    const rows = [...stats.entries()].map(([file, s]) => {
      const statuses = Object.entries(s.statuses)
        .map(([status, n]) => `${status}×${n}`)
        .join(" ");
      return `  ${file.padEnd(48)} ${String(s.cases).padStart(5)} cases, ${String(s.reachedForm).padStart(5)} reached the form  ${statuses}`;
    });
    const total = [...stats.values()].reduce((sum, s) => sum + s.cases, 0);
    console.log(`Fuzzed ${total} cases (seed ${SEED}):\n${rows.join("\n")}`);
  });

  describe("every action, fuzzed", () => {
    it("finds every action in app/routes", () => {
      // What the file names say (read to share the actions out) is what the modules export.
      expect(actionRouteFiles()).toEqual(exported);
      expect(exported.length).toBeGreaterThan(20);
      // A field list for a file that is not a route with an action is a typo or a leftover.
      expect(Object.keys(FUZZ_FIELDS).filter((f) => !exported.includes(f))).toEqual([]);
    });

    const actions = actionRouteFiles();
    const weightOf = (file: string) => FUZZ_FIELDS[file]?.weight ?? 1;
    const totalWeight = actions.reduce((sum, f) => sum + weightOf(f), 0);
    const runsOf = (file: string) => Math.ceil((TOTAL_CASES * weightOf(file)) / totalWeight);

    for (const file of mine) {
      if (ONLY && file !== ONLY) continue;
      it(`${file}: no 500, and a refused request changes no data`, { timeout: 120_000 }, async () => {
        const route = await load(file);
        const spec = FUZZ_FIELDS[file];
        const paramSets = spec?.params?.(sqlite) ?? paramSetsFromDatabase(sqlite, file);
        const probed = await probe(file, route, paramSets);
        const numRuns = runsOf(file);
        const tally: Stats = { cases: 0, statuses: {}, reachedForm: 0, checksums: 0 };
        stats.set(file, tally);
        const details = await fc.check(
          fc.asyncProperty(caseArbitrary(file, probed, paramSets), async (c) => {
            const problem = await runCase(file, route, c, tally);
            if (problem) throw new Error(problem);
          }),
          { seed: seedFor(file), numRuns },
        );
        if (details.failed) {
          throw new Error(
            `${String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance)}\n\n${fc.defaultReportMessage(details)}\n\nRepeat with: FUZZ_SEED=${SEED} FUZZ_ROUTE='${file}' npx vitest run --project routes tests/routes/fuzz-actions-*.test.ts`,
          );
        }
        // The fuzzer must get past the door: some cases reach the form's validation (an action that reads none aside).
        if (probed.fields.size > 0) expect(tally.reachedForm, `no case of ${file} reached its form`).toBeGreaterThan(0);
      });
    }

    // The shares' cases add up to at least TOTAL_CASES: each share runs all of its own.
    it.skipIf(ONLY !== undefined)(`fuzzed each of its ${mine.length} actions with its share of ${TOTAL_CASES} cases`, () => {
      expect(mine.filter((f) => (stats.get(f)?.cases ?? 0) < runsOf(f))).toEqual([]);
    });
  });
}
