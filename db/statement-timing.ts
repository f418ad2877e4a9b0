/**
 * Time spent in SQLite per request, for `npm run bench` (SERVER_TIMING=1): each prepared statement's run,
 * get, all and iterate are timed and added to the tally of the request they run in (AsyncLocalStorage),
 * which server.ts sends as a `Server-Timing` header. Off by default: it costs a clock read per statement and
 * tells a visitor how long the server's queries take.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";

import type Database from "better-sqlite3";

export type StatementTally = { ms: number; statements: number };

const tallies = new AsyncLocalStorage<StatementTally>();

const TIMED = ["run", "get", "all", "iterate"] as const;

/** Statements already timed: the connection hands a cached statement out again (db/statement-cache.ts). */
const timed = new WeakSet<Database.Statement>();

/** Wraps the connection's `prepare` so that every statement it makes is timed into the current tally. */
export function timeStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    if (timed.has(statement)) return statement;
    timed.add(statement);
    for (const name of TIMED) {
      const original = statement[name].bind(statement) as (...args: unknown[]) => unknown;
      // Configurable, so that another wrapper (the bench's timing, the write count) can wrap it again.
      Object.defineProperty(statement, name, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => {
          const tally = tallies.getStore();
          if (!tally) return original(...args);
          const started = performance.now();
          try {
            return original(...args);
          } finally {
            tally.ms += performance.now() - started;
            tally.statements += 1;
          }
        },
      });
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/** Runs `next` (the rest of a request) adding its statements' time to `tally`. */
export function withStatementTally(tally: StatementTally, next: () => void): void {
  tallies.run(tally, next);
}
