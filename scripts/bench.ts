/**
 * `npm run bench`: load figures for the main pages, measured in one run against the same server, with a
 * plain-text baseline (/healthz) for ratios. Also the gzipped client JavaScript each page loads.
 *
 * Needs a build (`npm run build`). Starts the built server on a fresh copy of the seeded demo database,
 * signs in as the board member, and runs autocannon (10 connections) against each route on loopback.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import autocannon from "autocannon";

import { openDatabase } from "../db/client.server";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "../db/seed";

const ROOT = path.resolve(import.meta.dirname, "..");
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const TODAY = "2026-06-15";

async function startServer(dbFile: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: dbFile,
      PORT: "0",
      HOST: "127.0.0.1",
      TODAY,
      SESSION_SECRET: "bench-session-secret-0123456789abcdef",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m?.[1]) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    body: new URLSearchParams({ email: "board@overblik.test", password: "overblik-demo" }),
  });
  return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

type Result = { route: string; rps: number; p50: number; p99: number; errors: number };

async function measure(url: string, route: string, cookie: string): Promise<Result> {
  const result = await autocannon({
    url: `${url}${route}`,
    connections: CONNECTIONS,
    duration: DURATION,
    // The sign-in page is measured as a visitor sees it (a signed-in user is sent on from it).
    headers: route === "/login" ? {} : { Cookie: cookie },
  });
  const bad = result.non2xx + result.errors;
  return { route, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: bad };
}

/** Gzipped size of the JavaScript a page loads: entry, root, the route and their shared chunks. */
function clientJs(routeIds: string[]): number {
  const manifestFile = fs.readdirSync(path.join(ROOT, "public/build")).find((f) => /^manifest-.*\.js$/.test(f));
  if (!manifestFile) return NaN;
  const text = fs.readFileSync(path.join(ROOT, "public/build", manifestFile), "utf8");
  const manifest = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as {
    entry: { module: string; imports: string[] };
    routes: Record<string, { module: string; imports?: string[] }>;
  };
  const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
  for (const id of ["root", ...routeIds]) {
    const r = manifest.routes[id];
    if (!r) continue;
    files.add(r.module);
    for (const i of r.imports ?? []) files.add(i);
  }
  let total = 0;
  for (const f of files) total += zlib.gzipSync(fs.readFileSync(path.join(ROOT, "public", f))).length;
  return total;
}

if (!fs.existsSync(path.join(ROOT, "build/index.js"))) {
  console.error("No build: run `npm run build` first.");
  process.exit(1);
}

const dbFile = path.join(os.tmpdir(), `overblik-bench-${process.pid}.db`);
const db = openDatabase(dbFile);
migrateDatabase(db);
seedDatabase(db, { today: TODAY, seed: "demo" });
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.close();

const server = await startServer(dbFile);
try {
  const cookie = await signIn(server.url);
  const routes = [
    "/healthz",
    "/login",
    "/activities",
    "/activities?_data=routes%2Factivities._index",
    "/funding",
    "/dashboard",
    "/dashboard?per=1000",
    "/dashboard?_data=routes%2Fdashboard._index",
    "/compare?areas=vollsmose,korsloekken",
    "/board-pack",
  ];
  // Warm up once, so the first route does not pay for compiling the server's code paths.
  for (const r of routes) await fetch(`${server.url}${r}`, { headers: { Cookie: cookie } });
  const results: Result[] = [];
  for (const route of routes) results.push(await measure(server.url, route, cookie));
  const base = results[0]!;
  console.log(
    `\nOverblik load figures: ${CONNECTIONS} connections, ${DURATION} s per route, loopback, ${os.cpus().length} cores, Node ${process.version}`,
  );
  console.log(
    "route".padEnd(48),
    "req/s".padStart(8),
    "p50 ms".padStart(8),
    "p99 ms".padStart(8),
    "vs /healthz".padStart(12),
    "non-2xx".padStart(8),
  );
  for (const r of results) {
    console.log(
      r.route.padEnd(48),
      r.rps.toFixed(0).padStart(8),
      String(r.p50).padStart(8),
      String(r.p99).padStart(8),
      `${((r.rps / base.rps) * 100).toFixed(0)} %`.padStart(12),
      String(r.errors).padStart(8),
    );
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const basePage = clientJs(["routes/activities._index"]);
  const dashboardPage = clientJs(["routes/dashboard._index"]);
  console.log("\nClient JavaScript, gzipped (entry + root + route + shared chunks):");
  console.log(`  /activities  ${kb(basePage)}`);
  console.log(`  /dashboard   ${kb(dashboardPage)} (recharts loads only on pages that chart: +${kb(dashboardPage - basePage)})`);
  console.log(`  /board-pack  ${kb(clientJs(["routes/board-pack"]))}`);
  if (results.some((r) => r.errors > 0)) {
    console.error("\nSome requests failed (non-2xx): the figures above are not trustworthy.");
    process.exitCode = 1;
  }
} finally {
  server.stop();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${dbFile}${suffix}`, { force: true });
}
