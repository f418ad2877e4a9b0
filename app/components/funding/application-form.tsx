import { Form, Link } from "@remix-run/react";

import { amountField } from "../../forms/application-fields";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field } from "../forms";
import { TermsFields } from "./funding-line-form";

type Props = {
  activityId: number;
  sources: { id: number; name: string }[];
  years: number[];
  /** The plan's years: an amount in any other year counts toward no plan's co-financing. */
  planYears: number[];
  today: string;
  /** The application edited: its key and its lines as loaded (`id:version` pairs) travel with the form. */
  application?: { key: number; lines: string };
  values?: FormValues;
  errors?: FormErrors;
};

/**
 * A funding application (or grant) over one or more years: its terms once, and an amount for each year it
 * covers. Posts to /activities/:id/funding, which saves one line a year, linked, and shows refused input again.
 */
export function ApplicationForm({ activityId, sources, years, planYears, today, application, values, errors = {} }: Props) {
  const { t } = useTranslation();
  const prefix = application ? `application-${application.key}` : "new-application";
  const amountErrors = errors.amounts ?? [];
  return (
    <Form method="post" action={`/activities/${activityId}/funding`} noValidate className="funding-line-form">
      <ErrorSummary errors={errors} />
      <p>{t("application.intro")}</p>
      <input type="hidden" name="intent" value={application ? "updateApplication" : "createApplication"} />
      {application ? (
        <>
          <input type="hidden" name="applicationId" value={application.key} />
          <input type="hidden" name="lines" value={application.lines} />
        </>
      ) : null}
      <TermsFields idPrefix={prefix} sources={sources} today={today} values={values} errors={errors} />
      <fieldset
        className={`form-group${amountErrors.length > 0 ? " form-error" : ""}`}
        aria-describedby={`${prefix}-amounts-hint${amountErrors.length > 0 ? ` ${prefix}-amounts-error` : ""}`}
      >
        <legend className="form-label">{t("application.amounts")}</legend>
        <span className="form-hint" id={`${prefix}-amounts-hint`}>
          {t("application.amountsHint")}
        </span>
        {amountErrors.length > 0 ? (
          <span className="form-error-message" id={`${prefix}-amounts-error`}>
            {amountErrors.map((k) => t(k)).join(" ")}
          </span>
        ) : null}
        <div className="row">
          {years.map((y) => {
            const name = amountField(y);
            const inPlan = planYears.includes(y);
            return (
              <div className="col-6 col-md-3" key={y}>
                <Field
                  id={`${prefix}-${name}`}
                  label={String(y)}
                  hint={inPlan ? undefined : t("application.yearOutsidePlan")}
                  errors={errors[name]}
                >
                  {(aria) => (
                    <input
                      className="form-input"
                      id={`${prefix}-${name}`}
                      name={name}
                      inputMode="numeric"
                      maxLength={20}
                      defaultValue={formValue(values, name)}
                      {...aria}
                      // "No amount at all" is said once, for the group: every year's field points to it.
                      {...(amountErrors.length > 0
                        ? {
                            "aria-invalid": true,
                            "aria-describedby": [aria["aria-describedby"], `${prefix}-amounts-error`].filter(Boolean).join(" "),
                          }
                        : {})}
                    />
                  )}
                </Field>
              </div>
            );
          })}
        </div>
      </fieldset>
      <p>
        <button type="submit" className="button button-primary">
          {application ? t("application.save") : t("funding.addLine")}
        </button>
        {application ? (
          <>
            {" "}
            <Link to={`/activities/${activityId}/funding`}>{t("funding.cancel")}</Link>
          </>
        ) : null}
      </p>
    </Form>
  );
}

/** Withdraws every line of an application, against the versions they were shown with. */
export function WithdrawApplication({
  activityId,
  application,
  years,
  lineCount,
}: {
  activityId: number;
  application: { key: number; lines: string };
  years: string;
  lineCount: number;
}) {
  const { t, tn } = useTranslation();
  return (
    <Form method="post" action={`/activities/${activityId}/funding`}>
      <input type="hidden" name="intent" value="withdrawApplication" />
      <input type="hidden" name="applicationId" value={application.key} />
      <input type="hidden" name="lines" value={application.lines} />
      <p className="form-hint">{tn("application.withdrawHint", lineCount, { years })}</p>
      <button type="submit" className="button button-secondary">
        {t("application.withdraw")}
      </button>
    </Form>
  );
}
