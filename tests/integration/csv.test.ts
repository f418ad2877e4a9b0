import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, signIn, startServer, type TestServer } from "../setup/server";

let server: TestServer;
let cookie: string;

beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server, DEMO_USERS.fundraiser);
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

async function csv(search: string, init?: RequestInit) {
  const res = await fetch(`${server.url}/activities.csv${search}`, {
    ...init,
    headers: { Cookie: [cookie, (init?.headers as Record<string, string> | undefined)?.Cookie].filter(Boolean).join("; ") },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await res.arrayBuffer());
  // UTF-8 byte order mark, so Excel reads æøå.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  return parse(text, { columns: true }) as Record<string, string>[];
}

async function listIds(search: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page < 20; page++) {
    const sep = search ? "&" : "?";
    const html = await (await fetch(`${server.url}/activities${search}${sep}page=${page}`, { headers: { Cookie: cookie } })).text();
    ids.push(...[...html.matchAll(/<th scope="row"><a [^>]*href="\/activities\/(\d+)"/g)].map((m) => m[1] ?? ""));
    if (!html.includes('rel="next"')) break;
  }
  return ids;
}

describe("/activities.csv", () => {
  it("has id as the first column and one row per matching activity", async () => {
    const rows = await csv("");
    expect(Object.keys(rows[0] ?? {})[0]).toBe("id");
    expect(rows.map((r) => r.id).sort()).toEqual((await listIds("")).sort());
    expect(rows.map((r) => r.titel)).toContain("Rådgivning i forældrerollen");
  });

  it("has the same rows as the list for the same filters", async () => {
    for (const search of ["?area=vollsmose&focus=crime", "?funding=unfunded", "?status=active&area=korsloekken", "?q=mentor"]) {
      const rows = await csv(search);
      expect(rows.map((r) => r.id).sort(), search).toEqual((await listIds(search)).sort());
    }
  });

  it("writes money as whole kroner and gap consistent with budget and secured", async () => {
    for (const row of await csv("")) {
      const budget = Number(row.budget_kr);
      const secured = Number(row.sikret_kr);
      expect(Number.isInteger(budget)).toBe(true);
      expect(Number(row.mangler_kr) - Number(row.overskud_kr)).toBe(budget - secured);
    }
  });

  it("uses English headers for an English user", async () => {
    const rows = await csv("?area=vollsmose", { headers: { Cookie: await englishCookie() } });
    expect(Object.keys(rows[0] ?? {})).toContain("budget_dkk");
  });
});
