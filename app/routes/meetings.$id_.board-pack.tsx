import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { FundingBadge, HealthBadge, StatusBadge } from "../components/badges";
import { ChangeList, PrintButton } from "../components/board-pack";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { MoreLink } from "../components/more-link";
import { fundingState } from "../domain/funding";
import { bounded } from "../domain/pagination";
import { formatDate, formatDateLong, formatMoney } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { activityStates, changesSince } from "../models/board-pack.server";
import { getMeeting, previousMeeting } from "../models/meeting.server";
import { requireUserWith } from "../utils/auth.server";
import { addMonths } from "../utils/dates";
import { invariantResponse, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";

/** Laid out for paper: the root leaves out navigation for routes with this handle. */
export const handle = { layout: "print" };

/** Changes listed in a meeting's pack (the latest first). */
const CHANGES_LIMIT = 50;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("meetingPack.title", { title: data.meeting.title }) : undefined));

/**
 * The board pack for one meeting: its agenda, the current state of every activity an item concerns, the open
 * follow-ups, and what changed in the portfolio since the previous meeting of the same body.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const meeting = getMeeting(requireId(params.id));
  invariantResponse(meeting, 404);
  const previous = previousMeeting(meeting.body, meeting.heldOn);
  const since = previous?.heldOn ?? addMonths(meeting.heldOn, -3);
  const linked = [...new Set(meeting.items.flatMap((i) => i.activities.map((a) => a.id)))];
  return json({
    meeting,
    previous,
    since,
    today: today(),
    activities: activityStates(linked),
    // The whole portfolio's changes grow with it: the latest ones here, each activity's history on its page.
    changes: bounded(changesSince(since, meeting.heldOn, { plans: [], areas: [], from: null, to: null }), CHANGES_LIMIT),
  });
}

export default function MeetingBoardPack() {
  const { meeting, previous, since, today: todayIso, activities, changes } = useLoaderData<typeof loader>();
  const { t, lang } = useTranslation();
  const openFollowUps = meeting.items.flatMap((item) => item.followUps.filter((f) => f.doneOn === null).map((f) => ({ ...f, item })));
  const body = t(`body.${meeting.body}`);
  return (
    <article className="board-pack">
      <p className="screen-only">
        <Link to={`/meetings/${meeting.id}`}>{t("meeting.backTo", { title: meeting.title })}</Link> · <PrintButton /> ·{" "}
        {t("boardPack.printHint")}
      </p>
      <header className="pack-cover">
        <p className="pack-org">Boligsocialt Hus · Odense</p>
        <h1>{t("meetingPack.title", { title: meeting.title })}</h1>
        <p className="font-lead">
          {body} · {formatDate(lang, meeting.heldOn)}
          {meeting.place ? ` · ${meeting.place}` : ""}
        </p>
        {meeting.dateNote ? <p className="muted">{t("meeting.dateApproximate", { note: meeting.dateNote })}</p> : null}
      </header>

      <section aria-labelledby="pack-agenda">
        <h2 id="pack-agenda">{t("meetingPack.agenda")}</h2>
        <ol className="pack-agenda">
          {meeting.items.map((item) => (
            <li key={item.id}>
              <strong>
                {item.number}. {item.title}
              </strong>{" "}
              <span className="muted">({t(`itemKind.${item.kind}`)})</span>
              {item.summary ? <p className="preserve-lines">{item.summary}</p> : null}
              {item.outcome ? (
                <p className="preserve-lines">
                  <strong>{t("meeting.outcome")}:</strong> {item.outcome}
                </p>
              ) : null}
              {item.activities.length > 0 ? (
                <p>
                  <strong>{t("meeting.concerns")}:</strong> {item.activities.map((a) => a.title).join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {meeting.items.length === 0 ? <p>{t("meeting.noItems")}</p> : null}
      </section>

      <section aria-labelledby="pack-activities" className="pack-section">
        <h2 id="pack-activities">{t("meetingPack.activities")}</h2>
        {activities.length === 0 ? (
          <p>{t("meetingPack.noActivities")}</p>
        ) : (
          <table className="table table--compact pack-wrap">
            <thead>
              <tr>
                <th scope="col">{t("col.title")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.health")}</th>
                <th scope="col" className="num">
                  {t("col.budget")}
                </th>
                <th scope="col" className="num">
                  {t("col.gap")}
                </th>
                <th scope="col">{t("meetingPack.lastUpdate")}</th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.title}
                    <br />
                    <span className="muted">{a.areaNames}</span>
                  </th>
                  <td>
                    <StatusBadge status={a.status} />
                  </td>
                  <td>
                    <HealthBadge health={a.health} />
                    {a.healthReason ? <div className="pack-reason">{a.healthReason}</div> : null}
                  </td>
                  <td className="num">{formatMoney(lang, a.budget)}</td>
                  <td className="num">
                    {formatMoney(lang, a.gap)} <FundingBadge state={fundingState(a.budget, a.secured)} />
                  </td>
                  <td>{a.lastReportedOn ? formatDate(lang, a.lastReportedOn) : t("common.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="pack-follow-ups" className="pack-section-inline">
        <h2 id="pack-follow-ups">{t("meetingPack.followUps")}</h2>
        {openFollowUps.length === 0 ? (
          <p>{t("meetingPack.noFollowUps")}</p>
        ) : (
          <ul className="pack-list">
            {openFollowUps.map((f) => (
              <li key={f.id}>
                <strong>{f.what}</strong> ({t("field.followUpItem")} {f.item.number}) · {t("meeting.followUp.owner")}: {f.ownerName} ·{" "}
                {t("meeting.followUp.due")}: {formatDate(lang, f.dueOn)}
                {f.dueOn < todayIso ? <strong> · ⚠ {t("meeting.followUp.overdue")}</strong> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pack-changes" className="pack-section">
        <h2 id="pack-changes">
          {previous
            ? t(`meetingPack.since.${meeting.body}`, { date: formatDateLong(lang, previous.heldOn) })
            : t(`meetingPack.sinceNone.${meeting.body}`)}
        </h2>
        <p className="muted">{t("boardPack.changesPeriod", { from: formatDate(lang, since), to: formatDate(lang, meeting.heldOn) })}</p>
        <ChangeList changes={changes.rows} />
        <MoreLink shown={changes.rows.length} total={changes.total} href="/activities" label={t("bounded.allChanges")} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
