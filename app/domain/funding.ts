/**
 * The funding figures every page, CSV and test must agree on (DESIGN.md "Definitions"). SQL aggregates
 * produce the sums; these functions turn sums into the figures people read.
 */
import type { FundingSourceKind, FundingStage, FundingState } from "./constants";

/**
 * Funding state from budget and secured money. An activity with no budget and nothing secured
 * has nothing to fund, so it counts as funded (gap 0).
 */
export function fundingState(budget: number, secured: number): FundingState {
  if (secured >= budget) return "funded";
  if (secured <= 0) return "unfunded";
  return "partly";
}

/** Gap = budget − secured, never negative; a surplus is reported separately. */
export function fundingGap(budget: number, secured: number): { gap: number; surplus: number } {
  const diff = budget - secured;
  return diff >= 0 ? { gap: diff, surplus: 0 } : { gap: 0, surplus: -diff };
}

/** LBF: at least 25 % of secured funding must be local co-financing (municipality, housing organisations). */
export const LOCAL_SHARE_MINIMUM = 0.25;

export type CoFinancing = {
  local: number;
  secured: number;
  /** local ÷ secured; null when nothing is secured ("—", no warning). */
  share: number | null;
  warning: boolean;
  /** Extra local money that would lift the share to 25 %: (0.25 × secured − local) ÷ 0.75, whole kroner up. */
  amountMissing: number;
};

export function coFinancing(local: number, secured: number): CoFinancing {
  if (secured <= 0) return { local, secured, share: null, warning: false, amountMissing: 0 };
  const share = local / secured;
  const warning = share < LOCAL_SHARE_MINIMUM;
  const missing = warning ? Math.ceil((LOCAL_SHARE_MINIMUM * secured - local) / (1 - LOCAL_SHARE_MINIMUM)) : 0;
  return { local, secured, share, warning, amountMissing: Math.max(0, missing) };
}

export type ActivityMoney = {
  budget: number;
  secured: number;
  pipeline: number;
  gap: number;
  surplus: number;
  state: FundingState;
};

export function activityMoney(budget: number, secured: number, pipeline: number): ActivityMoney {
  const { gap, surplus } = fundingGap(budget, secured);
  return { budget, secured, pipeline, gap, surplus, state: fundingState(budget, secured) };
}

/** A deadline's urgency relative to today: passed, within 30 days, or later. */
export function deadlineUrgency(deadline: string | null, today: string): "passed" | "soon" | "later" | null {
  if (!deadline) return null;
  if (deadline < today) return "passed";
  const days = (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= 30 ? "soon" : "later";
}

/**
 * What an open line asks of a fundraiser: a prospect has an application deadline to meet (passed, soon,
 * later); an applied line has been sent, so its deadline no longer matters and it awaits an answer. Decided
 * lines (granted, paid, rejected) ask nothing.
 */
export type LineAlert = { kind: "deadline"; urgency: "passed" | "soon" | "later" } | { kind: "awaiting"; expectedOn: string | null } | null;

export function lineAlert(
  line: { stage: FundingStage; deadline: string | null; expectedAnswerOn: string | null },
  today: string,
): LineAlert {
  if (line.stage === "applied") return { kind: "awaiting", expectedOn: line.expectedAnswerOn };
  if (line.stage !== "prospect") return null;
  const urgency = deadlineUrgency(line.deadline, today);
  return urgency ? { kind: "deadline", urgency } : null;
}

/** Stages that are a decision (yes, money, or no): a line in one of them needs the date it was decided. */
export const DECIDED_STAGES = ["granted", "paid", "rejected"] as const satisfies readonly FundingStage[];

export function isDecided(stage: FundingStage): boolean {
  return (DECIDED_STAGES as readonly FundingStage[]).includes(stage);
}

/**
 * The plan's base funding: LBF and the local co-financing partners (municipality, housing organisations).
 * Lines from other sources (foundations, others) are what fundraisers apply for: "applications" on /funding.
 */
export const BASE_FUNDING_KINDS = ["lbf", "municipality", "housing"] as const satisfies readonly FundingSourceKind[];

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

type Period = { startsOn: string; endsOn: string };

/** The calendar years a plan runs in. */
export function planYears(plan: Period): number[] {
  return yearRange(yearOf(plan.startsOn), yearOf(plan.endsOn));
}

/**
 * A funding line counts toward its plan's local co-financing only when its year falls in the plan's
 * period: money for a year after the plan ends (a foundation project that outlives the plan) or before it
 * begins belongs to no plan's co-financing.
 */
export function countsTowardPlan(year: number, plan: Period): boolean {
  return year >= yearOf(plan.startsOn) && year <= yearOf(plan.endsOn);
}

/**
 * The years an activity's funding lines may fall in: the plan's years and the years of the activity's own
 * period (an end not given is the plan's). An activity without a period of its own has the plan's years.
 */
export function fundingYears(plan: Period, activity: { startsOn: string | null; endsOn: string | null }): number[] {
  const own =
    activity.startsOn === null && activity.endsOn === null
      ? []
      : yearRange(yearOf(activity.startsOn ?? plan.startsOn), yearOf(activity.endsOn ?? plan.endsOn));
  return [...new Set([...planYears(plan), ...own])].sort((a, b) => a - b);
}

/**
 * Rounds shares to whole kroner so that they still add up to their (rounded) total: floor each, then give
 * the remaining kroner to the largest remainders. 100.000 kr. over three areas is 33.334 + 33.333 + 33.333.
 */
export function roundShares(values: readonly number[]): number[] {
  const total = Math.round(values.reduce((n, v) => n + v, 0));
  const floors = values.map((v) => Math.floor(v));
  let left = total - floors.reduce((n, v) => n + v, 0);
  const order = values.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}
