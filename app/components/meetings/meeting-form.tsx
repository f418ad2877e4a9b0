import { Form } from "@remix-run/react";

import { MEETING_BODIES } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field } from "../forms";

/** A meeting's fields: body, date (with a note when it is approximate), title, place, previous minutes. */
export function MeetingForm({
  values,
  errors = {},
  version,
  submitLabel,
}: {
  values: FormValues | undefined;
  errors?: FormErrors;
  version?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const value = (name: string, fallback = "") => formValue(values, name, fallback);
  return (
    <Form method="post" noValidate className="admin-form">
      <ErrorSummary errors={errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field id="meeting-body" label={t("field.body")} errors={errors.body}>
        {(aria) => (
          <select className="form-select" id="meeting-body" name="body" defaultValue={value("body", "board")} {...aria}>
            {MEETING_BODIES.map((b) => (
              <option key={b} value={b}>
                {t(`body.${b}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="meeting-date" label={t("field.date")} errors={errors.date}>
        {(aria) => (
          <input className="form-input" type="date" id="meeting-date" name="date" required defaultValue={value("date")} {...aria} />
        )}
      </Field>
      <Field id="meeting-date-note" label={t("field.dateNote")} hint={t("field.dateNoteHint")} errors={errors.dateNote}>
        {(aria) => (
          <input className="form-input" id="meeting-date-note" name="dateNote" maxLength={300} defaultValue={value("dateNote")} {...aria} />
        )}
      </Field>
      <Field id="meeting-title" label={t("field.title")} errors={errors.title}>
        {(aria) => (
          <input className="form-input" id="meeting-title" name="title" required maxLength={200} defaultValue={value("title")} {...aria} />
        )}
      </Field>
      <Field id="meeting-place" label={t("field.place")} errors={errors.place}>
        {(aria) => <input className="form-input" id="meeting-place" name="place" maxLength={200} defaultValue={value("place")} {...aria} />}
      </Field>
      <Field id="meeting-minutes" label={t("field.previousMinutesApproved")} errors={errors.previousMinutesApproved}>
        {(aria) => (
          <select
            className="form-select"
            id="meeting-minutes"
            name="previousMinutesApproved"
            defaultValue={value("previousMinutesApproved")}
            {...aria}
          >
            <option value="">{t("meeting.previousMinutes.unknown")}</option>
            <option value="yes">{t("meeting.previousMinutes.yes")}</option>
            <option value="no">{t("meeting.previousMinutes.no")}</option>
          </select>
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
