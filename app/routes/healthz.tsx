import { sql } from "drizzle-orm";

import { getDb } from "../../db/client.server";

/** For operators and tests: 200 `ok` when the database answers, 503 when it does not. */
export function loader() {
  try {
    getDb().get(sql`select 1`);
    return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("healthz: database did not answer", error);
    return new Response("database unavailable", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
