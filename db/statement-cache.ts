/**
 * SQLite compiles a statement each time it is prepared, and drizzle prepares every query each time it runs:
 * on the activity page that compiling was a fifth of the loader's time, more than running the statements.
 * The connection keeps its most recently used statements by their text and hands the same compiled statement
 * out again (better-sqlite3 statements are meant to be reused).
 */
import type Database from "better-sqlite3";

/** Enough for every query of every page (most are one text); texts that vary (IN lists of n values) age out. */
const MAX_STATEMENTS = 500;

const CACHE = Symbol.for("overblik.statementCache");
type Cached = Database.Database & { [CACHE]?: Map<string, Database.Statement> };

/** Starts reusing this connection's statements; called once when a connection is opened, after `trackWrites`. */
export function cacheStatements(sqlite: Database.Database): void {
  const cached = sqlite as Cached;
  if (cached[CACHE]) return;
  const statements = new Map<string, Database.Statement>();
  cached[CACHE] = statements;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const hit = statements.get(source);
    // A statement in the middle of an iterate() cannot run again until it is done: prepare another.
    if (hit && !hit.busy) {
      // Most recently used last: the oldest is dropped first.
      statements.delete(source);
      statements.set(source, hit);
      // Modes stay set on a statement (drizzle sets raw for some reads and not others): start from none.
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const statement = prepare(source);
    if (!hit) {
      statements.set(source, statement);
      if (statements.size > MAX_STATEMENTS) {
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
    }
    return statement;
  }) as typeof sqlite.prepare;
}
