import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { FUZZ_FIELDS } from "../routes/fuzz-fields";
import {
  actionRouteFiles,
  dataChecksums,
  extraFieldName,
  type FormBody,
  hostileValue,
  paramSetsFromDatabase,
  pathFor,
} from "../setup/fuzz";
import { DEMO_USERS, signIn, startServer, type TestServer } from "../setup/server";

/**
 * The action fuzzer over HTTP, against the built server (issue 15, item 5): what the in-process fuzzer
 * (tests/routes/fuzz-actions-*.test.ts, 10,000 cases) cannot see — server.ts (body limits, connections kept
 * alive) and the page rendered after a refusal. Fewer cases, from the valid forms of
 * tests/routes/fuzz-fields.ts with fields changed, repeated or added; the same rules: no 5xx, no failed
 * connection, nothing on the server's stderr, and a refused request changes no data row. The server keeps
 * what succeeds, so a case meets the database the cases before it left. Seeded by FUZZ_SEED.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260615);
const CASES_PER_ACTION = 12;

let server: TestServer;
let db: Database.Database;
const cookies: Record<string, string> = { anonymous: "" };

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile, { readonly: true });
  for (const [who, email] of Object.entries(DEMO_USERS)) cookies[who] = await signIn(server, email);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

type Case = { who: string; params: Record<string, string>; form: FormBody };

/** Cases for one action: a valid form (or none), with a field or two changed to hostile values, repeated or added. */
function cases(file: string, seed: number): Case[] {
  const spec = FUZZ_FIELDS[file] ?? {};
  const paramSets = paramSetsFromDatabase(db, file);
  const arbitrary = fc
    .record({
      // Signing out would end the session the next cases use.
      who: fc.constantFrom(...(file === "logout.tsx" ? ["anonymous"] : Object.keys(cookies))),
      params: fc.constantFrom(...paramSets),
      pick: fc.nat(),
      changes: fc.array(fc.tuple(fc.nat(), fc.oneof(hostileValue, fc.array(hostileValue, { minLength: 2, maxLength: 3 }))), {
        maxLength: 3,
      }),
      extra: fc.dictionary(extraFieldName, hostileValue, { maxKeys: 2 }),
    })
    .map(({ who, params, pick, changes, extra }) => {
      const examples = spec.examples?.({ db, params, file }) ?? [];
      const example = examples.length > 0 ? examples[pick % examples.length]! : {};
      const form: FormBody = {};
      for (const [name, value] of Object.entries(example)) if (value !== undefined) form[name] = value;
      const names = [...new Set([...Object.keys(form), ...Object.keys(spec.fields ?? {})])];
      for (const [index, value] of changes) if (names.length > 0) form[names[index % names.length]!] = value;
      return { who, params, form: { ...form, ...extra } };
    });
  return fc.sample(arbitrary, { seed, numRuns: CASES_PER_ACTION });
}

describe("every action over HTTP", () => {
  it("answers hostile forms without a 5xx or a broken connection, and a refusal changes no data", { timeout: 180_000 }, async () => {
    const failures: string[] = [];
    let sent = 0;
    let checksum = dataChecksums(db);
    let dataVersion = db.pragma("data_version", { simple: true });
    for (const [index, file] of actionRouteFiles().entries()) {
      for (const c of cases(file, SEED + index)) {
        const body = new URLSearchParams();
        for (const [name, value] of Object.entries(c.form)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
        const what = `POST ${pathFor(file, c.params)} as ${c.who} with ${body.toString().slice(0, 200)}`;
        let status: number;
        try {
          const res = await fetch(`${server.url}${pathFor(file, c.params)}`, {
            method: "POST",
            redirect: "manual",
            headers: { Cookie: cookies[c.who] ?? "", Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
            body,
          });
          await res.arrayBuffer();
          status = res.status;
        } catch (error) {
          failures.push(`${what}: ${(error as Error & { cause?: { code?: string } }).cause?.code ?? String(error)}`);
          continue;
        }
        sent += 1;
        if (status >= 500) failures.push(`${what}: ${status}`);
        // Another connection's commit moves data_version: only then can the checksum have changed.
        const version = db.pragma("data_version", { simple: true });
        if (version !== dataVersion) {
          dataVersion = version;
          const now = dataChecksums(db);
          const changed = Object.keys(now).filter((t) => now[t] !== checksum[t]);
          if (status >= 400 && changed.length > 0) failures.push(`${what}: refused with ${status} but changed ${changed.join(", ")}`);
          checksum = now;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBe(actionRouteFiles().length * CASES_PER_ACTION);
  });
});
