import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";

/**
 * Inputs found in review to produce a 500 once, where HTTP itself matters: a Location header Node must be
 * able to send, and bodies server.ts refuses before reading them. The others (a repeated field, a JSON
 * body, a double "done") are in-process: tests/routes/hostile-input.test.ts.
 */
let server: TestServer;
let manager: string;

beforeAll(async () => {
  server = await startServer();
  manager = await signIn(server, DEMO_USERS.managerVollsmose);
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

describe("hostile input", () => {
  it("redirects to a non-ASCII path percent-encoded, not with a 500", async () => {
    const res = await request(server, `/login?redirectTo=${encodeURIComponent("/€")}`, { cookie: manager });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/%E2%82%AC");
  });

  it("refuses an oversized body before reading it (413), and a chunked one without a length (411)", async () => {
    const big = await fetch(`${server.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=x&password=${"x".repeat(2 * 1024 * 1024)}`,
    });
    expect(big.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("lang=en"));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/language`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: stream,
      // Node's fetch needs this to send a stream body; the DOM typings do not know it.
      ...({ duplex: "half" } as Record<string, string>),
    });
    expect(chunked.status).toBe(411);
    // A form-sized body over the form's own limit is 413 with a readable page.
    const form = await request(server, "/login", { form: { email: "x", password: "y".repeat(20_000) } });
    expect(form.status).toBe(413);
    expect(await form.text()).toContain("Forespørgslen er for stor");
  });
});
