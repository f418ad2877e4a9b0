import { pageParam } from "../domain/pagination";
import { nextStatuses } from "../domain/transitions";
import { getActivity } from "../models/activity.server";
import { activityFunding, activityPlan, coFinancingWarnings, listFlags, listFundingLines } from "../models/funding.server";
import { getHistoryPage } from "../models/history.server";
import { itemsForActivity, openFollowUpsForActivity } from "../models/meeting.server";
import { sharedIndicatorOptions } from "../models/shared-indicator.server";
import { getActivityForReport, getIndicators, getMilestones } from "../models/status-update.server";
import { invariantResponse, requireId } from "../utils/http.server";
import { can, type PermissionUser } from "../utils/permissions";
import { today } from "../utils/today.server";

/**
 * Everything /activities/:id shows its reader (404 for no such activity). In one server module, so that the
 * page's JavaScript holds one empty stand-in for it rather than one for each model it reads.
 */
export function loadActivityPage(user: PermissionUser, idParam: string | undefined, url: URL) {
  const activity = getActivity(requireId(idParam));
  invariantResponse(activity, 404);
  const report = getActivityForReport(activity.id);
  invariantResponse(report, 404);
  const todayIso = today();
  const canReport = can(user, "activity:report", report);
  // The history a page at a time (?history=2), newest first: the page's entries, and which page of how many.
  const { rows: timeline, ...history } = getHistoryPage(activity.id, pageParam(url.searchParams.get("history")));
  return {
    activity,
    report: canReport
      ? {
          version: report.version,
          statuses: nextStatuses(report.status, { mayReopen: can(user, "activity:reopen") }),
          indicators: report.indicators,
          sharedOptions: sharedIndicatorOptions(),
        }
      : null,
    indicators: getIndicators(activity.id),
    milestones: getMilestones(activity.id, todayIso),
    timeline,
    history,
    today: todayIso,
    money: activityFunding(activity.id),
    fundingLines: listFundingLines(activity.id),
    coFinancingWarnings: coFinancingWarnings([activityPlan(activity.id)?.slug ?? ""]),
    flags: listFlags(activity.id),
    canFund: can(user, "funding:write"),
    canFlag: can(user, "flag:write"),
    meetingItems: itemsForActivity(activity.id),
    followUps: openFollowUpsForActivity(activity.id, todayIso),
    canEdit: can(user, "activity:edit", report),
  };
}
