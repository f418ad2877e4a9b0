/**
 * What has been written to the database since a figure was computed, so that aggregates can be cached until
 * the next write (see docs/decisions/016-fast-at-national-scale.md).
 *
 * Each connection counts the writes it makes to portfolio tables: every prepared INSERT, UPDATE or DELETE is
 * looked at once, when it is prepared, and its runs bump the count unless its table is one that no figure
 * reads (sessions, sign-in throttling, the audit log). Writes by other processes (a script, a restore) are
 * seen through SQLite's `PRAGMA data_version`, which changes when another connection commits.
 */
import type Database from "better-sqlite3";

/** Tables no cached figure reads: writing them keeps the cache. */
const UNREAD_TABLES = new Set(["sessions", "login_failures", "audit_log", "meta"]);

const WRITE = /^\s*(?:insert|replace|update|delete)\b(?:\s+or\s+\w+)?(?:\s+into|\s+from)?\s+["`[]?(\w+)/i;

/**
 * The count lives on the connection itself, under a registered symbol: server.ts (run by tsx) and the app's
 * server build each have their own copy of this module, and both must see the one count of the one connection.
 */
const COUNT = Symbol.for("overblik.writeCount");
type Tracked = Database.Database & { [COUNT]?: { own: number } };

/** The table a writing statement writes to, or null when it cannot tell (which counts as a write to anything). */
export function writtenTable(source: string): string | null {
  return WRITE.exec(source)?.[1]?.toLowerCase() ?? null;
}

/** Starts counting this connection's writes; called once when a connection is opened. */
export function trackWrites(sqlite: Database.Database): void {
  const tracked = sqlite as Tracked;
  if (tracked[COUNT]) return;
  const counter = { own: 0 };
  tracked[COUNT] = counter;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    // A write with RETURNING is a "reader" to better-sqlite3 and runs through get or all: go by the text.
    const written = WRITE.exec(source);
    if (!written && statement.reader) return statement;
    // Transaction control (begin, commit, savepoints) and pragmas write no rows of their own.
    if (!written && /^\s*(?:begin|commit|end|rollback|savepoint|release|pragma|analyze)\b/i.test(source)) return statement;
    const table = written?.[1]?.toLowerCase() ?? null;
    if (table !== null && UNREAD_TABLES.has(table)) return statement;
    for (const name of ["run", "get", "all", "iterate"] as const) {
      const method = statement[name].bind(statement) as (...args: unknown[]) => unknown;
      // Configurable, so that another wrapper (the bench's timing, the write count) can wrap it again.
      Object.defineProperty(statement, name, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => {
          counter.own += 1;
          return method(...args);
        },
      });
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * A token that changes whenever the portfolio may have changed: this connection's own writes, and commits by
 * other connections. Equal tokens mean a figure computed under the first still holds.
 */
export function writeGeneration(sqlite: Database.Database): string {
  const counter = (sqlite as Tracked)[COUNT];
  // A connection that does not count its writes cannot say what is unchanged: nothing is cached for it.
  if (!counter) return `untracked.${Math.random()}`;
  const own = counter.own;
  const others = sqlite.pragma("data_version", { simple: true }) as number;
  return `${own}.${others}`;
}
