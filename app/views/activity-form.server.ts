import { type ActivityFormOptions, activityFormOptions } from "../models/activity.server";
import { can, type PermissionUser } from "../utils/permissions";

/**
 * The choices an activity form offers this user: the areas they may put an activity in (administrators every
 * area, a manager their own) and the plans that cover one of them. The server checks every write again.
 */
export function activityChoicesFor(user: PermissionUser): ActivityFormOptions {
  const all = activityFormOptions();
  const areas = all.areas.filter((a) => can(user, "activity:place", { areaIds: [a.id] }));
  const placeable = new Set(areas.map((a) => a.id));
  const plans = all.plans.filter((p) => p.areas.some((a) => placeable.has(a.id)));
  return { plans, focusAreas: all.focusAreas, areas };
}
