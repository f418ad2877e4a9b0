import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, DEMO_USERS, request, startServer, type TestServer } from "../setup/server";

/**
 * Sign-in throttling under parallel requests: the attempt must be reserved before the ~100 ms password
 * check, or every request sent at once sees an empty count and all of them get their password checked.
 */
let server: TestServer;
let db: Database.Database;

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const login = (email: string, password: string, address: string) =>
  request(server, "/login", { form: { email, password }, headers: { "X-Forwarded-For": address } });

function tally(statuses: number[]) {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe("sign-in throttling under parallel requests", () => {
  it("checks exactly 5 of 30 wrong passwords sent at once for one email (from 30 addresses)", async () => {
    const email = DEMO_USERS.fundraiser;
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => login(email, `wrong-${i}`, `10.20.0.${i + 1}`)));
    expect(tally(responses.map((r) => r.status))).toEqual({ 401: 5, 429: 25 });
  });

  it("checks exactly 5 of 100 sent at once", async () => {
    const email = DEMO_USERS.managerKorsloekken;
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => login(email, `wrong-${i}`, `10.21.0.${i + 1}`)));
    expect(tally(responses.map((r) => r.status))).toEqual({ 401: 5, 429: 95 });
  });

  it("checks exactly 20 of 30 wrong passwords sent at once from one address (30 emails)", async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => login(`parallel-${i}@example.dk`, "nope", "10.22.0.1")));
    expect(tally(responses.map((r) => r.status))).toEqual({ 401: 20, 429: 10 });
  });

  it("lets right passwords sent at once in, and leaves nothing of them counted", async () => {
    // An attempt counts while its password is checked, so at most 5 for one email are checked at once.
    const responses = await Promise.all(Array.from({ length: 5 }, () => login(DEMO_USERS.board, DEMO_PASSWORD, "10.23.0.1")));
    expect(tally(responses.map((r) => r.status))).toEqual({ 303: 5 });
    // Successful sign-ins leave nothing behind that counts against the email or the address.
    const left = db.prepare("select count(*) n from login_failures where email = ? or address = ?").get(DEMO_USERS.board, "10.23.0.1") as {
      n: number;
    };
    expect(left.n).toBe(0);
  });
});
