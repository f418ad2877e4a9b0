import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

import { ROOT, TEST_TODAY } from "./paths";
import { copyTemplate, removeDatabase } from "./template-db";

export type TestServer = {
  url: string;
  dbFile: string;
  /** What the server wrote to stderr: an integration test checks it is empty (no unexpected errors). */
  stderr: () => string;
  stop: () => Promise<void>;
};

/**
 * Starts the built server, as `npm start` serves it, on a random port and a fresh copy of the
 * seeded template database.
 */
export async function startServer(options: { env?: Record<string, string>; dbFile?: string } = {}): Promise<TestServer> {
  const dbFile = options.dbFile ?? copyTemplate("server");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: dbFile,
      PORT: "0",
      HOST: "127.0.0.1",
      TODAY: TEST_TODAY,
      SESSION_SECRET: "integration-test-session-secret-0123456789",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  const url = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${stdout}\n${stderr}`)), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = stdout.match(/listening on (http:\/\/[^\s]+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${stdout}\n${stderr}`));
    });
  });

  return {
    url,
    dbFile,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      if (!options.dbFile) removeDatabase(dbFile);
    },
  };
}

/** The cookie the language switch sets for English, as a `Cookie` header value. */
export async function englishCookie(): Promise<string> {
  const { langCookie } = await import("../../app/i18n/lang.server");
  return (await langCookie.serialize("en")).split(";")[0] ?? "";
}

export const DEMO_PASSWORD = "overblik-demo";

export const DEMO_USERS = {
  admin: "admin@overblik.test",
  managerVollsmose: "manager.vollsmose@overblik.test",
  managerKorsloekken: "manager.korsloekken@overblik.test",
  board: "board@overblik.test",
  fundraiser: "fundraiser@overblik.test",
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

/** Signs in through the real sign-in form and returns the session cookie (`name=value`). */
export async function signIn(server: TestServer, email: string, password = DEMO_PASSWORD, address?: string): Promise<string> {
  const res = await fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.url,
      ...(address ? { "X-Forwarded-For": address } : {}),
    },
    body: new URLSearchParams({ email, password }),
  });
  if (res.status !== 303) throw new Error(`sign-in as ${email} failed with ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie.startsWith("overblik_session=")) throw new Error("sign-in set no session cookie");
  return cookie;
}

/** A request as a signed-in user (or anonymous when cookie is empty); POSTs carry our Origin. */
export function request(
  server: TestServer,
  path: string,
  options: { cookie?: string; method?: string; form?: Record<string, string | string[]>; headers?: Record<string, string> } = {},
): Promise<Response> {
  const method = options.method ?? (options.form ? "POST" : "GET");
  let body: URLSearchParams | undefined;
  if (options.form) {
    body = new URLSearchParams();
    for (const [key, value] of Object.entries(options.form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
  }
  return fetch(`${server.url}${path}`, {
    method,
    redirect: "manual",
    body,
    headers: {
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(body ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
      ...(method !== "GET" ? { Origin: server.url } : {}),
      ...options.headers,
    },
  });
}
