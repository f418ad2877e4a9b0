import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";

import { type Db, getDb } from "../../db/client.server";
import { allRows, FINAL_IN, inList, SECURED_IN } from "../../db/sql";
import { ACTIVITY_STATUSES, FOCUS_AREA_CODES, type Health, HEALTHS } from "../domain/constants";
import type { DashboardFilters } from "./dashboard.server";
import { cachedUntilWrite } from "./figures-cache.server";

/** The dashboard's filters (plan, areas, period) as a condition on activities `a`. */
function scope(filters: DashboardFilters): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (filters.to) parts.push(sql`(a.starts_on is null or a.starts_on <= ${filters.to})`);
  if (filters.from) parts.push(sql`(a.ends_on is null or a.ends_on >= ${filters.from})`);
  if (filters.plans.length > 0) {
    parts.push(
      sql`a.plan_id in (select id from plans where slug in (${sql.join(
        filters.plans.map((s) => sql`${s}`),
        sql`, `,
      )}))`,
    );
  }
  if (filters.areas.length > 0) {
    parts.push(sql`a.id in (select aa.activity_id from activity_areas aa join areas ar on ar.id = aa.area_id
      where ar.slug in (${sql.join(
        filters.areas.map((s) => sql`${s}`),
        sql`, `,
      )}))`);
  }
  return sql.join(parts, sql` and `);
}

const AttentionRow = z.object({
  id: z.number(),
  title: z.string(),
  focus: z.enum(FOCUS_AREA_CODES),
  status: z.enum(ACTIVITY_STATUSES),
  health: z.enum(HEALTHS),
  healthReason: z.string(),
  // An activity in no area has no names to join.
  areaNames: z
    .string()
    .nullable()
    .transform((v) => v ?? ""),
});
export type AttentionActivity = z.output<typeof AttentionRow>;

/** The healths the board pack lists for attention. */
const ATTENTION_HEALTHS = ["red", "amber"] as const satisfies readonly Health[];

/** Open activities that are red or amber, red first, with their reasons. */
export function redAndAmber(filters: DashboardFilters, db: Db = getDb()): AttentionActivity[] {
  return cachedUntilWrite(db, JSON.stringify(["redAndAmber", filters]), () => computeRedAndAmber(filters, db));
}

function computeRedAndAmber(filters: DashboardFilters, db: Db): AttentionActivity[] {
  return allRows(
    db,
    AttentionRow,
    sql`
    select a.id, a.title, fa.code as focus, a.status, a.health, a.health_reason as healthReason,
      (select group_concat(ar.name, ', ') from activity_areas aa join areas ar on ar.id = aa.area_id where aa.activity_id = a.id) as areaNames
    from activities a join focus_areas fa on fa.id = a.focus_area_id
    where a.health in ${inList(ATTENTION_HEALTHS)} and a.status not in ${FINAL_IN} and ${scope(filters)}
    order by case a.health when ${"red" satisfies Health} then 0 else 1 end, fa.sort_order, a.title`,
  );
}

const ChangeRow = z.object({
  activityId: z.number(),
  title: z.string(),
  focus: z.enum(FOCUS_AREA_CODES),
  reportedOn: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  previousStatus: z.enum(ACTIVITY_STATUSES).nullable(),
  health: z.enum(HEALTHS),
  previousHealth: z.enum(HEALTHS).nullable(),
  healthReason: z.string(),
});
export type Change = z.output<typeof ChangeRow>;

/** Status and health changes reported since a date (a first report counts as a change). */
export function changesSince(since: string, until: string, filters: DashboardFilters, db: Db = getDb()): Change[] {
  return cachedUntilWrite(db, JSON.stringify(["changesSince", since, until, filters]), () =>
    computeChangesSince(since, until, filters, db),
  );
}

function computeChangesSince(since: string, until: string, filters: DashboardFilters, db: Db): Change[] {
  return allRows(
    db,
    ChangeRow,
    sql`
    select * from (
      select su.activity_id as activityId, a.title, fa.code as focus, su.reported_on as reportedOn,
        su.status, lag(su.status) over w as previousStatus,
        su.health, lag(su.health) over w as previousHealth, su.health_reason as healthReason
      from status_updates su
      join activities a on a.id = su.activity_id
      join focus_areas fa on fa.id = a.focus_area_id
      -- Only the histories of activities reported on in the period (each update's predecessor may lie before it).
      where ${scope(filters)} and su.reported_on <= ${until}
        and su.activity_id in (select activity_id from status_updates where reported_on >= ${since} and reported_on <= ${until})
      window w as (partition by su.activity_id order by su.reported_on, su.id)
    )
    where reportedOn >= ${since} and reportedOn <= ${until}
      and (previousStatus is null or previousStatus <> status or previousHealth <> health)
    order by reportedOn desc, title`,
  );
}

const ActivityStateRow = z.object({
  id: z.number(),
  title: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  health: z.enum(HEALTHS),
  healthReason: z.string(),
  budget: z.number(),
  secured: z.number(),
  lastReportedOn: z.string().nullable(),
  areaNames: z
    .string()
    .nullable()
    .transform((v) => v ?? ""),
});
export type ActivityState = z.output<typeof ActivityStateRow> & { gap: number };

/** The current state of some activities (a meeting's agenda): status, health and reason, money, latest update. */
export function activityStates(ids: readonly number[], db: Db = getDb()): ActivityState[] {
  if (ids.length === 0) return [];
  const rows = allRows(
    db,
    ActivityStateRow,
    sql`
    select a.id, a.title, a.status, a.health, a.health_reason as healthReason, a.budget,
      coalesce((select sum(fl.amount) from funding_lines fl where fl.activity_id = a.id and fl.stage in ${SECURED_IN}), 0) as secured,
      (select max(su.reported_on) from status_updates su where su.activity_id = a.id) as lastReportedOn,
      (select group_concat(ar.name, ', ') from activity_areas aa join areas ar on ar.id = aa.area_id where aa.activity_id = a.id) as areaNames
    from activities a
    where a.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
    order by a.title`,
  );
  return rows.map((r) => ({ ...r, gap: Math.max(0, r.budget - r.secured) }));
}
