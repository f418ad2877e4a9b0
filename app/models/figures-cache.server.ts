import type { Db } from "../../db/client.server";
import { writeGeneration } from "../../db/write-generation";

/**
 * Figures that aggregate the whole portfolio (the dashboard's, co-financing, funding totals), kept until the
 * next write to the database (db/write-generation.ts), per connection. A board reading the same dashboard
 * again, or a page that needs one area of it, pays for the SQL once per write instead of once per request.
 * Keys must name everything the figure depends on besides the database (filters, today).
 */
const MAX_ENTRIES = 200;

type Cache = { generation: string; entries: Map<string, unknown> };
const caches = new WeakMap<Db["$client"], Cache>();

/** Outside production a cached value is frozen, so that a caller changing it fails a test instead of the next reader. */
const FREEZE = process.env.NODE_ENV !== "production";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function cachedUntilWrite<T>(db: Db, key: string, compute: () => T): T {
  const generation = writeGeneration(db.$client);
  let cache = caches.get(db.$client);
  if (!cache || cache.generation !== generation) {
    cache = { generation, entries: new Map() };
    caches.set(db.$client, cache);
  }
  if (cache.entries.has(key)) {
    const hit = cache.entries.get(key) as T;
    // Most recently used last: the oldest is dropped first.
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit;
  }
  const value = compute();
  cache.entries.set(key, FREEZE ? deepFreeze(value) : value);
  if (cache.entries.size > MAX_ENTRIES) {
    const oldest = cache.entries.keys().next();
    if (!oldest.done) cache.entries.delete(oldest.value);
  }
  return value;
}
