import type { ActivityStatus } from "./constants";

/**
 * Which lifecycle changes a status update may make (see docs/decisions/006-status-transitions.md).
 * Keeping the same status is always allowed: a new health or note alone is an update.
 * Completed and stopped are final; only an administrator may reopen them.
 */
const ALLOWED_TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  idea: ["planned", "active", "stopped"],
  planned: ["idea", "active", "paused", "stopped"],
  active: ["paused", "completed", "stopped"],
  paused: ["active", "completed", "stopped"],
  completed: [],
  stopped: [],
};

/** The statuses a new activity may start in; every later one is reached through status updates. */
export const INITIAL_STATUSES = ["idea", "planned", "active"] as const satisfies readonly ActivityStatus[];
export type InitialStatus = (typeof INITIAL_STATUSES)[number];

export const FINAL_STATUSES: readonly ActivityStatus[] = ["completed", "stopped"];
/** Where an administrator may reopen a final activity to. */
const REOPEN_TO: readonly ActivityStatus[] = ["planned", "active", "paused"];

export type TransitionCheck = { ok: true } | { ok: false; reason: "final" | "not-allowed" };

export function checkTransition(from: ActivityStatus, to: ActivityStatus, options: { mayReopen: boolean }): TransitionCheck {
  if (from === to) return { ok: true };
  if (FINAL_STATUSES.includes(from)) {
    return options.mayReopen && REOPEN_TO.includes(to) ? { ok: true } : { ok: false, reason: "final" };
  }
  return ALLOWED_TRANSITIONS[from].includes(to) ? { ok: true } : { ok: false, reason: "not-allowed" };
}

/** The statuses a form should offer from the current one (the current one first). */
export function nextStatuses(from: ActivityStatus, options: { mayReopen: boolean }): ActivityStatus[] {
  const reopen = FINAL_STATUSES.includes(from) && options.mayReopen ? REOPEN_TO : [];
  return [from, ...ALLOWED_TRANSITIONS[from], ...reopen];
}
