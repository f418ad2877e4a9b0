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
  /** Create activities and change their core fields, budget included. */
  "activity:edit",
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
] as const;
export type Action = (typeof ACTIONS)[number];

function managesAny(user: PermissionUser, subject: AreaScoped | undefined): boolean {
  if (!subject) return false;
  return subject.areaIds.some((id) => user.areaIds.includes(id));
}

export function can(user: PermissionUser | null | undefined, action: Action, subject?: AreaScoped): boolean {
  if (!user) return false;
  if (user.role === "admin") return true;
  switch (action) {
    case "portfolio:read":
      return true;
    case "activity:report":
      // A manager writes only activities that run in one of their areas.
      return user.role === "manager" && managesAny(user, subject);
    case "funding:write":
    case "flag:write":
      return user.role === "fundraiser";
    case "activity:edit":
    case "activity:reopen":
    case "sources:manage":
    case "areas:manage":
    case "plans:manage":
    case "meetings:manage":
    case "users:manage":
    case "audit:read":
      return false;
  }
}
