import { Form } from "@remix-run/react";

import { type ActivityStatus, type Health, HEALTHS } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { formatDateLong, formatNumber } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { ReportableIndicator } from "../../models/status-update.server";
import { ErrorSummary, Field, useFreshFormKey } from "../forms";

export type StatusUpdateFormProps = {
  activityId: number;
  version: number;
  statuses: ActivityStatus[];
  indicators: ReportableIndicator[];
  today: string;
  /** What the person typed (after a 400 or 409), or the activity's current values. */
  values: FormValues;
  errors?: FormErrors;
};

/**
 * The status update form. Posts to /activities/:id/updates, which is also a page of its own, so a
 * refused update (400, 409) is shown again with its messages and everything typed, with or without JS.
 */
export function StatusUpdateForm({ activityId, version, statuses, indicators, today, values, errors = {} }: StatusUpdateFormProps) {
  const { t, lang } = useTranslation();
  const number = (n: number) => formatNumber(lang, n, 2);
  /** What to report for an indicator, and what was reported last, in words. */
  const indicatorHint = (i: ReportableIndicator) =>
    [
      t(i.kind === "cumulative" ? "update.indicator.cumulative" : "update.indicator.perPeriod"),
      i.last
        ? i.kind === "cumulative" && i.total !== null
          ? t("update.indicator.lastCumulative", {
              value: number(i.last.value),
              date: formatDateLong(lang, i.last.reportedOn),
              total: number(i.total),
              unit: i.unit,
            })
          : t("update.indicator.last", { value: number(i.last.value), date: formatDateLong(lang, i.last.reportedOn), unit: i.unit })
        : t("update.indicator.none"),
      t("update.indicator.target", { target: number(i.target), unit: i.unit }),
    ].join(" ");
  const formKey = useFreshFormKey();
  const str = (key: string, fallback = "") => formValue(values, key, fallback);
  const health = str("health", "green") as Health;

  return (
    <Form method="post" action={`/activities/${activityId}/updates`} className="status-update-form" noValidate key={formKey}>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="version" value={version} />
      <div className="row">
        <div className="col-12 col-md-6">
          <Field id="status" label={t("update.status")} hint={t("update.statusHint")} errors={errors.status}>
            {(aria) => (
              <select className="form-select" id="status" name="status" defaultValue={str("status")} {...aria}>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="col-12 col-md-6">
          <Field id="reportedOn" label={t("update.reportedOn")} errors={errors.reportedOn}>
            {(aria) => (
              <input
                className="form-input"
                type="date"
                id="reportedOn"
                name="reportedOn"
                max={today}
                defaultValue={str("reportedOn", today)}
                {...aria}
              />
            )}
          </Field>
        </div>
      </div>
      <fieldset className={`form-group${errors.health ? " form-error" : ""}`}>
        <legend className="form-label">{t("update.health")}</legend>
        {errors.health ? (
          <span className="form-error-message" id="health-error">
            {errors.health.map((k) => t(k)).join(" ")}
          </span>
        ) : null}
        <div className="health-choices">
          {HEALTHS.map((h) => (
            <div className="form-group-radio" key={h}>
              <input
                className="form-radio"
                type="radio"
                id={`health-${h}`}
                name="health"
                value={h}
                defaultChecked={health === h}
                {...(errors.health ? { "aria-invalid": true, "aria-describedby": "health-error" } : {})}
              />
              <label htmlFor={`health-${h}`}>{t(`health.${h}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <Field id="healthReason" label={t("update.healthReason")} hint={t("update.healthReasonHint")} errors={errors.healthReason}>
        {(aria) => (
          <input
            className="form-input"
            id="healthReason"
            name="healthReason"
            maxLength={500}
            defaultValue={str("healthReason")}
            {...aria}
          />
        )}
      </Field>
      <Field id="note" label={t("update.note")} hint={t("update.noteHint")} errors={errors.note}>
        {(aria) => <textarea className="form-input" id="note" name="note" rows={4} maxLength={2000} defaultValue={str("note")} {...aria} />}
      </Field>
      {indicators.length > 0 ? (
        <fieldset className="form-group">
          <legend className="form-label">{t("update.actuals")}</legend>
          <span className="form-hint">{t("update.actualsHint")}</span>
          {indicators.map((i) => (
            <Field
              key={i.id}
              id={`indicator-${i.id}`}
              label={`${i.name} (${i.unit})`}
              hint={indicatorHint(i)}
              errors={errors[`indicator-${i.id}`]}
            >
              {(aria) => (
                <input
                  className="form-input input-width-s"
                  id={`indicator-${i.id}`}
                  name={`indicator-${i.id}`}
                  inputMode="decimal"
                  maxLength={30}
                  defaultValue={str(`indicator-${i.id}`)}
                  {...aria}
                />
              )}
            </Field>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button button-primary">
        {t("update.submit")}
      </button>
    </Form>
  );
}
