import { Form, Link } from "@remix-run/react";

import { formatDate } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { MilestoneView } from "../../models/status-update.server";

export function MilestoneList({
  milestones,
  activityId,
  canEdit,
  today,
}: {
  milestones: MilestoneView[];
  activityId: number;
  canEdit: boolean;
  today: string;
}) {
  const { t, lang } = useTranslation();
  if (milestones.length === 0) return <p>{t("milestone.none")}</p>;
  return (
    <ul className="milestones">
      {milestones.map((m) => (
        <li key={m.id} className={m.overdue ? "milestone-overdue" : undefined}>
          <span className="milestone-title">{m.title}</span> · {t("milestone.due", { date: formatDate(lang, m.dueOn) })}{" "}
          {m.doneOn ? (
            <span className="badge-done">✓ {t("milestone.doneOn", { date: formatDate(lang, m.doneOn) })}</span>
          ) : m.overdue ? (
            <span className="overdue">⚠ {t("milestone.overdue")}</span>
          ) : null}
          {canEdit && !m.doneOn ? (
            <Form method="post" action={`/activities/${activityId}/milestones`} className="inline-form">
              <input type="hidden" name="intent" value="done" />
              <input type="hidden" name="milestoneId" value={m.id} />
              <input type="hidden" name="doneOn" value={today} />
              <button type="submit" className="button button-tertiary button-small">
                {t("milestone.markDone")}
                <span className="sr-only">: {m.title}</span>
              </button>
            </Form>
          ) : null}
          {canEdit && m.doneOn ? (
            <Form method="post" action={`/activities/${activityId}/milestones/${m.id}`} className="inline-form">
              <input type="hidden" name="intent" value="reopen" />
              <input type="hidden" name="version" value={m.version} />
              <button
                type="submit"
                className="button button-tertiary button-small"
                aria-label={t("milestoneEdit.reopenLabel", { title: m.title })}
              >
                {t("milestoneEdit.reopen")}
              </button>
            </Form>
          ) : null}
          {canEdit ? (
            <>
              {" "}
              <Link to={`/activities/${activityId}/milestones/${m.id}`} aria-label={t("milestoneEdit.linkLabel", { title: m.title })}>
                {t("milestoneEdit.link")}
              </Link>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
