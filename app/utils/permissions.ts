import type { Role } from "../domain/constants";

/**
 * The one place that decides who may do what. Loaders and actions ask it on the server (through
 * `requirePermission`); the UI asks it too, only to hide what a person may not do.
 */
export type PermissionUser = { id: number; role: Role; areaIds: readonly number[] };

/** Something that runs in areas: an activity, or an area itself. */
export type AreaScoped = { areaIds: readonly number[] };

export const ACTIONS = [
  /** See the portfolio, dashboards, activities, areas. */
  "portfolio:read",
  /** Report a status update and indicator actuals, and define, change and retire an activity's indicators and milestones (in one's own area). */
  "activity:report",
  /** Open the form for a new activity: administrators, and managers with an area of their own. */
  "activity:create",
  /**
   * Edit an activity's descriptive fields, focus area and period, and delete it while it is a mistaken entry
   * (subject: the activity; a manager only one that runs in one of their areas).
   */
  "activity:edit",
  /** Put an activity in, or take it out of, areas (subject: the areas added or removed; a manager only their own). */
  "activity:place",
  /** Set an activity's budget (to anything but 0 on a new one) or move it to another plan. */
  "activity:budget",
  /** Add, change and withdraw funding lines; create funding sources and change their name and kind. */
  "funding:write",
  /** Flag activities for fundraising, track applications. */
  "flag:write",
  /** Manage users, roles and areas. */
  "users:manage",
  /** Read the audit log. */
  "audit:read",
  /** Reopen a completed or stopped activity. */
  "activity:reopen",
  /** Decide which funding sources count as local co-financing. */
  "sources:manage",
  /** Create and edit housing areas. */
  "areas:manage",
  /** Create and edit plans (helhedsplaner) and the areas they cover. */
  "plans:manage",
  /** Create and edit meetings, their agenda items and follow-ups (a follow-up's owner may mark it done). */
  "meetings:manage",
  /** Define measures of area statistics and edit their figures; define shared indicators. */
  "statistics:manage",
  /** Write the narratives of LBF's yearly report. */
  "reports:write",
] as const;
export type Action = (typeof ACTIONS)[number];

function managesAny(user: PermissionUser, subject: AreaScoped | undefined): boolean {
  if (!subject) return false;
  return subject.areaIds.some((id) => user.areaIds.includes(id));
}

/** Every one of the subject's areas is the user's (true for no areas: nothing is placed). */
function managesAll(user: PermissionUser, subject: AreaScoped | undefined): boolean {
  if (!subject) return false;
  return subject.areaIds.every((id) => user.areaIds.includes(id));
}

export function can(user: PermissionUser | null | undefined, action: Action, subject?: AreaScoped): boolean {
  if (!user) return false;
  if (user.role === "admin") return true;
  switch (action) {
    case "portfolio:read":
      return true;
    case "activity:report":
    case "activity:edit":
      // A manager writes only activities that run in one of their areas.
      return user.role === "manager" && managesAny(user, subject);
    case "activity:create":
      return user.role === "manager" && user.areaIds.length > 0;
    case "activity:place":
      return user.role === "manager" && managesAll(user, subject);
    case "funding:write":
    case "flag:write":
      return user.role === "fundraiser";
    case "activity:budget":
    case "activity:reopen":
    case "sources:manage":
    case "areas:manage":
    case "plans:manage":
    case "meetings:manage":
    case "statistics:manage":
    case "reports:write":
    case "users:manage":
    case "audit:read":
      return false;
  }
}

/**
 * A write to an activity as far as permission goes, read from the form before it is validated (so that a
 * forbidden write is refused whatever it sends): the areas it runs in now and would run in after, and whether
 * it sets a budget or plan other than the stored ones (for a new activity: a budget other than 0).
 */
export type ActivityWrite = {
  /** The activity's areas now; null for a new activity. */
  current: AreaScoped | null;
  /** The areas sent. An id that cannot be read is NaN: an area nobody manages. */
  areaIds: readonly number[];
  changesBudget: boolean;
  changesPlan: boolean;
};

/** The areas a write adds to or takes from an activity (all of them for a new one). */
export function placedAreas(write: Pick<ActivityWrite, "current" | "areaIds">): number[] {
  if (write.current === null) return [...new Set(write.areaIds)];
  const before = write.current.areaIds;
  const added = write.areaIds.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !write.areaIds.includes(id));
  return [...new Set([...added, ...removed])];
}

/**
 * Whether the user may make this write: create (or edit this activity), touch only areas they may place
 * activities in, and change budget or plan only when they may (docs/decisions/011-who-edits-activities.md).
 */
export function mayWriteActivity(user: PermissionUser | null | undefined, write: ActivityWrite): boolean {
  const entry = write.current === null ? can(user, "activity:create") : can(user, "activity:edit", write.current);
  if (!entry) return false;
  if (!can(user, "activity:place", { areaIds: placedAreas(write) })) return false;
  return !(write.changesBudget || write.changesPlan) || can(user, "activity:budget");
}

/**
 * Whether the user may delete this activity (when it is still a mistaken entry, which the model decides):
 * deleting takes it out of every area it runs in, so a manager must manage them all.
 */
export function mayDeleteActivity(user: PermissionUser | null | undefined, activity: AreaScoped): boolean {
  return can(user, "activity:edit", activity) && can(user, "activity:place", activity);
}

/** Where each role's work is: the page a person lands on after signing in (unless they were on their way somewhere). */
export function homeFor(role: Role): string {
  switch (role) {
    case "manager":
      return "/my";
    case "fundraiser":
      return "/funding";
    case "board":
      return "/dashboard";
    case "admin":
      return "/";
  }
}
