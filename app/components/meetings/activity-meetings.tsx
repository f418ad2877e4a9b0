import { Link } from "@remix-run/react";

import { formatDate } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { ActivityMeetingItem, OpenFollowUp } from "../../models/meeting.server";
import { FollowUpList } from "./follow-up-list";

/**
 * Why an activity exists and what was decided about it: the agenda items that concern it, newest meeting
 * first, each linking to its meeting; and the open follow-ups of those items.
 */
export function ActivityMeetings({
  items,
  followUps,
  today,
  activityId,
}: {
  items: ActivityMeetingItem[];
  followUps: OpenFollowUp[];
  today: string;
  activityId: number;
}) {
  const { t, lang } = useTranslation();
  return (
    <section aria-labelledby="meetings-heading" className="activity-meetings">
      <h2 id="meetings-heading">{t("activity.meetings")}</h2>
      {items.length === 0 ? (
        <p>{t("activity.meetingsNone")}</p>
      ) : (
        <ul className="meeting-items">
          {items.map((item) => (
            <li key={item.itemId}>
              <Link to={`/meetings/${item.meetingId}#item-${item.itemId}`}>
                {t("meeting.itemHeading", { number: String(item.number), title: item.title })}
              </Link>
              <div className="muted">
                {t("activity.meetingItem", {
                  body: t(`body.${item.body}`),
                  date: formatDate(lang, item.heldOn),
                  number: String(item.number),
                  kind: t(`itemKind.${item.kind}`).toLowerCase(),
                })}
                {item.dateNote ? ` (${t("meeting.dateApproximate", { note: item.dateNote })})` : ""}
              </div>
              {item.outcome ? (
                <p className="meeting-outcome">
                  <strong>{t("meeting.outcome")}:</strong> {item.outcome}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {followUps.length > 0 ? (
        <>
          <h3>{t("activity.openFollowUps")}</h3>
          {/* Grouped by meeting: each list's buttons post to its own meeting's page, then come back here. */}
          {[...new Set(followUps.map((f) => f.meetingId))].map((meetingId) => (
            <FollowUpList
              key={meetingId}
              meetingId={meetingId}
              followUps={followUps.filter((f) => f.meetingId === meetingId)}
              today={today}
              returnTo={`/activities/${activityId}`}
            />
          ))}
        </>
      ) : null}
    </section>
  );
}
