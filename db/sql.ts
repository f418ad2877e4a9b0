import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";

import { SECURED_STAGES } from "../app/domain/constants";
import { FINAL_STATUSES } from "../app/domain/transitions";

/** `('a', 'b')` for a SQL `in`, written from our own constants (never from user input). */
export function inList(values: readonly string[]): SQL {
  return sql.raw(`(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")})`);
}

/** Funding stages whose money counts as secured (granted, paid). */
export const SECURED_IN = inList(SECURED_STAGES);

/** Statuses after which an activity needs no more updates (completed, stopped). */
export const FINAL_IN = inList(FINAL_STATUSES);

type Queryable = { all: (query: SQL) => unknown[]; get: (query: SQL) => unknown };

/** The rows of a raw SQL query, checked against their shape: a parse, not a cast. */
export function allRows<T extends z.ZodType>(db: Queryable, row: T, query: SQL): z.output<T>[] {
  return z.array(row).parse(db.all(query));
}

/** The one row of a raw SQL query (an aggregate always has one), checked against its shape. */
export function oneRow<T extends z.ZodType>(db: Queryable, row: T, query: SQL): z.output<T> {
  return row.parse(db.get(query));
}
