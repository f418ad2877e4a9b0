import { Form } from "@remix-run/react";

import { FLAG_PRIORITIES } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { formatDate } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { FlagView } from "../../models/funding.server";
import { FlagBadge } from "../badges";
import { ErrorSummary, Field, useFreshFormKey } from "../forms";

/** The open fundraising flag (if any), its history, and for fundraisers the form to flag or resolve. */
export function FlagPanel({
  activityId,
  flags,
  canEdit,
  values,
  errors = {},
}: {
  activityId: number;
  flags: FlagView[];
  canEdit: boolean;
  values?: FormValues;
  errors?: FormErrors;
}) {
  const { t, lang } = useTranslation();
  const formKey = useFreshFormKey();
  const open = flags.find((f) => f.resolvedAt === null);
  const resolved = flags.filter((f) => f.resolvedAt !== null);
  return (
    <div className="flag-panel">
      <ErrorSummary errors={errors} />
      {open ? (
        <p>
          <FlagBadge priority={open.priority} /> {open.note}{" "}
          <span className="muted small">
            ({open.createdBy ?? t("audit.system")}, {formatDate(lang, open.createdAt)})
          </span>
        </p>
      ) : (
        <p>{t("flag.none")}</p>
      )}
      {canEdit && open ? (
        <Form method="post" action={`/activities/${activityId}/flag`}>
          <input type="hidden" name="intent" value="resolve" />
          <input type="hidden" name="flagId" value={open.id} />
          <button type="submit" className="button button-secondary">
            {t("flag.resolve")}
          </button>
        </Form>
      ) : null}
      {canEdit && !open ? (
        <Form method="post" action={`/activities/${activityId}/flag`} noValidate key={formKey}>
          <input type="hidden" name="intent" value="flag" />
          <Field id="flag-priority" label={t("flag.priorityLabel")} errors={errors.priority}>
            {(aria) => (
              <select
                className="form-select"
                id="flag-priority"
                name="priority"
                defaultValue={formValue(values, "priority", "high")}
                {...aria}
              >
                {FLAG_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {t(`flag.priority.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="flag-note" label={t("flag.note")} errors={errors.note}>
            {(aria) => (
              <input
                className="form-input"
                id="flag-note"
                name="note"
                maxLength={1000}
                defaultValue={formValue(values, "note")}
                {...aria}
              />
            )}
          </Field>
          <button type="submit" className="button button-secondary">
            {t("flag.submit")}
          </button>
        </Form>
      ) : null}
      {resolved.length > 0 ? (
        <details>
          <summary>{t("flag.history", { count: resolved.length })}</summary>
          <ul>
            {resolved.map((f) => (
              <li key={f.id}>
                <FlagBadge priority={f.priority} /> {f.note} ({formatDate(lang, f.createdAt)} –{" "}
                {formatDate(lang, f.resolvedAt ?? f.createdAt)})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
