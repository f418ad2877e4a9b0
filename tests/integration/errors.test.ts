import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROOT } from "../setup/paths";
import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";
import { type ServerProcess, startServerProcess } from "../setup/server-process";
import { copyTemplate, removeDatabase } from "../setup/template-db";

/** What must never reach a response: stack frames, file paths, exception names. */
const LEAKS = [/URIError/, /SqliteError/, /node_modules/, /\/work\//, /\bat [\w.<>]+ \(/, /\.(?:js|ts):\d+/, /no such table/];

function expectNoLeak(text: string, what: string) {
  for (const leak of LEAKS) expect(text, `${what} leaks ${leak}`).not.toMatch(leak);
}

const HOSTILE_PATHS = [
  "/%FF",
  "/%E0%A4%A",
  "/a%FFb?x=%FF",
  "/build/%FF",
  "/dkfds/%C0%AF",
  "/%",
  "/%00",
  "/%2e%2e/%2e%2e/etc/passwd",
  `/${"a".repeat(8000)}`,
  `/${"%FF".repeat(2000)}`,
];

describe("npm run serve without NODE_ENV in the environment", () => {
  let served: ServerProcess;
  let dbFile: string;
  beforeAll(async () => {
    dbFile = copyTemplate("npm-serve");
    served = await startServerProcess({ dbFile, via: "npm" });
  });
  afterAll(async () => {
    await served.stop();
    removeDatabase(dbFile);
  });

  it("runs in production mode", () => {
    expect(served.output()).toMatch(/listening on http:\/\/\S+ \(production\)/);
  });

  it("serves what `npm start` serves, server.ts compiled to build/server.js, with the page's language preloaded", async () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.serve).toMatch(/ build\/server\.js$/);
    const html = await (await fetch(`${served.url}/login`)).text();
    // Found from the project's build, which the compiled server (in build/) must still look for in the project.
    expect(html).toMatch(/<link rel="modulepreload" href="\/build\/_shared\/catalogue-da-\w+\.js"/);
  });

  it.each(HOSTILE_PATHS.map((p) => [p.length > 40 ? `${p.slice(0, 40)}… (${p.length} characters)` : p, p]))(
    "answers %s without a stack or a path",
    async (_label, path) => {
      const res = await fetch(`${served.url}${path}`, { redirect: "manual" });
      expect(res.status, path).toBeLessThan(500);
      expectNoLeak(await res.text(), path);
    },
  );

  it("answers a malformed URL with 400 and a plain message in Danish and English", async () => {
    const res = await fetch(`${served.url}/%FF`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain("Ugyldig adresse");
    expect(text).toContain("Invalid address");
  });

  it("logs no stack for a client's malformed URL", () => {
    expect(served.output()).not.toMatch(/URIError/);
  });

  // Found by fuzzing: each of these logged an "Unexpected error" with a stack, so anyone could fill the log.
  it.each([
    ["a page that takes no form", "/activities"],
    ["a page that takes no form, as a data request", "/areas?_data=routes%2Fareas._index"],
    ["a route that does not exist, as a data request", "/activities?_data=routes%2Fno-such-route"],
  ])("answers a POST to %s with a 4xx and logs nothing", async (_label, path) => {
    const before = served.output();
    const res = await fetch(`${served.url}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: served.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: "x=1",
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectNoLeak(await res.text(), path);
    // Give the server a moment to write anything it would log about this request.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(served.output().slice(before.length)).toBe("");
  });
});

describe("an unexpected error in a loader", () => {
  let server: TestServer;
  let db: Database.Database;
  let cookie: string;

  beforeAll(async () => {
    server = await startServer();
    db = new Database(server.dbFile);
    cookie = await signIn(server, DEMO_USERS.board);
    // A table the areas page reads disappears: its loader throws a SqliteError.
    db.exec("PRAGMA foreign_keys = OFF; ALTER TABLE areas RENAME TO areas_gone");
  });

  afterAll(async () => {
    db.exec("ALTER TABLE areas_gone RENAME TO areas");
    db.close();
    await server.stop();
  });

  it("shows the person an error id that the log holds, with the error, and no details", async () => {
    const res = await request(server, "/areas", { cookie });
    expect(res.status).toBe(500);
    const html = await res.text();
    const id = html
      .match(/Fejl-id: <!-- -->([0-9a-f]{12})|Fejl-id: ([0-9a-f]{12})/)
      ?.slice(1)
      .find(Boolean);
    expect(id, "the page shows an error id").toBeTruthy();
    expect(res.headers.get("x-request-id")).toBe(id);
    expectNoLeak(html, "the error page");
    const logLine = server
      .stderr()
      .split("\n")
      .find((line) => line.includes(id!));
    expect(logLine, "the log names the id").toBeTruthy();
    expect(server.stderr()).toMatch(new RegExp(`${id}[\\s\\S]*no such table: areas`));
  });

  it("gives the id with a data request's error too, for the error page after a client-side navigation", async () => {
    const res = await request(server, "/areas?_data=routes%2Fareas._index", { cookie });
    expect(res.status).toBe(500);
    const body = (await res.json()) as { message: string };
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(body.message).toContain(id);
    expectNoLeak(body.message, "the data response");
    expect(server.stderr()).toContain(id);
  });
});
