import fs from "node:fs";
import http from "node:http";

import { afterEach, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, DEMO_USERS } from "../setup/server";
import { type ServerProcess, startServerProcess } from "../setup/server-process";
import { copyTemplate, removeDatabase } from "../setup/template-db";

/** SIGTERM (a deploy, systemd, a container stop) must not cut off a request or leave the database open. */
let dbFile: string;
let server: ServerProcess;

afterEach(async () => {
  await server.stop();
  removeDatabase(dbFile);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request on a keep-alive connection that is then left open and idle, as browsers do. */
function idleKeepAliveConnection(url: string): Promise<{ closed: Promise<number> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}/healthz`, { agent }, (res) => {
      res.resume();
      const socket = res.socket;
      res.on("end", () => {
        resolve({ closed: new Promise((done) => socket.once("close", () => done(Date.now()))) });
      });
    });
    req.on("error", reject);
  });
}

describe("SIGTERM", () => {
  it("finishes a slow request in flight, closes idle keep-alive connections and the database, and exits 0", async () => {
    dbFile = copyTemplate("shutdown");
    server = await startServerProcess({ dbFile, env: { NODE_ENV: "production" } });
    const idle = await idleKeepAliveConnection(server.url);

    // A sign-in whose body arrives slowly: the server has the request, and waits for the rest of it.
    const body = new URLSearchParams({ email: DEMO_USERS.board, password: DEMO_PASSWORD }).toString();
    const { origin } = new URL(server.url);
    const slow = http.request(`${server.url}/login`, {
      method: "POST",
      agent: false,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": Buffer.byteLength(body),
        Origin: origin,
        "X-Forwarded-For": "10.60.0.1",
      },
    });
    const response = new Promise<{ status: number; at: number }>((resolve, reject) => {
      slow.on("response", (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, at: Date.now() }));
      });
      slow.on("error", reject);
    });
    // Awaited below; a failure must not count as unhandled before then.
    response.catch(() => undefined);
    slow.write(body.slice(0, 10));
    await sleep(300);

    const signalledAt = Date.now();
    server.signal("SIGTERM");
    // Idle connections go at once; the server stays up for the request in flight, longer than the old
    // two-second cut-off.
    expect((await idle.closed) - signalledAt).toBeLessThan(1_000);
    await sleep(2_500);
    let exitedEarly = false;
    void server.exited.then(() => (exitedEarly = true));
    await sleep(0);
    expect(exitedEarly, "the server waits for the request in flight").toBe(false);

    slow.end(body.slice(10));
    const { status, at } = await response;
    expect(status).toBe(303);
    const exit = await server.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - at, "exits promptly once the last request is done").toBeLessThan(1_500);
    // The database was closed: closing the last connection folds the WAL into the file and removes it.
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
    expect(server.output()).not.toMatch(/Error/);
  });

  it("exits promptly when only idle keep-alive connections are open", async () => {
    dbFile = copyTemplate("shutdown-idle");
    server = await startServerProcess({ dbFile, env: { NODE_ENV: "production" } });
    await idleKeepAliveConnection(server.url);
    await idleKeepAliveConnection(server.url);
    const signalledAt = Date.now();
    server.signal("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(1_000);
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
  });
});
