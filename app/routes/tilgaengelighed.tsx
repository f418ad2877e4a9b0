import type { MetaFunction } from "@remix-run/node";

import type { MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("a11y.title"));

const NOTES: MessageKey[] = ["a11y.notes.charts", "a11y.notes.colour", "a11y.notes.noScript", "a11y.notes.print"];

/**
 * The accessibility statement (tilgængelighedserklæring) that Danish public bodies publish for their web
 * services. Public: it must be readable without an account, so it needs no sign-in.
 */
export default function AccessibilityStatement() {
  const { t } = useTranslation();
  return (
    <article className="statement">
      <h1>{t("a11y.title")}</h1>
      <p className="font-lead">{t("a11y.intro")}</p>
      <h2>{t("a11y.status.heading")}</h2>
      <p>{t("a11y.status.text")}</p>
      <h2>{t("a11y.how.heading")}</h2>
      <p>{t("a11y.how.text")}</p>
      <h2>{t("a11y.notes.heading")}</h2>
      <ul>
        {NOTES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <h2>{t("a11y.feedback.heading")}</h2>
      <p>{t("a11y.feedback.text")}</p>
      <h2>{t("a11y.complaint.heading")}</h2>
      <p>
        {t("a11y.complaint.text")} <a href="https://www.was.digst.dk/">was.digst.dk</a>
      </p>
      <p className="muted">{t("a11y.date")}</p>
    </article>
  );
}
