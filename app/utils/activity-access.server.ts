import { getActivityForReport } from "../models/status-update.server";
import { requirePermission, requireUser } from "./auth.server";
import { invariantResponse, requireId } from "./http.server";
import { can } from "./permissions";

/**
 * The signed-in user and an activity they may report on (status, indicators, milestones): sign-in first,
 * then 404 for an unknown activity, then 403 unless the activity runs in one of the user's areas.
 */
export async function requireReportableActivity(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const activity = getActivityForReport(requireId(idParam));
  invariantResponse(activity, 404);
  requirePermission(user, "activity:report", activity);
  return { user, activity, mayReopen: can(user, "activity:reopen") };
}
