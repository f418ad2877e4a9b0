import type { Db } from "./client.server";

/**
 * Statements prepared once per connection, for the queries every signed-in request and every status update
 * run (docs/decisions/016-fast-at-national-scale.md): drizzle otherwise builds a query's SQL and SQLite
 * compiles it again on every call. Write them with `sql.placeholder` for what changes per call.
 *
 * A statement belongs to the connection it was prepared on, and the tests open several connections, one
 * after another and side by side: the statements are kept per connection object (a closed connection's go
 * with it), prepared on that connection's first use. Run inside `db.transaction`, they are part of it:
 * better-sqlite3 runs a transaction on the connection itself, synchronously.
 *
 * Writes are still counted for the cached figures (db/write-generation.ts wraps every statement as it is
 * prepared, so each run of a prepared write counts).
 */
export function preparedPerConnection<T>(prepare: (db: Db) => T): (db: Db) => T {
  const byConnection = new WeakMap<Db["$client"], T>();
  return (db) => {
    let statements = byConnection.get(db.$client);
    if (statements === undefined) {
      statements = prepare(db);
      byConnection.set(db.$client, statements);
    }
    return statements;
  };
}
