import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { HealthBadge, StatusBadge } from "../components/badges";
import { FirstSteps } from "../components/first-steps";
import { SavedNotice } from "../components/forms";
import { FollowUpList } from "../components/meetings/follow-up-list";
import { Pager } from "../components/pager";
import { ScrollArea } from "../components/scroll-area";
import { pageOf, pageParam } from "../domain/pagination";
import { formatDate } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { openFollowUpsForOwner } from "../models/meeting.server";
import { listMyActivities } from "../models/status-update.server";
import { requireUser } from "../utils/auth.server";
import { getEnv } from "../utils/env.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";
import { setupIfEmpty } from "../views/setup.server";

/** Activities per page of a manager's list. */
const MY_PAGE_SIZE = 50;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t(data?.reports ? "my.title" : "my.followUps"));

/**
 * Someone's own work: their open follow-ups from meetings (every role can own one), and for programme
 * managers the activities across their areas (an admin's: every activity), stalest first.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const reports = user.role === "manager" || user.role === "admin";
  const staleDays = getEnv().STALE_DAYS;
  const todayIso = today();
  const all = reports ? listMyActivities(user, todayIso, staleDays) : [];
  // An area's manager may have a thousand activities: a page of them, the stalest first; the counts are of all.
  const activities = pageOf(all, pageParam(new URL(request.url).searchParams.get("page")), MY_PAGE_SIZE);
  return json({
    reports,
    today: todayIso,
    followUps: openFollowUpsForOwner(user.id, todayIso),
    activities,
    staleDays,
    staleCount: all.filter((a) => a.stale).length,
    overdueCount: all.reduce((n, a) => n + a.overdueMilestones, 0),
    setup: setupIfEmpty(user),
  });
}

export default function MyActivities() {
  const { reports, today: todayIso, followUps, activities, staleDays, staleCount, overdueCount, setup } = useLoaderData<typeof loader>();
  const { t, tn, lang } = useTranslation();
  const followUpSection = (
    <section aria-labelledby="my-follow-ups" className="my-follow-ups">
      <h2 id="my-follow-ups">{t("my.followUps")}</h2>
      <SavedNotice />
      {followUps.length === 0 ? (
        <p>{t("my.followUpsNone")}</p>
      ) : (
        [...new Set(followUps.map((f) => f.meetingId))].map((meetingId) => {
          const mine = followUps.filter((f) => f.meetingId === meetingId);
          const first = mine[0];
          return (
            <div key={meetingId} className="my-follow-up-group">
              <p>
                <Link to={`/meetings/${meetingId}`}>{first?.meetingTitle}</Link>{" "}
                <span className="muted">({first ? formatDate(lang, first.heldOn) : ""})</span>
              </p>
              <FollowUpList meetingId={meetingId} followUps={mine} today={todayIso} returnTo="/my" />
            </div>
          );
        })
      )}
    </section>
  );
  if (!reports) {
    return (
      <>
        <h1>{t("my.followUps")}</h1>
        {followUpSection}
      </>
    );
  }
  return (
    <>
      <h1>{t("my.title")}</h1>
      <p className="font-lead">{tn("my.intro", staleDays)}</p>
      <FirstSteps setup={setup} />
      {followUpSection}
      <h2>{t("my.activities")}</h2>
      <dl className="key-figures">
        <div>
          <dt>{t("my.count")}</dt>
          <dd>{activities.total}</dd>
        </div>
        <div className={staleCount > 0 ? "figure-warning" : undefined}>
          <dt>{tn("my.stale", staleDays)}</dt>
          <dd>{staleCount}</dd>
        </div>
        <div className={overdueCount > 0 ? "figure-warning" : undefined}>
          <dt>{t("my.overdueCount")}</dt>
          <dd>{overdueCount}</dd>
        </div>
      </dl>
      {activities.total === 0 ? (
        <p>{t("my.none")}</p>
      ) : (
        <>
          <ScrollArea label={t("my.title")}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("col.title")}</th>
                  <th scope="col">{t("col.areas")}</th>
                  <th scope="col">{t("col.status")}</th>
                  <th scope="col">{t("col.health")}</th>
                  <th scope="col">{t("my.lastUpdate")}</th>
                  <th scope="col">{t("my.attention")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("my.update")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {activities.rows.map((a) => (
                  <tr key={a.id} className={a.stale ? "row-stale" : undefined}>
                    <th scope="row">
                      <Link to={`/activities/${a.id}`}>{a.title}</Link>
                    </th>
                    <td>{a.areaNames}</td>
                    <td>
                      <StatusBadge status={a.status} />
                    </td>
                    <td>
                      <HealthBadge health={a.health} />
                    </td>
                    <td>
                      {a.lastReportedOn ? (
                        <>
                          {formatDate(lang, a.lastReportedOn)} <span className="muted">({tn("my.daysAgo", a.daysSinceUpdate ?? 0)})</span>
                        </>
                      ) : (
                        t("my.never")
                      )}
                    </td>
                    <td>
                      {a.stale ? <span className="badge-stale">{tn("my.stale", staleDays)}</span> : null}{" "}
                      {a.overdueMilestones > 0 ? (
                        <span className="overdue">⚠ {t("milestone.overdueCount", { count: a.overdueMilestones })}</span>
                      ) : null}
                    </td>
                    <td>
                      <Link to={`/activities/${a.id}/updates`} aria-label={t("my.updateLabel", { title: a.title })}>
                        {t("my.update")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <Pager page={activities.page} pageCount={activities.pageCount} href={(page) => (page > 1 ? `/my?page=${page}` : "/my")} />
        </>
      )}
    </>
  );
}
