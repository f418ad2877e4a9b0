/**
 * The funding figures every page, CSV and test must agree on (DESIGN.md "Definitions"). SQL aggregates
 * produce the sums; these functions turn sums into the figures people read.
 */
import type { FundingState } from "./constants";

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
