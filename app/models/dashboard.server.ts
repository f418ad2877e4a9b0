import { asc, type SQL, sql } from "drizzle-orm";
import { z } from "zod";

import { type Db, getDb } from "../../db/client.server";
import { areas, focusAreas, plans } from "../../db/schema";
import { allRows, FINAL_IN, oneRow, SECURED_IN } from "../../db/sql";
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type FocusAreaCode,
  type Health,
  HEALTHS,
  type IndicatorKind,
  PIPELINE_STAGE,
} from "../domain/constants";
import { type CoFinancing, coFinancing, roundShares } from "../domain/funding";
import { addDays, addMonths } from "../utils/dates";
import { cachedUntilWrite } from "./figures-cache.server";

/**
 * The board's figures. Everything is a SQL aggregate over one filtered base of (activity, area) pairs in
 * which an activity in n areas carries a share of 1/n of its money, so area figures add up to the total.
 * Counts count an activity once in each of its areas, and once in a focus area's total.
 */
export type DashboardFilters = {
  plans: string[];
  areas: string[];
  /** Period (ISO dates): activities whose own period overlaps it; also bounds the quarterly chart. */
  from: string | null;
  to: string | null;
};

/**
 * A line counts toward its plan's local co-financing only in a year of the plan's period (app/domain/funding.ts
 * `countsTowardPlan`): the share is taken over `plan_secured`, while `secured` (for the gap) is all of it.
 */
const inPlan = sql`fl.year between cast(substr(lp.starts_on, 1, 4) as integer) and cast(substr(lp.ends_on, 1, 4) as integer)`;

/** The filtered base as a CTE: one row per (activity, area) with its money and its share. */
function baseCte(filters: DashboardFilters): SQL {
  const conditions: SQL[] = [sql`1 = 1`];
  if (filters.plans.length > 0) {
    conditions.push(
      sql`p.slug in (${sql.join(
        filters.plans.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  if (filters.areas.length > 0) {
    conditions.push(
      sql`ar.slug in (${sql.join(
        filters.areas.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  if (filters.to) conditions.push(sql`(a.starts_on is null or a.starts_on <= ${filters.to})`);
  if (filters.from) conditions.push(sql`(a.ends_on is null or a.ends_on >= ${filters.from})`);
  return sql`
    money as (
      select fl.activity_id,
        sum(case when fl.stage in ${SECURED_IN} then fl.amount else 0 end) as secured,
        sum(case when fl.stage in ${SECURED_IN} and ${inPlan} then fl.amount else 0 end) as plan_secured,
        sum(case when fl.stage in ${SECURED_IN} and ${inPlan} and fs.counts_as_local = 1 then fl.amount else 0 end) as local,
        sum(case when fl.stage = ${PIPELINE_STAGE} then fl.amount else 0 end) as pipeline
      from funding_lines fl join funding_sources fs on fs.id = fl.source_id
      join activities la on la.id = fl.activity_id join plans lp on lp.id = la.plan_id
      group by fl.activity_id
    ),
    area_count as (select activity_id, count(*) as n from activity_areas group by activity_id),
    base as materialized (
      select a.id, a.status, a.health, a.budget, fa.code as focus, ar.slug as area, 1.0 / c.n as share,
        coalesce(m.secured, 0) as secured, coalesce(m.plan_secured, 0) as plan_secured, coalesce(m.local, 0) as local,
        coalesce(m.pipeline, 0) as pipeline
      from activities a
      join focus_areas fa on fa.id = a.focus_area_id
      join plans p on p.id = a.plan_id
      join activity_areas aa on aa.activity_id = a.id
      join areas ar on ar.id = aa.area_id
      join area_count c on c.activity_id = a.id
      left join money m on m.activity_id = a.id
      where ${sql.join(conditions, sql` and `)}
    )`;
}

/** A sum over no rows is null in SQL: zero here. */
const amount = z
  .number()
  .nullable()
  .transform((v) => v ?? 0);

/** The aggregate row `figureColumns` selects, as SQLite returns it. */
const RawFiguresRow = z.object({
  activities: amount,
  open: amount,
  ...(Object.fromEntries(HEALTHS.map((h) => [h, amount])) as Record<Health, typeof amount>),
  ...(Object.fromEntries(ACTIVITY_STATUSES.map((st) => [st, amount])) as Record<ActivityStatus, typeof amount>),
  budget: amount,
  secured: amount,
  planSecured: amount,
  gap: amount,
  local: amount,
  pipeline: amount,
});
type RawFigures = z.output<typeof RawFiguresRow>;

/**
 * The aggregate columns over `base`: per area (or cell) an activity counts once per row; across areas
 * (`distinct`) once in all. Health counts only open (not completed or stopped) activities.
 */
function figureColumns(distinct: boolean): SQL {
  const countWhere = (condition: SQL) =>
    distinct ? sql`count(distinct case when ${condition} then id end)` : sql`sum(case when ${condition} then 1 else 0 end)`;
  const open = sql`status not in ${FINAL_IN}`;
  return sql.join(
    [
      sql`${distinct ? sql`count(distinct id)` : sql`count(*)`} as activities`,
      sql`${countWhere(open)} as open`,
      ...HEALTHS.map((h) => sql`${countWhere(sql`health = ${h} and ${open}`)} as ${sql.identifier(h)}`),
      ...ACTIVITY_STATUSES.map((st) => sql`${countWhere(sql`status = ${st}`)} as ${sql.identifier(st)}`),
      sql`coalesce(sum(budget * share), 0) as budget`,
      sql`coalesce(sum(secured * share), 0) as secured`,
      sql`coalesce(sum(plan_secured * share), 0) as ${sql.identifier("planSecured")}`,
      sql`coalesce(sum(max(budget - secured, 0) * share), 0) as gap`,
      sql`coalesce(sum(local * share), 0) as local`,
      sql`coalesce(sum(pipeline * share), 0) as pipeline`,
    ],
    sql`, `,
  );
}

type Figures = {
  activities: number;
  active: number;
  open: number;
  health: { green: number; amber: number; red: number };
  status: { idea: number; planned: number; active: number; paused: number; completed: number; stopped: number };
  /** Green among open (not completed or stopped) activities; null with none open. */
  shareGreen: number | null;
  budget: number;
  secured: number;
  gap: number;
  pipeline: number;
  coFinancing: CoFinancing;
};

function toFigures(r: RawFigures): Figures {
  return {
    activities: Number(r.activities),
    active: Number(r.active),
    open: Number(r.open),
    health: { green: Number(r.green), amber: Number(r.amber), red: Number(r.red) },
    status: {
      idea: Number(r.idea),
      planned: Number(r.planned),
      active: Number(r.active),
      paused: Number(r.paused),
      completed: Number(r.completed),
      stopped: Number(r.stopped),
    },
    shareGreen: Number(r.open) > 0 ? Number(r.green) / Number(r.open) : null,
    budget: Math.round(Number(r.budget)),
    secured: Math.round(Number(r.secured)),
    gap: Math.round(Number(r.gap)),
    pipeline: Math.round(Number(r.pipeline)),
    // Over the money of the plans' own years only (secured above is all of it, for the gap).
    coFinancing: coFinancing(Math.round(Number(r.local)), Math.round(Number(r.planSecured))),
  };
}

type AreaInfo = { slug: string; name: string; residents: number | null };
type FocusInfo = { code: FocusAreaCode; nameDa: string; nameEn: string };

export type Dashboard = {
  areas: AreaInfo[];
  focusAreas: FocusInfo[];
  total: Figures;
  byFocus: Record<string, Figures>;
  byArea: Record<string, Figures>;
  /** matrix[focus][area] */
  matrix: Record<string, Record<string, Figures>>;
  quarters: { label: string; endsOn: string; total: number | null; byArea: Record<string, number | null> }[];
  indicators: { focus: string; area: string | null; indicators: number; measured: number; met: number; averageProgress: number | null }[];
};

/** Quarter ends (ISO) for the chart: the quarters of the period, or the last eight up to today. */
export function quarterEnds(today: string, from: string | null, to: string | null): { label: string; endsOn: string }[] {
  const end = to && to < today ? to : today;
  const quarterOf = (iso: string) => ({ year: Number(iso.slice(0, 4)), q: Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1 });
  // The day before the next quarter starts.
  const endOf = (year: number, q: number) => addDays(`${q === 4 ? year + 1 : year}-${String(((q * 3) % 12) + 1).padStart(2, "0")}-01`, -1);
  const last = quarterOf(end);
  // At most 24 quarters, the latest ones: a long period keeps its end in view.
  const earliest = quarterOf(addMonths(`${last.year}-${String((last.q - 1) * 3 + 1).padStart(2, "0")}-01`, -69));
  const wanted = from ? quarterOf(from) : quarterOf(addMonths(end, -21));
  const first = wanted.year * 4 + wanted.q < earliest.year * 4 + earliest.q ? earliest : wanted;
  const out: { label: string; endsOn: string }[] = [];
  let { year, q } = first;
  while (year < last.year || (year === last.year && q <= last.q)) {
    const quarterEnd = endOf(year, q);
    // The last quarter is shown as of today (or the period's end).
    // A language-neutral key; the page and CSV write it in the reader's language.
    out.push({ label: `${year}-Q${q}`, endsOn: quarterEnd > end ? end : quarterEnd });
    q += 1;
    if (q > 4) {
      q = 1;
      year += 1;
    }
  }
  return out;
}

/** The board's figures for these filters, cached until the next write (figures-cache.server.ts). */
export function getDashboard(filters: DashboardFilters, today: string, db: Db = getDb()): Dashboard {
  const key = JSON.stringify(["dashboard", filters.plans, filters.areas, filters.from, filters.to, today]);
  return cachedUntilWrite(db, key, () => computeDashboard(filters, today, db));
}

function computeDashboard(filters: DashboardFilters, today: string, db: Db): Dashboard {
  const base = baseCte(filters);
  const areaList = db
    .select({ slug: areas.slug, name: areas.name, residents: areas.residents })
    .from(areas)
    .orderBy(asc(areas.name))
    .all()
    .filter((a) => filters.areas.length === 0 || filters.areas.includes(a.slug));
  const focusList = db
    .select({ code: focusAreas.code, nameDa: focusAreas.nameDa, nameEn: focusAreas.nameEn })
    .from(focusAreas)
    .orderBy(asc(focusAreas.sortOrder))
    .all();

  const cells = allRows(
    db,
    RawFiguresRow.extend({ focus: z.string(), area: z.string() }),
    sql`with ${base} select focus, area, ${figureColumns(false)} from base group by focus, area`,
  );
  const focusRows = allRows(
    db,
    RawFiguresRow.extend({ focus: z.string() }),
    sql`with ${base} select focus, ${figureColumns(true)} from base group by focus`,
  );
  const areaRows = allRows(
    db,
    RawFiguresRow.extend({ area: z.string() }),
    sql`with ${base} select area, ${figureColumns(false)} from base group by area`,
  );
  const totalRow = oneRow(db, RawFiguresRow, sql`with ${base} select ${figureColumns(true)} from base`);

  const matrix: Dashboard["matrix"] = {};
  for (const c of cells) (matrix[c.focus] ??= {})[c.area] = toFigures(c);
  const byArea = Object.fromEntries(areaRows.map((r) => [r.area, toFigures(r)]));
  // Area money is a sum of split shares: round it so the areas add up to the total.
  const areaKeys = Object.keys(byArea);
  for (const key of ["budget", "secured", "gap", "pipeline"] as const) {
    const rounded = roundShares(areaRows.map((r) => Number(r[key])));
    areaKeys.forEach((slug, i) => {
      const figures = byArea[slug];
      if (figures) figures[key] = rounded[i] ?? 0;
    });
  }

  // Share green per quarter: each activity's latest reported health as of the quarter's end.
  const quarters = quarterEnds(today, filters.from, filters.to);
  // A period that starts after today has no quarters: no rows (a row of nulls would be a quarter without a label).
  const quarterValues = quarters.length
    ? sql`values ${sql.join(
        quarters.map((q) => sql`(${q.label}, ${q.endsOn})`),
        sql`, `,
      )}`
    : sql`select null, null where 0`;
  const quarterRows = allRows(
    db,
    z.object({ label: z.string(), area: z.string().nullable(), open: amount, green: amount }),
    sql`
    with ${base},
    q(label, ends_on) as (${quarterValues}),
    ids as materialized (select distinct id from base),
    latest as materialized (
      select q.label, ids.id,
        (select su.health || '|' || su.status from status_updates su
          where su.activity_id = ids.id and su.reported_on <= q.ends_on
          order by su.reported_on desc, su.id desc limit 1) as hs
      from q cross join ids
    ),
    flags as materialized (
      select label, id,
        hs is not null and substr(hs, instr(hs, '|') + 1) not in ${FINAL_IN} as open,
        hs like 'green|%' and substr(hs, instr(hs, '|') + 1) not in ${FINAL_IN} as green
      from latest
    )
    select f.label, b.area, sum(f.open) as open, sum(f.green) as green
    from flags f join (select distinct id, area from base) b on b.id = f.id
    group by f.label, b.area
    union all
    select label, null, sum(open), sum(green) from flags group by label`,
  );
  const share = (r: { open: number; green: number } | undefined) => (r && Number(r.open) > 0 ? Number(r.green) / Number(r.open) : null);
  const quarterSeries = quarters.map((q) => ({
    ...q,
    total: share(quarterRows.find((r) => r.label === q.label && r.area === null)),
    byArea: Object.fromEntries(areaList.map((a) => [a.slug, share(quarterRows.find((r) => r.label === q.label && r.area === a.slug))])),
  }));

  // Indicator achievement: current value and clamped progress per indicator, computed in SQL.
  const indicatorRows = allRows(
    db,
    z.object({
      focus: z.string(),
      area: z.string().nullable(),
      indicators: amount,
      measured: amount,
      met: amount,
      average: z.number().nullable(),
    }),
    sql`
    with ${base},
    activity_focus as (select distinct id, focus, area from base),
    current as (
      select i.id, i.activity_id, i.baseline, i.target,
        case when i.kind = ${"cumulative" satisfies IndicatorKind}
          then (select sum(ia.value) from indicator_actuals ia where ia.indicator_id = i.id)
          else (select ia.value from indicator_actuals ia join status_updates su on su.id = ia.status_update_id
                where ia.indicator_id = i.id order by su.reported_on desc, su.id desc limit 1)
        end as value
      from indicators i
      -- A retired indicator keeps its history but counts in no progress figure (decision 012).
      where i.activity_id in (select id from base) and i.retired_on is null
    ),
    progress as (
      select af.focus, af.area, c.id,
        case when c.value is null or c.target = c.baseline then null
          else (c.value - c.baseline) / (c.target - c.baseline) end as raw
      from current c join activity_focus af on af.id = c.activity_id
    )
    select focus, area, count(*) as indicators, count(raw) as measured,
      sum(case when raw >= 1 then 1 else 0 end) as met, avg(max(0, min(1, raw))) as average
    from progress group by focus, area
    union all
    select focus, null, count(distinct id), count(distinct case when raw is not null then id end),
      count(distinct case when raw >= 1 then id end), avg(max(0, min(1, raw)))
    from (select distinct focus, id, raw from progress) group by focus`,
  );

  return {
    areas: areaList,
    focusAreas: focusList,
    total: toFigures(totalRow),
    byFocus: Object.fromEntries(focusRows.map((r) => [r.focus, toFigures(r)])),
    byArea,
    matrix,
    quarters: quarterSeries,
    indicators: indicatorRows.map((r) => ({
      focus: r.focus,
      area: r.area,
      indicators: Number(r.indicators),
      measured: Number(r.measured),
      met: Number(r.met),
      averageProgress: r.average === null ? null : Number(r.average),
    })),
  };
}

export function dashboardOptions(db: Db = getDb()) {
  return {
    areas: db.select({ slug: areas.slug, name: areas.name }).from(areas).orderBy(asc(areas.name)).all(),
    plans: db.select({ slug: plans.slug, name: plans.name }).from(plans).orderBy(asc(plans.startsOn), asc(plans.name)).all(),
  };
}

export { perThousand } from "../domain/rates";
