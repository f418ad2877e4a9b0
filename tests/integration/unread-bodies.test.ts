import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, signIn, startServer, type TestServer } from "../setup/server";

/**
 * Found by fuzzing over HTTP (issue 15, item 5): a POST answered before its form is read (a 403 is decided
 * before the body is parsed) left the rest of a large body unread on its keep-alive connection, and the
 * client's next request on that connection failed with ECONNRESET. Browsers reuse connections the same way.
 */
let server: TestServer;
let board: string;

beforeAll(async () => {
  server = await startServer();
  board = await signIn(server, DEMO_USERS.board);
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

/** Requests one after another on one keep-alive connection, as a browser sends them. */
function send(
  agent: http.Agent,
  path: string,
  options: { method?: string; body?: string } = {},
): Promise<{ status: number; socket: unknown }> {
  return new Promise((resolve, reject) => {
    const { origin } = new URL(server.url);
    const req = http.request(
      `${server.url}${path}`,
      {
        agent,
        method: options.method ?? "GET",
        headers: {
          Cookie: board,
          Origin: origin,
          ...(options.body === undefined
            ? {}
            : { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(options.body) }),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, socket: res.socket }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("a POST refused before its body is read", () => {
  it.each([
    ["an admin page, as the board (403)", "/admin/areas"],
    ["an unknown activity (404)", "/activities/999999/updates"],
  ])("leaves its keep-alive connection fit for the next request: %s", async (_label, path) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // Well under the 1 MB limit, but more than the server reads ahead before the action decides.
      const body = new URLSearchParams({ name: "x".repeat(600_000) }).toString();
      for (let i = 0; i < 3; i++) {
        const refused = await send(agent, path, { method: "POST", body });
        expect(refused.status).toBe(path.startsWith("/admin") ? 403 : 404);
        const next = await send(agent, "/healthz");
        expect(next.status).toBe(200);
        // The same connection served both: it was kept, not closed and reopened.
        expect(next.socket).toBe(refused.socket);
      }
    } finally {
      agent.destroy();
    }
  });
});
