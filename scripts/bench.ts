/**
 * `npm run bench [-- --quick] [-- --runs 3] [-- --seconds 10]`: load figures for the pages the board and the
 * managers use, at national scale, against the production build.
 *
 * Builds a large synthetic database (db/large-data.ts: 5,000 activities and 100,000 status updates; 500 and
 * 10,000 with --quick), starts the built server on it (NODE_ENV=production, SERVER_TIMING=1) on loopback, signs
 * in, and measures each route with autocannon (10 connections, a warm-up, then --seconds each): requests per
 * second, p50/p95/p99, each route's ratio to /login (a small page with the whole layout) in the same run, and
 * beside it the route's own time and its SQL time from unloaded requests (Server-Timing), and the same for
 * its first request after the server started, before any figure is cached ("cold"). The status-update
 * POST is sent as signed-in managers, each request with the activity's current version so that it succeeds.
 * Then: the client JavaScript, CSS and fonts each page loads (gzipped, from the build; as Chromium requests
 * them when it is installed, else as the HTML links them), the server's peak resident memory (VmHWM), and how
 * long `npm start` takes to answer /healthz. Prints a table with the budgets of issue 16 and writes the figures
 * as JSON to bench-results/ (git-ignored). With --runs N, every figure is the median of N runs.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";

import type { Browser } from "@playwright/test";
import autocannon from "autocannon";
import Database from "better-sqlite3";

import { buildLargeDatabase } from "../db/large-data";
import { CHROMIUM_PATH, hasChromium } from "../tests/e2e/chromium";

const ROOT = path.resolve(import.meta.dirname, "..");
const TODAY = "2026-06-15";
const CONNECTIONS = 10;
const PASSWORD = "overblik-demo";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
    seconds: { type: "string" },
    "keep-db": { type: "boolean", default: false },
    /** Measure only these (route keys, and `post`), beside /login; no assets, no `npm start`: for profiling. */
    only: { type: "string" },
  },
});
const ONLY = args.only ? new Set(args.only.split(",").map((k) => k.trim())) : null;
const QUICK = args.quick;
const RUNS = Math.max(1, Number(args.runs) || 1);
const SECONDS = Number(args.seconds ?? (QUICK ? 4 : 10));
const WARMUP_SECONDS = QUICK ? 1 : 2;
const SIZE = QUICK ? { activities: 500, updates: 10_000 } : { activities: 5000, updates: 100_000 };

/** Budgets from issue 16, as shares of /login's requests per second in the same run. */
const RATIO_BUDGETS: Record<string, number> = {
  dashboard: 0.3,
  activities: 0.4,
  activity: 0.5,
  funding: 0.3,
  compare: 0.3,
  "board-pack": 0.1,
};
const POST_BUDGET = { rps: 300, p95: 50 };
/** Pages with charts, whose JavaScript budget is the larger one. */
const CHART_ROUTES = new Set(["dashboard", "compare"]);
const JS_BUDGET = { plain: 120 * 1024, charts: 250 * 1024 };
const RSS_BUDGET = 300 * 1024 * 1024;
const START_BUDGET_MS = 5000;
/**
 * The Node flags `npm start` serves with (package.json), so that the bench measures the same server; and any
 * in BENCH_NODE_FLAGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the server under load.
 */
const NODE_FLAGS = (() => {
  const start =
    (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.start ?? "";
  const m = start.match(/exec node (.*?)\s*build\/server\.js/);
  if (!m) throw new Error("package.json's start script no longer runs `node … build/server.js`: update the bench");
  return [...(m[1] ?? "").split(/\s+/), ...(process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/)].filter(Boolean);
})();

type Route = { key: string; label: string; path: string; as: "visitor" | "board" | "manager" };

type Measured = {
  key: string;
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  ratio: number;
  bad: number;
  pageMs: number;
  sqlMs: number;
  statements: number;
  bytes: number;
  /** The route's first request after the server started: before any figure is cached. */
  coldMs: number;
  coldSqlMs: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function startServer(dbFile: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  // What `npm start` serves (package.json): the compiled server, with its flags.
  const child = spawn(process.execPath, [...NODE_FLAGS, path.join(ROOT, "build/server.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: dbFile,
      PORT: "0",
      HOST: "127.0.0.1",
      TODAY,
      SERVER_TIMING: "1",
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
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, pid: child.pid ?? 0, stop };
}

/** Peak resident memory of a process so far (Linux), in bytes. */
function peakRss(pid: number): number {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/);
    return m?.[1] ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    body: new URLSearchParams({ email, password: PASSWORD }),
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (res.status !== 303 || !cookie) throw new Error(`could not sign in as ${email} (${res.status})`);
  return cookie;
}

/** Runs autocannon; latencies are collected from every response to give p95 (autocannon reports p97.5). */
async function load(options: autocannon.Options, ok: (status: number) => boolean, seconds: number) {
  const times: number[] = [];
  let bad = 0;
  const badStatuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, connections: CONNECTIONS, duration: seconds }, (error, done) =>
      error ? reject(error as Error) : resolve(done),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (!ok(status)) {
        bad += 1;
        badStatuses[status] = (badStatuses[status] ?? 0) + 1;
      }
    });
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    bad: bad + result.errors + result.timeouts,
    /** Answers other than the expected one, by status, and errors and timeouts: to tell what went wrong. */
    badStatuses: {
      ...badStatuses,
      ...(result.errors ? { errors: result.errors } : {}),
      ...(result.timeouts ? { timeouts: result.timeouts } : {}),
    },
  };
}

/** The route's own time and SQL time, unloaded: the median of sequential requests' Server-Timing. */
async function unloaded(url: string, cookie: string, n: number) {
  const sql: number[] = [];
  const total: number[] = [];
  const statements: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const res = await fetch(url, { headers: cookie ? { Cookie: cookie } : {} });
    const body = await res.arrayBuffer();
    bytes = body.byteLength;
    const timing = res.headers.get("server-timing") ?? "";
    sql.push(Number(timing.match(/sql;dur=([\d.]+)/)?.[1] ?? NaN));
    statements.push(Number(timing.match(/sql;dur=[\d.]+;desc="(\d+)"/)?.[1] ?? NaN));
    total.push(Number(timing.match(/total;dur=([\d.]+)/)?.[1] ?? NaN));
  }
  return { sqlMs: median(sql), pageMs: median(total), statements: median(statements), bytes };
}

// ---------------------------------------------------------------------------------------------------------
// Client assets per page
// ---------------------------------------------------------------------------------------------------------

type Assets = { js: number; css: number; fonts: number; fontFiles: string[]; via: "chromium" | "html" };

const gz = new Map<string, number>();
function gzipOfPublic(urlPath: string): number {
  const file = path.join(ROOT, "public", decodeURIComponent(urlPath.split("?")[0] ?? ""));
  let size = gz.get(file);
  if (size === undefined) {
    // At the level the server sends it: compression() uses zlib's default, 6.
    size = fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length : NaN;
    gz.set(file, size);
  }
  return size;
}

function sumAssets(urls: string[], via: Assets["via"]): Assets {
  const paths = [...new Set(urls.map((u) => new URL(u, "http://x").pathname))];
  const of = (re: RegExp) => paths.filter((p) => re.test(p));
  const total = (list: string[]) => list.reduce((n, p) => n + gzipOfPublic(p), 0);
  const fonts = of(/\.(woff2?|ttf|eot|otf)$/);
  return { js: total(of(/\.m?js$/)), css: total(of(/\.css$/)), fonts: total(fonts), fontFiles: fonts.map((f) => path.basename(f)), via };
}

/** What the HTML links: scripts, module preloads, stylesheets and preloaded fonts. */
function assetsFromHtml(html: string): Assets {
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"[^>]*>/g)]
    .filter((m) => /\.(m?js|css|woff2?)(\?|$)/.test(m[1] ?? ""))
    .map((m) => m[1] ?? "");
  return sumAssets(urls, "html");
}

async function assetsInChromium(browser: Browser, base: string, route: Route, cookie: string): Promise<Assets> {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  if (cookie) {
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: base }]);
  }
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (request) => {
    if (["script", "stylesheet", "font"].includes(request.resourceType())) urls.push(request.url());
  });
  await page.goto(`${base}${route.path}`, { waitUntil: "networkidle" });
  // Scroll to the end, so that whatever loads when seen (charts) is counted too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  await page.waitForLoadState("networkidle");
  await context.close();
  return sumAssets(urls, "chromium");
}

// ---------------------------------------------------------------------------------------------------------
// The status-update POST
// ---------------------------------------------------------------------------------------------------------

type Slot = { activityId: number; version: number; cookie: string; busy: boolean };

async function postSlots(db: Database.Database, url: string): Promise<Slot[]> {
  const managers = db
    .prepare(
      `select u.email, group_concat(ua.area_id) as areas from users u join user_areas ua on ua.user_id = u.id
       where u.role = 'manager' and u.disabled_at is null group by u.id order by u.id limit ${CONNECTIONS}`,
    )
    .all() as { email: string; areas: string }[];
  const slots: Slot[] = [];
  // An activity in two managers' areas is taken once: two connections reporting on it would conflict.
  const taken = new Set<number>();
  for (const m of managers) {
    const cookie = await signIn(url, m.email);
    const areaIds = m.areas.split(",").map(Number);
    const rows = db
      .prepare(
        `select a.id, a.version from activities a where a.status = 'active'
         and exists (select 1 from activity_areas aa where aa.activity_id = a.id and aa.area_id in (${areaIds.map(() => "?").join(",")}))
         and not exists (select 1 from status_updates su where su.activity_id = a.id and su.reported_on > ?)
         order by a.id limit 12`,
      )
      .all(...areaIds, TODAY) as { id: number; version: number }[];
    for (const r of rows.filter((row) => !taken.has(row.id)).slice(0, 4)) {
      taken.add(r.id);
      slots.push({ activityId: r.id, version: r.version, cookie, busy: false });
    }
  }
  if (slots.length < CONNECTIONS) throw new Error(`only ${slots.length} activities for managers to report on`);
  return slots;
}

async function measurePost(db: Database.Database, url: string, slots: Slot[], seconds: number) {
  let next = 0;
  const currentVersion = db.prepare("select version from activities where id = ?");
  // A request cut off at the end of the previous phase may still have been saved: let it land, then start
  // from the stored versions.
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const slot of slots) {
    slot.version = (currentVersion.get(slot.activityId) as { version: number }).version;
    slot.busy = false;
  }
  const take = () => {
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[(next + i) % slots.length];
      if (slot && !slot.busy) {
        next = (next + i + 1) % slots.length;
        slot.busy = true;
        return slot;
      }
    }
    throw new Error("no free activity to report on");
  };
  return load(
    {
      url,
      requests: [
        {
          method: "POST",
          setupRequest: (request, context) => {
            const slot = take();
            (context as { slot?: Slot }).slot = slot;
            return {
              ...request,
              path: `/activities/${slot.activityId}/updates`,
              headers: { Cookie: slot.cookie, Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
              body: new URLSearchParams({
                status: "active",
                health: "green",
                healthReason: "",
                note: "Ugentlig status (belastningsmåling).",
                reportedOn: TODAY,
                version: String(slot.version),
              }).toString(),
            };
          },
          onResponse: (status, _body, context) => {
            const slot = (context as { slot?: Slot }).slot;
            if (!slot) return;
            if (status === 303) slot.version += 1;
            else slot.version = (currentVersion.get(slot.activityId) as { version: number }).version;
            slot.busy = false;
          },
        },
      ],
    },
    (status) => status === 303,
    seconds,
  );
}

// ---------------------------------------------------------------------------------------------------------
// npm start
// ---------------------------------------------------------------------------------------------------------

/** Milliseconds from `npm start` to the first 200 from /healthz, on a copy of the database. */
async function timeNpmStart(dbFile: string): Promise<number> {
  const copy = `${dbFile}.start.db`;
  fs.copyFileSync(dbFile, copy);
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: copy,
      PORT: "0",
      HOST: "127.0.0.1",
      TODAY,
      SESSION_SECRET: "bench-session-secret-0123456789abcdef",
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("Building the app")) reject(new Error("npm start is rebuilding: run `npm run build` after changing sources"));
        const m = out.match(/listening on (http:\/\/\S+)/);
        if (m?.[1]) resolve(m[1]);
      });
      child.on("exit", (code) => reject(new Error(`npm start exited with ${code}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/healthz`).catch(() => null);
      if (res?.status === 200) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    // npm start execs node in a shell of its own: stop the whole group we started.
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    for (const suffix of ["", "-wal", "-shm", ".server-lock"]) fs.rmSync(`${copy}${suffix}`, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------------

function routesFor(db: Database.Database): Route[] {
  // The activity with the longest history: the heaviest activity page.
  const busiest = db
    .prepare("select activity_id as id from status_updates group by activity_id order by count(*) desc, activity_id limit 1")
    .get() as {
    id: number;
  };
  const areas = (db.prepare("select slug from areas order by id limit 3").all() as { slug: string }[]).map((a) => a.slug);
  return [
    { key: "login", label: "/login (baseline)", path: "/login", as: "visitor" },
    { key: "home", label: "/", path: "/", as: "board" },
    { key: "dashboard", label: "/dashboard", path: "/dashboard", as: "board" },
    {
      key: "activities",
      label: "/activities?focus=employment&status=active&page=2",
      path: "/activities?focus=employment&status=active&page=2",
      as: "board",
    },
    { key: "activity", label: `/activities/${busiest.id}`, path: `/activities/${busiest.id}`, as: "board" },
    { key: "area", label: `/areas/${areas[0] ?? ""}`, path: `/areas/${areas[0] ?? ""}`, as: "board" },
    { key: "funding", label: "/funding", path: "/funding", as: "board" },
    { key: "compare", label: `/compare?areas=${areas.join(",")}`, path: `/compare?areas=${areas.join(",")}`, as: "board" },
    { key: "board-pack", label: "/board-pack", path: "/board-pack", as: "board" },
    { key: "my", label: "/my (manager)", path: "/my", as: "manager" },
  ];
}

const NO_POST = { rps: NaN, p50: NaN, p95: NaN, p99: NaN, bad: 0, badStatuses: {} };

type RunResult = { routes: Measured[]; post: Awaited<ReturnType<typeof load>>; peakRss: number; assets: Record<string, Assets> };

async function run(dbFile: string, index: number): Promise<RunResult> {
  const server = await startServer(dbFile);
  const db = new Database(dbFile, { readonly: true });
  try {
    const cookies = {
      visitor: "",
      board: await signIn(server.url, "board@overblik.test"),
      manager: await signIn(server.url, "manager.vollsmose@overblik.test"),
    };
    const routes = routesFor(db).filter((r) => !ONLY || r.key === "login" || ONLY.has(r.key));
    // The first request of each route, on a server that has cached nothing yet (figures are cached until
    // the next write: this is what a page costs right after one); it also warms the server's code paths.
    const cold = new Map<string, { total: number; sql: number }>();
    for (const r of routes) {
      const res = await fetch(`${server.url}${r.path}`, { headers: cookies[r.as] ? { Cookie: cookies[r.as] } : {} });
      await res.arrayBuffer();
      const timing = res.headers.get("server-timing") ?? "";
      cold.set(r.key, {
        total: Number(timing.match(/total;dur=([\d.]+)/)?.[1] ?? NaN),
        sql: Number(timing.match(/sql;dur=([\d.]+)/)?.[1] ?? NaN),
      });
    }
    const measured: Measured[] = [];
    for (const r of routes) {
      process.stdout.write(`  run ${index + 1}/${RUNS}: ${r.label}…`);
      const options = { url: `${server.url}${r.path}`, headers: cookies[r.as] ? { Cookie: cookies[r.as] } : {} };
      await load(options, () => true, WARMUP_SECONDS);
      const figures = await load(options, (s) => s === 200, SECONDS);
      const single = await unloaded(`${server.url}${r.path}`, cookies[r.as], QUICK ? 5 : 15);
      const base = measured[0]?.rps ?? figures.rps;
      const first = cold.get(r.key);
      measured.push({
        key: r.key,
        label: r.label,
        ...figures,
        ratio: figures.rps / base,
        ...single,
        coldMs: first?.total ?? NaN,
        coldSqlMs: first?.sql ?? NaN,
      });
      process.stdout.write(` ${figures.rps.toFixed(0)} req/s\n`);
    }
    if (ONLY && !ONLY.has("post")) return { routes: measured, post: NO_POST, peakRss: peakRss(server.pid), assets: {} };
    process.stdout.write(`  run ${index + 1}/${RUNS}: status-update POST…`);
    const slots = await postSlots(db, server.url);
    await measurePost(db, server.url, slots, WARMUP_SECONDS);
    const post = await measurePost(db, server.url, slots, SECONDS);
    process.stdout.write(` ${post.rps.toFixed(0)} req/s\n`);

    const assets: Record<string, Assets> = {};
    if (index === 0 && !ONLY) {
      let browser: Browser | null = null;
      if (hasChromium()) {
        const { chromium } = await import("@playwright/test");
        browser = await chromium.launch({
          executablePath: CHROMIUM_PATH,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        });
      }
      try {
        for (const r of routes) {
          if (browser) assets[r.key] = await assetsInChromium(browser, server.url, r, cookies[r.as]);
          else {
            const res = await fetch(`${server.url}${r.path}`, { headers: cookies[r.as] ? { Cookie: cookies[r.as] } : {} });
            assets[r.key] = assetsFromHtml(await res.text());
          }
        }
      } finally {
        await browser?.close();
      }
    }
    return { routes: measured, post, peakRss: peakRss(server.pid), assets };
  } finally {
    db.close();
    await server.stop();
  }
}

if (!fs.existsSync(path.join(ROOT, "build/index.js")) || !fs.existsSync(path.join(ROOT, "build/server.js"))) {
  console.error("No build: run `npm run build` first.");
  process.exit(1);
}

const started = Date.now();
const loadBefore = os.loadavg();
const dbFile = path.join(os.tmpdir(), `overblik-bench-${process.pid}.db`);
console.log(`Building a database of ${SIZE.activities} activities and ${SIZE.updates} status updates at ${dbFile}…`);
const counts = buildLargeDatabase(dbFile, { ...SIZE, areas: 30, plans: 10, seed: 1, today: TODAY });
// Every run starts from the same database: the POSTs of one run must not make the next one bigger.
const pristine = `${dbFile}.pristine`;
fs.copyFileSync(dbFile, pristine);

const runs: RunResult[] = [];
let startMs = NaN;
try {
  for (let i = 0; i < RUNS; i++) {
    fs.copyFileSync(pristine, dbFile);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${dbFile}${suffix}`, { force: true });
    runs.push(await run(dbFile, i));
  }
  if (!ONLY)
    startMs = await timeNpmStart(pristine).catch((error: Error) => {
      console.error(`  npm start: ${error.message}`);
      return NaN;
    });
} finally {
  if (!args["keep-db"])
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}.server-lock`, pristine]) fs.rmSync(f, { force: true });
}
const loadAfter = os.loadavg();

// Medians over the runs, route by route.
const first = runs[0];
if (!first) throw new Error("no run");
const routes: Measured[] = first.routes.map((r) => {
  const all = runs.map((run) => run.routes.find((x) => x.key === r.key)).filter((x): x is Measured => Boolean(x));
  const m = (k: keyof Measured) => median(all.map((x) => Number(x[k])));
  return {
    ...r,
    rps: m("rps"),
    p50: m("p50"),
    p95: m("p95"),
    p99: m("p99"),
    ratio: m("ratio"),
    bad: m("bad"),
    pageMs: m("pageMs"),
    sqlMs: m("sqlMs"),
  };
});
const post = {
  rps: median(runs.map((r) => r.post.rps)),
  p50: median(runs.map((r) => r.post.p50)),
  p95: median(runs.map((r) => r.post.p95)),
  p99: median(runs.map((r) => r.post.p99)),
  bad: median(runs.map((r) => r.post.bad)),
};
const rss = Math.max(...runs.map((r) => r.peakRss));
const assets = first.assets;

// ---------------------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------------------

const kb = (n: number) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)}` : "—");
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : "—");
const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
const verdicts: { what: string; ok: boolean; detail: string }[] = [];

console.log(
  `\nOverblik bench, ${new Date().toISOString().slice(0, 10)}: ${counts.activities} activities, ${counts.status_updates} status updates, ${counts.funding_lines} funding lines; ` +
    `${CONNECTIONS} connections, ${SECONDS} s per route after ${WARMUP_SECONDS} s warm-up, loopback; ${RUNS > 1 ? `medians of ${RUNS} runs; ` : ""}` +
    `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load ${loadBefore.map((l) => l.toFixed(1)).join(" ")} → ${loadAfter.map((l) => l.toFixed(1)).join(" ")}`,
);
const header = [
  "route",
  "req/s",
  "p50",
  "p95",
  "p99",
  "vs /login",
  "budget",
  "page ms",
  "SQL ms",
  "queries",
  "cold ms",
  "cold SQL",
  "HTML KB",
  "JS KB",
  "CSS KB",
  "font KB",
  "bad",
];
const widths = [52, 7, 6, 6, 6, 9, 8, 8, 7, 7, 8, 8, 8, 7, 7, 8, 4];
const line = (cells: string[]) =>
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 8) : c.padStart(widths[i] ?? 8))).join(" "));
line(header);
for (const r of routes) {
  const budget = RATIO_BUDGETS[r.key];
  const a = assets[r.key];
  const isChart = CHART_ROUTES.has(r.key);
  if (budget !== undefined) verdicts.push({ what: `${r.label} ≥ ${pct(budget)} of /login`, ok: r.ratio >= budget, detail: pct(r.ratio) });
  if (a) {
    const limit = isChart ? JS_BUDGET.charts : JS_BUDGET.plain;
    verdicts.push({ what: `${r.label} JavaScript ≤ ${kb(limit)} KB gzipped`, ok: a.js <= limit, detail: `${kb(a.js)} KB` });
  }
  line([
    r.label.length > 52 ? `${r.label.slice(0, 51)}…` : r.label,
    r.rps.toFixed(0),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    pct(r.ratio),
    budget === undefined ? "" : `≥ ${pct(budget)}`,
    ms(r.pageMs),
    ms(r.sqlMs),
    Number.isFinite(r.statements) ? String(r.statements) : "—",
    ms(r.coldMs),
    ms(r.coldSqlMs),
    kb(r.bytes),
    a ? kb(a.js) : "",
    a ? kb(a.css) : "",
    a ? kb(a.fonts) : "",
    String(r.bad),
  ]);
}
line([
  "POST /activities/:id/updates (managers)",
  post.rps.toFixed(0),
  ms(post.p50),
  ms(post.p95),
  ms(post.p99),
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  String(post.bad),
]);
verdicts.push({ what: `status-update POST ≥ ${POST_BUDGET.rps}/s`, ok: post.rps >= POST_BUDGET.rps, detail: `${post.rps.toFixed(0)}/s` });
verdicts.push({ what: `status-update POST p95 < ${POST_BUDGET.p95} ms`, ok: post.p95 < POST_BUDGET.p95, detail: `${ms(post.p95)} ms` });
verdicts.push({
  what: `peak resident memory ≤ ${RSS_BUDGET / 2 ** 20} MB`,
  ok: rss <= RSS_BUDGET,
  detail: `${(rss / 2 ** 20).toFixed(0)} MB`,
});
verdicts.push({
  what: `npm start answers /healthz within ${START_BUDGET_MS / 1000} s`,
  ok: startMs <= START_BUDGET_MS,
  detail: `${(startMs / 1000).toFixed(2)} s`,
});
verdicts.push({ what: "no failed requests", ok: routes.every((r) => r.bad === 0) && post.bad === 0, detail: "" });

for (const [i, r] of runs.entries()) {
  if (r.post.bad > 0) console.log(`Run ${i + 1}: the POST's unexpected answers: ${JSON.stringify(r.post.badStatuses)}`);
}
const via = Object.values(assets)[0]?.via;
console.log(
  `\nClient assets: gzipped KB from the build, ${via === "chromium" ? "as Chromium requests them (scrolled to the end)" : "as the HTML links them"}.`,
);
const fonts = [...new Set(Object.values(assets).flatMap((a) => a.fontFiles))];
console.log(`Fonts requested: ${fonts.join(", ") || "none"}`);
console.log(
  `Peak resident memory of the server: ${(rss / 2 ** 20).toFixed(0)} MB. npm start to /healthz: ${(startMs / 1000).toFixed(2)} s.`,
);
console.log("\nBudgets (issue 16):");
for (const v of verdicts) console.log(`  ${v.ok ? "✓" : "✗"} ${v.what}${v.detail ? `: ${v.detail}` : ""}`);

const outDir = path.join(ROOT, "bench-results");
fs.mkdirSync(outDir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: { before: loadBefore, after: loadAfter },
  },
  settings: { quick: QUICK, runs: RUNS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, connections: CONNECTIONS, today: TODAY },
  data: counts,
  routes,
  post,
  assets,
  peakRssBytes: rss,
  npmStartMs: startMs,
  budgets: verdicts,
  perRun: runs.map((r) => ({ routes: r.routes, post: r.post, peakRss: r.peakRss })),
  seconds: (Date.now() - started) / 1000,
};
const name = `bench-${QUICK ? "quick-" : ""}${ONLY ? "only-" : ""}${report.date.replace(/[:.]/g, "-")}.json`;
fs.writeFileSync(path.join(outDir, name), `${JSON.stringify(report, null, 2)}\n`);
if (!ONLY) fs.writeFileSync(path.join(outDir, QUICK ? "latest-quick.json" : "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nFigures written to bench-results/${name} (${report.seconds.toFixed(0)} s in all).`);
console.log(verdicts.every((v) => v.ok) ? "Every budget held." : `${verdicts.filter((v) => !v.ok).length} budget(s) not held.`);
