import { type ChildProcess, spawn } from "node:child_process";

import { ROOT, TEST_TODAY } from "./paths";

export type ServerProcess = {
  url: string;
  /** Everything the process wrote, stdout and stderr. */
  output: () => string;
  /** Sends a signal to the server (to npm and the server it execs, when started through npm). */
  signal: (signal: NodeJS.Signals) => void;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then waits for the end. */
  stop: () => Promise<void>;
};

/**
 * The server as a process the test controls (signals, exit code), for tests of what happens at start and
 * stop. `via: "npm"` runs `npm run serve` as an operator would; NODE_ENV is not passed on unless given.
 */
export async function startServerProcess(options: {
  dbFile: string;
  via?: "node" | "npm";
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const env = {
    ...process.env,
    DATABASE_URL: options.dbFile,
    PORT: "0",
    HOST: "127.0.0.1",
    TODAY: TEST_TODAY,
    SESSION_SECRET: "integration-test-session-secret-0123456789",
    ...options.env,
  };
  // Not set, as in an operator's shell (vitest sets it to "test"), unless the test says otherwise.
  if (!options.env?.NODE_ENV) Reflect.deleteProperty(env, "NODE_ENV");
  const npm = options.via === "npm";
  const child: ChildProcess = npm
    ? // Its own process group, so a signal reaches npm and the server it execs alike.
      spawn("npm", ["run", "--silent", "serve"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 30_000);
    const poll = setInterval(() => {
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(match[1]);
      }
    }, 20);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    process.kill(npm ? -child.pid : child.pid, name);
  };
  return {
    url,
    output: () => output,
    signal,
    exited,
    stop: async () => {
      signal("SIGTERM");
      await exited;
    },
  };
}
