import { and, asc, eq, inArray, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import {
  activities,
  activityAreas,
  areas,
  focusAreas,
  fundingLines,
  fundingSources,
  indicatorActuals,
  indicators,
  milestones,
  planAreas,
  plans,
  reportNarratives,
  sharedIndicators,
  statusUpdates,
} from "../../db/schema";
import {
  type ActivityStatus,
  type FocusAreaCode,
  type Health,
  type IndicatorDirection,
  type IndicatorKind,
  LBF_FOCUS_AREA_CODES,
  PIPELINE_STAGE,
  SECURED_STAGES,
} from "../domain/constants";
import { NotFoundError, VersionConflictError } from "../domain/errors";
import { type CoFinancing, coFinancing } from "../domain/funding";
import { currentValue } from "../domain/indicators";
import { type Achievement, type AchievementSummary, goalAchievement, summariseAchievement } from "../domain/outcomes";
import { yearOf } from "../utils/dates";
import { writeAudit } from "./audit.server";

/**
 * LBF's yearly status report on a plan's goal achievement (målopfyldelse, issue 14), from the data: per focus
 * area the activities, indicators against their targets, milestones met and missed in the year, money by
 * source and the local co-financing share, and the narrative an administrator writes for the year.
 */
export type ReportPlan = { id: number; slug: string; name: string; startsOn: string; endsOn: string; years: number[] };

/** The years a plan reports on: each calendar year its period touches. */
function planYears(plan: { startsOn: string; endsOn: string }): number[] {
  const first = yearOf(plan.startsOn);
  const last = yearOf(plan.endsOn);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Every plan with its report years, newest plan first. */
export function reportPlans(db: DbOrTx = getDb()): ReportPlan[] {
  return db
    .select({ id: plans.id, slug: plans.slug, name: plans.name, startsOn: plans.startsOn, endsOn: plans.endsOn })
    .from(plans)
    .orderBy(sql`${plans.startsOn} desc`, asc(plans.name))
    .all()
    .map((p) => ({ ...p, years: planYears(p) }));
}

export function getReportPlan(slug: string, db: DbOrTx = getDb()): ReportPlan | null {
  return reportPlans(db).find((p) => p.slug === slug) ?? null;
}

type ReportActivity = {
  id: number;
  title: string;
  areaNames: string;
  status: ActivityStatus;
  health: Health;
  healthReason: string;
  /** The status update the status and health are from (the latest by the report date); null: none by then, so the current ones. */
  reportedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** The whole period's budget (activities have no yearly budget). */
  budget: number;
  /** Secured (granted, paid) for the report year. */
  securedYear: number;
};

export type ReportIndicator = {
  id: number;
  activityId: number;
  activityTitle: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  kind: IndicatorKind;
  baseline: number;
  target: number;
  /** As of the report date: the sum of the actuals (cumulative) or the latest (per period). */
  current: number | null;
  /** Reported within the year: their sum (cumulative) or the latest (per period); null when none. */
  inYear: number | null;
  achievement: Achievement;
  sharedName: { da: string; en: string } | null;
};

type ReportMilestone = {
  id: number;
  activityId: number;
  activityTitle: string;
  title: string;
  dueOn: string;
  doneOn: string | null;
  /** Met after its due date. */
  late: boolean;
};

type SourceMoney = { source: string; countsAsLocal: boolean; secured: number; pipeline: number };

type Narrative = { text: string; version: number; updatedAt: string };

export type ReportSection = {
  code: FocusAreaCode;
  nameDa: string;
  nameEn: string;
  focusAreaId: number;
  activities: ReportActivity[];
  indicators: ReportIndicator[];
  achievement: AchievementSummary;
  milestones: { met: ReportMilestone[]; missed: ReportMilestone[] };
  budget: number;
  /** Money for the report year by source, most secured first. */
  funding: SourceMoney[];
  coFinancing: CoFinancing;
  narrative: Narrative | null;
};

export type LbfReport = {
  plan: ReportPlan & { areas: string[] };
  year: number;
  /** The day the report's figures stand at: the year's last day, or today during the year. */
  asOf: string;
  sections: ReportSection[];
  total: {
    activities: number;
    budget: number;
    funding: SourceMoney[];
    coFinancing: CoFinancing;
    achievement: AchievementSummary;
    milestonesMet: number;
    milestonesMissed: number;
  };
};

const securedStages = new Set<string>(SECURED_STAGES);

/** Adds up funding lines by source: secured and pipeline, most secured first. */
function bySource(lines: readonly { source: string; countsAsLocal: boolean; stage: string; amount: number }[]): SourceMoney[] {
  const map = new Map<string, SourceMoney>();
  for (const l of lines) {
    const entry = map.get(l.source) ?? { source: l.source, countsAsLocal: l.countsAsLocal, secured: 0, pipeline: 0 };
    if (securedStages.has(l.stage)) entry.secured += l.amount;
    if (l.stage === PIPELINE_STAGE) entry.pipeline += l.amount;
    map.set(l.source, entry);
  }
  return [...map.values()]
    .filter((s) => s.secured > 0 || s.pipeline > 0)
    .sort((a, b) => b.secured - a.secured || b.pipeline - a.pipeline || a.source.localeCompare(b.source, "da"));
}

function coFinancingOf(funding: readonly SourceMoney[]): CoFinancing {
  const secured = funding.reduce((n, s) => n + s.secured, 0);
  const local = funding.filter((s) => s.countsAsLocal).reduce((n, s) => n + s.secured, 0);
  return coFinancing(local, secured);
}

/**
 * The report for a plan and one of its years (the route checks the year against `planYears`). Activities: the
 * plan's activities whose period touches the year, or that have money for it. Status and health as of the
 * report date. Indicators that are retired are left out (decision 012). Milestones met: done within the year
 * (by the report date); missed: due within the year, passed, and not done by the report date. Money: the
 * funding lines of the year; the co-financing share as on /funding (local secured ÷ all secured).
 */
export function getLbfReport(planSlug: string, year: number, today: string, db: DbOrTx = getDb()): LbfReport {
  const plan = getReportPlan(planSlug, db);
  if (!plan) throw new NotFoundError("plan");
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;

  const planAreaNames = db
    .select({ name: areas.name })
    .from(planAreas)
    .innerJoin(areas, eq(areas.id, planAreas.areaId))
    .where(eq(planAreas.planId, plan.id))
    .orderBy(asc(areas.name))
    .all()
    .map((a) => a.name);

  const focusList = db.select().from(focusAreas).orderBy(asc(focusAreas.sortOrder)).all();

  const lines = db
    .select({
      activityId: fundingLines.activityId,
      source: fundingSources.name,
      countsAsLocal: fundingSources.countsAsLocal,
      stage: fundingLines.stage,
      amount: fundingLines.amount,
    })
    .from(fundingLines)
    .innerJoin(activities, eq(activities.id, fundingLines.activityId))
    .innerJoin(fundingSources, eq(fundingSources.id, fundingLines.sourceId))
    .where(and(eq(activities.planId, plan.id), eq(fundingLines.year, year)))
    .all();
  const fundedIds = new Set(lines.map((l) => l.activityId));

  const activityRows = db
    .select({
      id: activities.id,
      title: activities.title,
      focusAreaId: activities.focusAreaId,
      status: activities.status,
      health: activities.health,
      healthReason: activities.healthReason,
      startsOn: activities.startsOn,
      endsOn: activities.endsOn,
      budget: activities.budget,
    })
    .from(activities)
    .where(eq(activities.planId, plan.id))
    .orderBy(asc(activities.title))
    .all()
    .filter((a) => ((a.startsOn === null || a.startsOn <= yearEnd) && (a.endsOn === null || a.endsOn >= yearStart)) || fundedIds.has(a.id));
  const ids = activityRows.map((a) => a.id);

  const areaNames = new Map<number, string[]>();
  const updates = new Map<number, { status: ActivityStatus; health: Health; healthReason: string; reportedOn: string }>();
  let indicatorRows: (typeof indicators.$inferSelect & { sharedDa: string | null; sharedEn: string | null })[] = [];
  let actuals: { indicatorId: number; value: number; reportedOn: string; order: number }[] = [];
  let milestoneRows: (typeof milestones.$inferSelect)[] = [];
  if (ids.length > 0) {
    for (const r of db
      .select({ activityId: activityAreas.activityId, name: areas.name })
      .from(activityAreas)
      .innerJoin(areas, eq(areas.id, activityAreas.areaId))
      .where(inArray(activityAreas.activityId, ids))
      .orderBy(asc(areas.name))
      .all()) {
      areaNames.set(r.activityId, [...(areaNames.get(r.activityId) ?? []), r.name]);
    }
    // The latest update by the report date, per activity (the later of two on one day: the higher id).
    for (const u of db
      .select({
        activityId: statusUpdates.activityId,
        status: statusUpdates.status,
        health: statusUpdates.health,
        healthReason: statusUpdates.healthReason,
        reportedOn: statusUpdates.reportedOn,
      })
      .from(statusUpdates)
      .where(and(inArray(statusUpdates.activityId, ids), sql`${statusUpdates.reportedOn} <= ${asOf}`))
      .orderBy(asc(statusUpdates.reportedOn), asc(statusUpdates.id))
      .all()) {
      updates.set(u.activityId, u);
    }
    indicatorRows = db
      .select({ indicator: indicators, sharedDa: sharedIndicators.nameDa, sharedEn: sharedIndicators.nameEn })
      .from(indicators)
      .leftJoin(sharedIndicators, eq(sharedIndicators.id, indicators.sharedIndicatorId))
      .where(and(inArray(indicators.activityId, ids), sql`${indicators.retiredOn} is null`))
      .orderBy(asc(indicators.id))
      .all()
      .map((r) => ({ ...r.indicator, sharedDa: r.sharedDa, sharedEn: r.sharedEn }));
    if (indicatorRows.length > 0) {
      actuals = db
        .select({
          indicatorId: indicatorActuals.indicatorId,
          value: indicatorActuals.value,
          reportedOn: statusUpdates.reportedOn,
          order: statusUpdates.id,
        })
        .from(indicatorActuals)
        .innerJoin(statusUpdates, eq(statusUpdates.id, indicatorActuals.statusUpdateId))
        .where(
          and(
            inArray(
              indicatorActuals.indicatorId,
              indicatorRows.map((i) => i.id),
            ),
            sql`${statusUpdates.reportedOn} <= ${asOf}`,
          ),
        )
        .all();
    }
    milestoneRows = db
      .select()
      .from(milestones)
      .where(inArray(milestones.activityId, ids))
      .orderBy(asc(milestones.dueOn), asc(milestones.id))
      .all();
  }

  const narratives = db
    .select({
      focusAreaId: reportNarratives.focusAreaId,
      text: reportNarratives.text,
      version: reportNarratives.version,
      updatedAt: reportNarratives.updatedAt,
    })
    .from(reportNarratives)
    .where(and(eq(reportNarratives.planId, plan.id), eq(reportNarratives.year, year)))
    .all();

  const titleOf = new Map(activityRows.map((a) => [a.id, a.title]));
  const sections: ReportSection[] = focusList.flatMap((f) => {
    const mine = activityRows.filter((a) => a.focusAreaId === f.id);
    // LBF's four are always there (an empty one says so); the cross-cutting area only when it has activities.
    if (mine.length === 0 && !(LBF_FOCUS_AREA_CODES as readonly string[]).includes(f.code)) return [];
    const mineIds = new Set(mine.map((a) => a.id));
    const reportActivities = mine.map((a): ReportActivity => {
      const u = updates.get(a.id);
      return {
        id: a.id,
        title: a.title,
        areaNames: (areaNames.get(a.id) ?? []).join(", "),
        status: u?.status ?? a.status,
        health: u?.health ?? a.health,
        healthReason: u ? u.healthReason : a.healthReason,
        reportedOn: u?.reportedOn ?? null,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        budget: a.budget,
        securedYear: lines.filter((l) => l.activityId === a.id && securedStages.has(l.stage)).reduce((n, l) => n + l.amount, 0),
      };
    });
    const reportIndicators = indicatorRows
      .filter((i) => mineIds.has(i.activityId))
      .map((i): ReportIndicator => {
        const own = actuals.filter((a) => a.indicatorId === i.id);
        const current = currentValue(i.kind, own);
        return {
          id: i.id,
          activityId: i.activityId,
          activityTitle: titleOf.get(i.activityId) ?? "",
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          kind: i.kind,
          baseline: i.baseline,
          target: i.target,
          current,
          inYear: currentValue(
            i.kind,
            own.filter((a) => a.reportedOn >= yearStart),
          ),
          achievement: goalAchievement(i.baseline, i.target, current),
          sharedName: i.sharedDa !== null && i.sharedEn !== null ? { da: i.sharedDa, en: i.sharedEn } : null,
        };
      });
    const view = (m: (typeof milestoneRows)[number]): ReportMilestone => ({
      id: m.id,
      activityId: m.activityId,
      activityTitle: titleOf.get(m.activityId) ?? "",
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneOn,
      late: m.doneOn !== null && m.doneOn > m.dueOn,
    });
    const own = milestoneRows.filter((m) => mineIds.has(m.activityId));
    const met = own.filter((m) => m.doneOn !== null && m.doneOn >= yearStart && m.doneOn <= asOf).map(view);
    const missed = own
      .filter((m) => m.dueOn >= yearStart && m.dueOn <= yearEnd && m.dueOn < today && (m.doneOn === null || m.doneOn > asOf))
      .map(view);
    const funding = bySource(lines.filter((l) => mineIds.has(l.activityId)));
    const narrative = narratives.find((n) => n.focusAreaId === f.id);
    return [
      {
        code: f.code,
        nameDa: f.nameDa,
        nameEn: f.nameEn,
        focusAreaId: f.id,
        activities: reportActivities,
        indicators: reportIndicators,
        achievement: summariseAchievement(reportIndicators.map((i) => i.achievement)),
        milestones: { met, missed },
        budget: mine.reduce((n, a) => n + a.budget, 0),
        funding,
        coFinancing: coFinancingOf(funding),
        narrative: narrative ? { text: narrative.text, version: narrative.version, updatedAt: narrative.updatedAt } : null,
      },
    ];
  });

  const totalFunding = bySource(lines);
  return {
    plan: { ...plan, areas: planAreaNames },
    year,
    asOf,
    sections,
    total: {
      activities: activityRows.length,
      budget: activityRows.reduce((n, a) => n + a.budget, 0),
      funding: totalFunding,
      coFinancing: coFinancingOf(totalFunding),
      achievement: summariseAchievement(sections.flatMap((s) => s.indicators.map((i) => i.achievement))),
      milestonesMet: sections.reduce((n, s) => n + s.milestones.met.length, 0),
      milestonesMissed: sections.reduce((n, s) => n + s.milestones.missed.length, 0),
    },
  };
}

/**
 * Saves a focus area's narrative for a plan and year, against the version its form was loaded with (null:
 * there was none; VersionConflictError when that no longer holds). An empty text deletes it. NotFoundError for
 * an unknown plan or focus area.
 */
export function saveNarrative(
  input: { planId: number; year: number; focus: FocusAreaCode; text: string; version: number | null },
  actorId: number,
  db: Db = getDb(),
): "saved" | "deleted" | "unchanged" {
  return db.transaction((tx) => {
    if (!tx.select({ id: plans.id }).from(plans).where(eq(plans.id, input.planId)).get()) throw new NotFoundError("plan");
    const focus = tx.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.code, input.focus)).get();
    if (!focus) throw new NotFoundError("focus area");
    const key = and(
      eq(reportNarratives.planId, input.planId),
      eq(reportNarratives.year, input.year),
      eq(reportNarratives.focusAreaId, focus.id),
    );
    const before = tx.select().from(reportNarratives).where(key).get();
    if ((before?.version ?? null) !== input.version) throw new VersionConflictError("narrative");
    if (!before) {
      if (input.text === "") return "unchanged";
      const row = tx
        .insert(reportNarratives)
        .values({ planId: input.planId, year: input.year, focusAreaId: focus.id, text: input.text, updatedBy: actorId })
        .returning()
        .get();
      writeAudit(tx, { userId: actorId, action: "narrative.create", entity: "narrative", entityId: row.id, after: row });
      return "saved";
    }
    if (input.text === "") {
      tx.delete(reportNarratives).where(eq(reportNarratives.id, before.id)).run();
      writeAudit(tx, { userId: actorId, action: "narrative.delete", entity: "narrative", entityId: before.id, before });
      return "deleted";
    }
    if (before.text === input.text) return "unchanged";
    const after = tx
      .update(reportNarratives)
      .set({
        text: input.text,
        updatedBy: actorId,
        version: sql`${reportNarratives.version} + 1`,
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
      })
      .where(and(eq(reportNarratives.id, before.id), eq(reportNarratives.version, before.version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("narrative");
    writeAudit(tx, { userId: actorId, action: "narrative.update", entity: "narrative", entityId: before.id, before, after });
    return "saved";
  });
}
