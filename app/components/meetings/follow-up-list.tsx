import { Form } from "@remix-run/react";

import { formatDate } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { FollowUpView } from "../../models/meeting.server";
import { can } from "../../utils/permissions";
import { useOptionalUser } from "../../utils/user";

/**
 * Follow-ups with owner, due date and state (open, overdue, done). Administrators and each follow-up's
 * owner get a button to mark it done or reopen it; the form posts to the meeting's page.
 */
export function FollowUpList({
  meetingId,
  followUps,
  today,
  returnTo,
}: {
  meetingId: number;
  followUps: (FollowUpView & { itemTitle?: string })[];
  today: string;
  /** Where to come back after marking one done (the meeting's page by default). */
  returnTo?: string;
}) {
  const { t, lang } = useTranslation();
  const user = useOptionalUser();
  if (followUps.length === 0) return null;
  return (
    <ul className="follow-ups">
      {followUps.map((f) => {
        const overdue = f.doneOn === null && f.dueOn < today;
        const mayChange = user !== null && (can(user, "meetings:manage") || f.ownerId === user.id);
        return (
          <li key={f.id} className={overdue ? "follow-up follow-up-overdue" : "follow-up"}>
            <span className="follow-up-what">{f.what}</span>{" "}
            <span className="muted">
              {t("meeting.followUp.owner")}: {f.ownerName} · {t("meeting.followUp.due")}: {formatDate(lang, f.dueOn)}
            </span>{" "}
            <strong className="follow-up-state">
              {f.doneOn
                ? t("meeting.followUp.doneOn", { date: formatDate(lang, f.doneOn) })
                : overdue
                  ? `⚠ ${t("meeting.followUp.overdue")}`
                  : t("meeting.followUp.open")}
            </strong>
            {mayChange ? (
              <Form method="post" action={`/meetings/${meetingId}`} className="inline-form">
                <input type="hidden" name="intent" value={f.doneOn ? "reopen" : "done"} />
                <input type="hidden" name="followUpId" value={f.id} />
                <input type="hidden" name="version" value={f.version} />
                {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
                <button
                  type="submit"
                  className="button button-tertiary"
                  aria-label={`${f.doneOn ? t("meeting.followUp.reopen") : t("meeting.followUp.markDone")}: ${f.what}`}
                >
                  {f.doneOn ? t("meeting.followUp.reopen") : t("meeting.followUp.markDone")}
                </button>
              </Form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
