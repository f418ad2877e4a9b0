import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

import { formatReport, type LoadPlan, prepareLoad, runLoad } from "../../scripts/load/status-update-load";
import { copyTemplate, removeDatabase } from "../setup/template-db";

/**
 * `npm run load:concurrency` in small (issue 15, items 3 and 4): managers signed in at once post status
 * updates over HTTP to their own and shared activities, with fresh and stale versions, against the built
 * server; then, with the server killed (SIGKILL) mid-run and started again. The script runs 20 × 250.
 */
const MANAGERS = 6;
const SEED = 15;
let dbFile: string;

afterEach(() => removeDatabase(dbFile));

/** What the database holds of the run, read here rather than taken from the script's own report. */
function stored(plan: LoadPlan) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db.prepare("select activity_id, note from status_updates where note like 'load p%'").all() as {
      activity_id: number;
      note: string;
    }[];
    const versions = plan.activities.map(
      (a) => (db.prepare("select version from activities where id = ?").get(a.id) as { version: number }).version,
    );
    return {
      notes: new Set(rows.map((r) => r.note)),
      rows: rows.length,
      versionsGained: versions.reduce((sum, v) => sum + (v - 1), 0),
      integrity: db.pragma("integrity_check", { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe("status updates from many managers at once", () => {
  it("stores every acknowledged update, answers every stale one 409, never 500, and the counts add up", async () => {
    dbFile = copyTemplate("concurrency");
    const plan = await prepareLoad(dbFile, MANAGERS);
    const result = await runLoad({ dbFile, plan, updatesPerManager: 30, seed: SEED });
    const { report } = result;
    expect(report.failures, formatReport(result, { managers: MANAGERS, updatesPerManager: 30, seed: SEED })).toEqual([]);

    expect(report.sent).toBe(MANAGERS * 30);
    expect(report.acknowledged + report.conflicts).toBe(report.sent);
    expect(report.serverErrors).toBe(0);
    expect(report.stale.sent).toBeGreaterThan(0);
    expect(report.stale.conflicts).toBe(report.stale.sent);
    // Shared activities were written by several managers, and some of them lost a race.
    expect(report.fresh.conflicts).toBeGreaterThan(0);
    for (const sharing of ["own", "pair", "group", "all"] as const) {
      expect(report.perActivity.filter((a) => a.activity.sharing === sharing && a.acknowledged > 0).length).toBeGreaterThan(0);
    }

    const db = stored(plan);
    expect(db.integrity).toBe("ok");
    const acknowledged = result.outcomes.filter((o) => o.status === 303);
    expect(acknowledged.filter((o) => !db.notes.has(o.note))).toEqual([]);
    expect(db.rows).toBe(report.acknowledged);
    expect(db.versionsGained).toBe(report.acknowledged);
    expect(report.stored).toBe(report.acknowledged);
  }, 90_000);

  it("survives kill -9 mid-run: integrity ok, every acknowledged update there, and the managers carry on", async () => {
    dbFile = copyTemplate("crash");
    const plan = await prepareLoad(dbFile, MANAGERS);
    const result = await runLoad({ dbFile, plan, updatesPerManager: 60, seed: SEED, crashAfter: 50, updatesAfterCrash: 10 });
    const { report, crash } = result;
    expect(report.failures, formatReport(result, { managers: MANAGERS, updatesPerManager: 60, seed: SEED })).toEqual([]);

    expect(crash?.killedAfter).toBe(50);
    expect(crash?.integrityAfterRestart).toBe("ok");
    // The server was killed with requests on the way: each manager lost one answer.
    expect(report.unanswered).toBe(MANAGERS);
    expect(report.serverErrors).toBe(0);
    expect(report.acknowledged + report.conflicts + report.unanswered).toBe(report.sent);

    const db = stored(plan);
    expect(db.integrity).toBe("ok");
    const acknowledgedBeforeKill = result.outcomes.filter((o) => o.phase === 1 && o.status === 303);
    expect(acknowledgedBeforeKill.length).toBeGreaterThanOrEqual(50);
    expect(acknowledgedBeforeKill.filter((o) => !db.notes.has(o.note))).toEqual([]);
    // Nothing refused is stored; of the requests cut off, some may be (committed, answer lost).
    expect(result.outcomes.filter((o) => o.status === 409 && db.notes.has(o.note))).toEqual([]);
    expect(db.rows).toBe(report.acknowledged + report.unansweredStored);
    expect(db.versionsGained).toBe(db.rows);
    // After the restart, with the sessions they had, the managers' updates went through again.
    expect(result.outcomes.filter((o) => o.phase === 2 && o.status === 303).length).toBeGreaterThan(0);
  }, 90_000);
});
