import type { DbOrTx } from "./client.server";

/**
 * A query that drizzle builds once per connection and that runs again with new values for its
 * `sql.placeholder`s: `const byId = preparedQuery((db) => db.select()…where(eq(t.id, sql.placeholder("id"))).prepare())`,
 * then `byId(db).all({ id })`. drizzle otherwise writes a query's SQL text from its parts on every run, which
 * for the short queries of an activity's page took longer than SQLite took to run them
 * (docs/decisions/016-fast-at-national-scale.md). A list of ids is one placeholder holding a JSON array:
 * `in (select value from json_each(${sql.placeholder("ids")}))`.
 */
export function preparedQuery<T>(build: (db: DbOrTx) => T): (db: DbOrTx) => T {
  const byConnection = new WeakMap<DbOrTx, T>();
  return (db) => {
    let query = byConnection.get(db);
    if (query === undefined) byConnection.set(db, (query = build(db)));
    return query;
  };
}
