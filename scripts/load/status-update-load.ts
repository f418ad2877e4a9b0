/**
 * Concurrent status updates over real HTTP against the built server (issue 15, items 3 and 4), shared by
 * `npm run load:concurrency` and tests/integration/concurrency.test.ts.
 *
 * Managers made for the run (model functions, as `npm run user:create` does) each have an area of their
 * own, so every activity is written by a known set of managers: one activity only its manager writes, one
 * shared with the next manager, one shared by a group of five and one shared by all. Each manager signs in
 * once, opens the update forms it may use, and then posts its updates one after another (the managers at
 * once): mostly with the version it last saw ("fresh"; on a shared activity someone may have been faster),
 * sometimes with one it knows is old ("stale"). Every update carries a note unique to it and one indicator
 * figure, so afterwards each acknowledged update can be looked for in the database, row by row.
 *
 * With `crash`, the server is killed (SIGKILL) once a given number of updates are acknowledged, started
 * again on the same file, checked (`PRAGMA integrity_check`), and the managers go on with the sessions they
 * had: every update that got a 303 must be there; those cut off mid-request may or may not be.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { eq } from "drizzle-orm";

import { AREA_CLASSIFICATIONS, FOCUS_AREA_CODES } from "../../app/domain/constants";
import { createActivity } from "../../app/models/activity.server";
import { createArea } from "../../app/models/area.server";
import { createIndicator } from "../../app/models/indicator.server";
import { createPlan } from "../../app/models/plan.server";
import { createUser } from "../../app/models/user.server";
import { openDatabase } from "../../db/client.server";
import { users } from "../../db/schema";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** The server's "today" and every update's date: later than any activity's start, never in the future. */
export const LOAD_TODAY = "2026-06-15";
const PASSWORD = "belastning-og-samtidighed";
const GROUP_SIZE = 5;

export type Sharing = "own" | "pair" | "group" | "all";

export type LoadActivity = {
  id: number;
  title: string;
  sharing: Sharing;
  indicatorId: number;
  /** Indexes of the managers whose areas the activity runs in: they alone may report on it. */
  writers: number[];
  initialVersion: number;
};

export type LoadPlan = {
  managers: { index: number; email: string }[];
  activities: LoadActivity[];
};

const pad = (n: number) => String(n + 1).padStart(2, "0");

/**
 * Adds the run's areas, plan, activities (one indicator each) and managers to a migrated database,
 * through the model functions, as the admin of the demo data (or no one, in an empty database).
 */
export async function prepareLoad(dbFile: string, managerCount: number): Promise<LoadPlan> {
  if (!Number.isInteger(managerCount) || managerCount < 3) throw new Error("the load needs at least 3 managers");
  const db = openDatabase(dbFile);
  try {
    const admin = db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).get();
    const actorId = admin?.id ?? 0;
    const areaIds = Array.from(
      { length: managerCount },
      (_, m) =>
        createArea(
          {
            slug: `belastning-${pad(m)}`,
            name: `Belastningsområde ${pad(m)}`,
            residents: 1000,
            homes: 400,
            housingSections: 2,
            classification: AREA_CLASSIFICATIONS[0],
            descriptionDa: "",
            descriptionEn: "",
          },
          actorId,
          db,
        ).id,
    );
    const plan = createPlan(
      { name: "Belastningsprøve", slug: "belastningsproeve", startsOn: "2026-01-01", endsOn: "2029-12-31", areaIds },
      actorId,
      db,
    );
    const groups = Math.ceil(managerCount / GROUP_SIZE);
    const specs: { title: string; sharing: Sharing; writers: number[] }[] = [
      ...areaIds.map((_, m) => ({ title: `Egen aktivitet ${pad(m)}`, sharing: "own" as const, writers: [m] })),
      ...areaIds.map((_, m) => ({
        title: `Delt aktivitet ${pad(m)}+${pad((m + 1) % managerCount)}`,
        sharing: "pair" as const,
        writers: [m, (m + 1) % managerCount],
      })),
      ...Array.from({ length: groups }, (_, g) => ({
        title: `Gruppeaktivitet ${g + 1}`,
        sharing: "group" as const,
        writers: areaIds.map((_, m) => m).filter((m) => Math.floor(m / GROUP_SIZE) === g),
      })),
      { title: "Fælles aktivitet", sharing: "all" as const, writers: areaIds.map((_, m) => m) },
    ];
    const activities = specs.map((spec): LoadActivity => {
      const { id } = createActivity(
        {
          title: spec.title,
          planId: plan.id,
          focus: FOCUS_AREA_CODES[0],
          areaIds: spec.writers.map((m) => areaIds[m]!),
          budget: 100_000,
          startsOn: "2026-01-01",
          endsOn: "2029-12-31",
          purpose: "Belastningsprøve",
          targetGroup: "",
          content: "",
          partners: "",
          responsible: "",
          status: "active",
        },
        actorId,
        db,
      );
      const indicatorId = createIndicator(
        { activityId: id, name: "Deltagere", unit: "personer", baseline: 0, target: 100_000, direction: "higher", kind: "cumulative" },
        actorId,
        db,
      );
      return { id, title: spec.title, sharing: spec.sharing, indicatorId, writers: spec.writers, initialVersion: 1 };
    });
    const managers = [];
    for (const [m, areaId] of areaIds.entries()) {
      const email = `belastning.${pad(m)}@overblik.test`;
      await createUser({ email, name: `Belastningsleder ${pad(m)}`, role: "manager", areaIds: [areaId], password: PASSWORD }, actorId, db);
      managers.push({ index: m, email });
    }
    return { managers, activities };
  } finally {
    db.$client.close();
  }
}

export type LoadServer = {
  url: string;
  /** Sends a signal to the server process. */
  kill: (signal: NodeJS.Signals) => void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the server wrote to stderr. */
  stderr: () => string;
};

/** The built server as `npm start` serves it (NODE_ENV=production), on a free port and the given file. */
export async function startLoadServer(dbFile: string): Promise<LoadServer> {
  if (!fs.existsSync(path.join(ROOT, "build/index.js"))) throw new Error("No build: run `npm run build` first.");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: dbFile,
      PORT: "0",
      HOST: "127.0.0.1",
      TODAY: LOAD_TODAY,
      SESSION_SECRET: "load-test-session-secret-0123456789abcdef",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${stdout}\n${stderr}`)), 30_000);
    const poll = setInterval(() => {
      const match = stdout.match(/listening on (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(match[1]);
      }
    }, 10);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`the server exited (${code ?? signal}):\n${stdout}\n${stderr}`));
    });
  });
  return {
    url,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    exited,
    stderr: () => stderr,
  };
}

/** A small seeded generator (mulberry32), so that a run's choices can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Outcome = {
  manager: number;
  activityId: number;
  note: string;
  stale: boolean;
  /** The version sent. */
  version: number;
  /** The HTTP status, or null when no answer came (the server was killed). */
  status: number | null;
  ms: number;
  phase: 1 | 2;
};

async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    body: new URLSearchParams({ email, password: PASSWORD }),
  });
  await res.arrayBuffer();
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (res.status !== 303 || !cookie) throw new Error(`sign-in as ${email} answered ${res.status}`);
  return cookie;
}

/** The version the update form carries, as a manager opening it sees it (the route's loader data). */
async function openForm(url: string, cookie: string, activityId: number): Promise<number> {
  const res = await fetch(`${url}/activities/${activityId}/updates?_data=${encodeURIComponent("routes/activities.$id_.updates")}`, {
    headers: { Cookie: cookie },
  });
  if (res.status !== 200) throw new Error(`opening the form of activity ${activityId} answered ${res.status}`);
  const data = (await res.json()) as { activity: { version: number } };
  return data.activity.version;
}

type RunOptions = {
  url: string;
  plan: LoadPlan;
  cookies: string[];
  updatesPerManager: number;
  seed: number;
  phase: 1 | 2;
  /** Called after each acknowledged update with the number so far (for the crash: when to kill). */
  onAcknowledged?: (count: number) => void;
  /** Every update posted so far, with its answer; this run's are added. */
  outcomes: Outcome[];
  /** Requests on the way right now. */
  inFlight?: { count: number };
};

/**
 * The managers at once, each posting its updates one after another. Picks: the manager's own activity
 * 35 %, a pair 30 %, its group 15 %, the one shared by all 20 %; a stale version 25 % of the time (once it
 * has seen a second version). A manager whose request gets no answer stops (the server is gone).
 */
export async function runManagers(options: RunOptions): Promise<void> {
  const { url, plan, cookies, outcomes } = options;
  let acknowledged = outcomes.filter((o) => o.status === 303).length;
  await Promise.all(
    plan.managers.map(async (manager) => {
      const rand = random(options.seed * 1000 + manager.index * 7 + options.phase);
      const cookie = cookies[manager.index]!;
      const mine = plan.activities.filter((a) => a.writers.includes(manager.index));
      const bySharing = (sharing: Sharing) => mine.filter((a) => a.sharing === sharing);
      const known = new Map<number, number>();
      for (const a of mine) known.set(a.id, await openForm(url, cookie, a.id));
      const pick = (): LoadActivity => {
        const r = rand();
        const pool = r < 0.35 ? bySharing("own") : r < 0.65 ? bySharing("pair") : r < 0.8 ? bySharing("group") : bySharing("all");
        return pool[Math.floor(rand() * pool.length)] ?? mine[0]!;
      };
      for (let i = 0; i < options.updatesPerManager; i++) {
        const activity = pick();
        const current = known.get(activity.id) ?? activity.initialVersion;
        const stale = current >= 2 && rand() < 0.25;
        const version = stale ? 1 + Math.floor(rand() * (current - 1)) : current;
        const amber = rand() < 0.2;
        const note = `load p${options.phase} m${pad(manager.index)} #${String(i).padStart(4, "0")}`;
        const body = new URLSearchParams({
          status: "active",
          health: amber ? "amber" : "green",
          healthReason: amber ? "Færre deltagere end ventet" : "",
          note,
          reportedOn: LOAD_TODAY,
          version: String(version),
          [`indicator-${activity.indicatorId}`]: "1",
        });
        const started = performance.now();
        let status: number | null = null;
        if (options.inFlight) options.inFlight.count += 1;
        try {
          const res = await fetch(`${url}/activities/${activity.id}/updates`, {
            method: "POST",
            redirect: "manual",
            headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: url },
            body,
          });
          const html = await res.text();
          status = res.status;
          if (status === 303) {
            known.set(activity.id, version + 1);
            acknowledged += 1;
          } else if (status === 409) {
            // The page shown after a conflict carries the version now stored, as a person would reload it.
            const seen = Number(/name="version" value="(\d+)"/.exec(html)?.[1] ?? "0");
            if (seen > current) known.set(activity.id, seen);
          }
        } catch {
          status = null;
        } finally {
          if (options.inFlight) options.inFlight.count -= 1;
        }
        outcomes.push({
          manager: manager.index,
          activityId: activity.id,
          note,
          stale,
          version,
          status,
          ms: performance.now() - started,
          phase: options.phase,
        });
        if (status === null) return;
        if (status === 303) options.onAcknowledged?.(acknowledged);
      }
    }),
  );
}

export type ActivityFigures = {
  activity: LoadActivity;
  sent: number;
  acknowledged: number;
  conflicts: number;
  unanswered: number;
  other: number;
  stored: number;
  version: number;
  actuals: number;
  auditRows: number;
};

export type LoadReport = {
  sent: number;
  acknowledged: number;
  conflicts: number;
  /** Requests that got no answer: the server was killed while they were in flight (or after). */
  unanswered: number;
  /** Of those, the ones stored all the same (they committed; the answer was lost with the server). */
  unansweredStored: number;
  serverErrors: number;
  /** Any other status (400, 403, …): none is expected. */
  other: number;
  stored: number;
  fresh: { sent: number; acknowledged: number; conflicts: number };
  stale: { sent: number; conflicts: number };
  integrity: string;
  foreignKeyProblems: number;
  perActivity: ActivityFigures[];
  /** Each broken rule, in words; empty when the run holds. */
  failures: string[];
  latencyMs: { p50: number; p99: number };
};

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Compares what the managers were told with what the database holds. Without a crash: stored rows per
 * activity = acknowledged, exactly. With one: every acknowledged update stored, and nothing stored that
 * was refused or never sent; an update cut off by the crash may be either. In both: version = initial +
 * stored, one indicator figure and one audit row per stored update, integrity `ok`.
 */
export function verifyLoad(dbFile: string, plan: LoadPlan, outcomes: Outcome[]): LoadReport {
  const failures: string[] = [];
  const db = new Database(dbFile, { readonly: true });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    if (integrity !== "ok") failures.push(`integrity_check: ${integrity}`);
    const foreignKeyProblems = (db.pragma("foreign_key_check") as unknown[]).length;
    if (foreignKeyProblems > 0) failures.push(`foreign_key_check: ${foreignKeyProblems} rows`);

    const perActivity = plan.activities.map((activity): ActivityFigures => {
      const mine = outcomes.filter((o) => o.activityId === activity.id);
      const notes = (
        db.prepare("select note from status_updates where activity_id = ? and note like 'load p%'").all(activity.id) as { note: string }[]
      ).map((r) => r.note);
      const stored = new Set(notes);
      if (stored.size !== notes.length) failures.push(`${activity.title}: an update is stored twice`);
      for (const o of mine) {
        if (o.status === 303 && !stored.has(o.note)) failures.push(`${activity.title}: acknowledged update "${o.note}" is not stored`);
        if (o.status !== 303 && o.status !== null && stored.has(o.note))
          failures.push(`${activity.title}: update "${o.note}" answered ${o.status} but is stored`);
      }
      const sentNotes = new Set(mine.map((o) => o.note));
      for (const note of stored) if (!sentNotes.has(note)) failures.push(`${activity.title}: "${note}" is stored but was never sent there`);
      const version = (db.prepare("select version from activities where id = ?").get(activity.id) as { version: number }).version;
      if (version !== activity.initialVersion + stored.size)
        failures.push(`${activity.title}: version ${version}, expected ${activity.initialVersion} + ${stored.size} stored updates`);
      const actuals = (
        db
          .prepare(
            "select count(*) n from indicator_actuals ia join status_updates su on su.id = ia.status_update_id where su.activity_id = ?",
          )
          .get(activity.id) as { n: number }
      ).n;
      if (actuals !== stored.size) failures.push(`${activity.title}: ${actuals} indicator figures for ${stored.size} updates`);
      const auditRows = (
        db
          .prepare("select count(*) n from audit_log where action = 'activity.status-update' and entity = 'activity' and entity_id = ?")
          .get(String(activity.id)) as { n: number }
      ).n;
      if (auditRows !== stored.size) failures.push(`${activity.title}: ${auditRows} audit rows for ${stored.size} updates`);
      const count = (pred: (o: Outcome) => boolean) => mine.filter(pred).length;
      return {
        activity,
        sent: mine.length,
        acknowledged: count((o) => o.status === 303),
        conflicts: count((o) => o.status === 409),
        unanswered: count((o) => o.status === null),
        other: count((o) => o.status !== null && o.status !== 303 && o.status !== 409),
        stored: stored.size,
        version,
        actuals,
        auditRows,
      };
    });

    const count = (pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;
    const storedNotes = new Set(
      (db.prepare("select note from status_updates where note like 'load p%'").all() as { note: string }[]).map((r) => r.note),
    );
    for (const o of outcomes) {
      if (o.stale && o.status !== null && o.status !== 409)
        failures.push(`stale update "${o.note}" (version ${o.version}) answered ${o.status}`);
      if (o.status !== null && o.status !== 303 && o.status !== 409) failures.push(`update "${o.note}" answered ${o.status}`);
    }
    // Only its manager writes an activity of its own, one update at a time: a fresh version there is never a conflict.
    const own = new Set(plan.activities.filter((a) => a.sharing === "own").map((a) => a.id));
    for (const o of outcomes) {
      if (own.has(o.activityId) && !o.stale && o.status === 409)
        failures.push(`fresh update "${o.note}" of an activity nobody else writes got 409`);
    }
    const report: LoadReport = {
      sent: outcomes.length,
      acknowledged: count((o) => o.status === 303),
      conflicts: count((o) => o.status === 409),
      unanswered: count((o) => o.status === null),
      unansweredStored: count((o) => o.status === null && storedNotes.has(o.note)),
      serverErrors: count((o) => (o.status ?? 0) >= 500),
      other: count((o) => o.status !== null && o.status !== 303 && o.status !== 409),
      stored: perActivity.reduce((sum, a) => sum + a.stored, 0),
      fresh: {
        sent: count((o) => !o.stale),
        acknowledged: count((o) => !o.stale && o.status === 303),
        conflicts: count((o) => !o.stale && o.status === 409),
      },
      stale: { sent: count((o) => o.stale), conflicts: count((o) => o.stale && o.status === 409) },
      integrity,
      foreignKeyProblems,
      perActivity,
      failures,
      latencyMs: {
        p50: percentile(
          outcomes.map((o) => o.ms),
          50,
        ),
        p99: percentile(
          outcomes.map((o) => o.ms),
          99,
        ),
      },
    };
    if (report.sent !== report.acknowledged + report.conflicts + report.unanswered + report.other)
      failures.push("the answers do not add up to the updates sent");
    // Without a crash, unanswered is 0: stored = acknowledged, exactly.
    if (report.stored !== report.acknowledged + report.unansweredStored)
      failures.push(
        `${report.stored} updates stored, ${report.acknowledged} acknowledged (+ ${report.unansweredStored} cut off by the crash)`,
      );
    return report;
  } finally {
    db.close();
  }
}

export type RunResult = {
  report: LoadReport;
  /** Every update posted, with its answer. */
  outcomes: Outcome[];
  seconds: number;
  crash?: { killedAfter: number; inFlight: number; integrityAfterRestart: string };
};

/**
 * The whole run on a prepared database: start the server, sign the managers in (once each), post the
 * updates, and (with `crashAfter`) kill the server with SIGKILL once that many are acknowledged, start it
 * again, check the file, and let every manager post `updatesAfterCrash` more with the same session.
 */
export async function runLoad(options: {
  dbFile: string;
  plan: LoadPlan;
  updatesPerManager: number;
  seed: number;
  crashAfter?: number;
  updatesAfterCrash?: number;
}): Promise<RunResult> {
  const { dbFile, plan } = options;
  let server = await startLoadServer(dbFile);
  const outcomes: Outcome[] = [];
  const started = performance.now();
  let crash: RunResult["crash"];
  try {
    const cookies: string[] = [];
    for (const manager of plan.managers) cookies[manager.index] = await signIn(server.url, manager.email);
    let killedWith: { acknowledged: number; inFlight: number } | undefined;
    const inFlight = { count: 0 };
    await runManagers({
      inFlight,
      url: server.url,
      plan,
      cookies,
      outcomes,
      updatesPerManager: options.updatesPerManager,
      seed: options.seed,
      phase: 1,
      onAcknowledged: (count) => {
        if (options.crashAfter === undefined || killedWith || count < options.crashAfter) return;
        killedWith = { acknowledged: count, inFlight: inFlight.count };
        server.kill("SIGKILL");
      },
    });
    if (options.crashAfter !== undefined) {
      if (!killedWith) throw new Error(`the load ended before ${options.crashAfter} updates were acknowledged: nothing was killed`);
      const { signal } = await server.exited;
      if (signal !== "SIGKILL") throw new Error(`the server ended with ${signal}, not SIGKILL`);
      server = await startLoadServer(dbFile);
      const check = new Database(dbFile, { readonly: true });
      const integrityAfterRestart = (check.pragma("integrity_check") as { integrity_check: string }[])
        .map((r) => r.integrity_check)
        .join("; ");
      check.close();
      await runManagers({
        url: server.url,
        plan,
        cookies,
        outcomes,
        updatesPerManager: options.updatesAfterCrash ?? 10,
        seed: options.seed,
        phase: 2,
      });
      crash = { killedAfter: killedWith.acknowledged, inFlight: killedWith.inFlight, integrityAfterRestart };
    }
    const seconds = (performance.now() - started) / 1000;
    const report = verifyLoad(dbFile, plan, outcomes);
    if (crash && crash.integrityAfterRestart !== "ok")
      report.failures.push(`integrity_check after the restart: ${crash.integrityAfterRestart}`);
    const stderr = server.stderr();
    if (stderr.trim() !== "") report.failures.push(`the server wrote to stderr:\n${stderr}`);
    return { report, outcomes, seconds, crash };
  } finally {
    server.kill("SIGTERM");
    await server.exited;
  }
}

const SHARING_LABEL: Record<Sharing, string> = {
  own: "own (1 writer)",
  pair: "shared by 2",
  group: `shared by ≤ ${GROUP_SIZE}`,
  all: "shared by all",
};

/** The summary table the script prints (and the test shows on failure). */
export function formatReport(result: RunResult, options: { managers: number; updatesPerManager: number; seed: number }): string {
  const { report } = result;
  const cols = ["activities", "sent", "303", "409", "no answer", "other", "stored", "version Δ"];
  const lines = [
    `Overblik concurrency: ${options.managers} managers × ${options.updatesPerManager} status updates at once, seed ${options.seed}, ${result.seconds.toFixed(1)} s` +
      ` (${(report.sent / result.seconds).toFixed(0)} updates/s, p50 ${report.latencyMs.p50.toFixed(0)} ms, p99 ${report.latencyMs.p99.toFixed(0)} ms)`,
    "",
    ["".padEnd(16), ...cols.map((c) => c.padStart(10))].join(""),
  ];
  const row = (label: string, list: ActivityFigures[]) =>
    [
      label.padEnd(16),
      ...[
        list.length,
        sum(list, (a) => a.sent),
        sum(list, (a) => a.acknowledged),
        sum(list, (a) => a.conflicts),
        sum(list, (a) => a.unanswered),
        sum(list, (a) => a.other),
        sum(list, (a) => a.stored),
        sum(list, (a) => a.version - a.activity.initialVersion),
      ].map((n) => String(n).padStart(10)),
    ].join("");
  for (const sharing of ["own", "pair", "group", "all"] as const) {
    lines.push(
      row(
        SHARING_LABEL[sharing],
        report.perActivity.filter((a) => a.activity.sharing === sharing),
      ),
    );
  }
  lines.push(row("total", report.perActivity));
  lines.push(
    "",
    `fresh versions: ${report.fresh.sent} sent, ${report.fresh.acknowledged} acknowledged (303), ${report.fresh.conflicts} conflicts (409: someone was faster)`,
    `stale versions: ${report.stale.sent} sent, ${report.stale.conflicts} refused with 409`,
    `server errors (5xx): ${report.serverErrors}; other answers: ${report.other}; integrity_check: ${report.integrity}; foreign key problems: ${report.foreignKeyProblems}`,
  );
  if (result.crash) {
    lines.push(
      `crash: SIGKILL after ${result.crash.killedAfter} acknowledged updates with ${result.crash.inFlight} requests in flight; ` +
        `${report.unanswered} got no answer (${report.unansweredStored} of them stored all the same); ` +
        `integrity_check after restart: ${result.crash.integrityAfterRestart}; every acknowledged update stored: ${report.failures.some((f) => f.includes("not stored")) ? "NO" : "yes"}`,
    );
  }
  lines.push(
    "",
    report.failures.length === 0
      ? "All checks hold."
      : `${report.failures.length} checks failed:\n  ${report.failures.slice(0, 30).join("\n  ")}`,
  );
  return lines.join("\n");
}

function sum<T>(list: T[], f: (item: T) => number): number {
  return list.reduce((total, item) => total + f(item), 0);
}
