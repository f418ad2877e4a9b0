import { Form, Link } from "@remix-run/react";

import { FUNDING_STAGES } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field } from "../forms";

type Source = { id: number; name: string };

/**
 * What a line or an application says besides years and amounts: source, stage, deadline, expected answer,
 * decision date (today's date offered when none is stored: a decided line needs it) and note.
 */
export function TermsFields({
  idPrefix,
  sources,
  today,
  values,
  errors,
}: {
  idPrefix: string;
  sources: Source[];
  today: string;
  values?: FormValues;
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  const id = (name: string) => `${idPrefix}-${name}`;
  const date = (name: "deadline" | "expectedAnswerOn" | "decidedOn", label: string, hint?: string, fallback = "") => (
    <Field id={id(name)} label={label} hint={hint} errors={errors[name]}>
      {(aria) => (
        <input className="form-input" type="date" id={id(name)} name={name} defaultValue={formValue(values, name, fallback)} {...aria} />
      )}
    </Field>
  );
  return (
    <>
      <div className="row">
        <div className="col-12 col-md-6">
          <Field id={id("source")} label={t("funding.source")} errors={errors.sourceId}>
            {(aria) => (
              <select className="form-select" id={id("source")} name="sourceId" defaultValue={formValue(values, "sourceId")} {...aria}>
                <option value="">{t("funding.chooseSource")}</option>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="col-12 col-md-6">
          <Field id={id("stage")} label={t("funding.stage")} errors={errors.stage}>
            {(aria) => (
              <select className="form-select" id={id("stage")} name="stage" defaultValue={formValue(values, "stage", "applied")} {...aria}>
                {FUNDING_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t(`stage.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <div className="row">
        <div className="col-12 col-md-4">{date("deadline", t("funding.deadline"))}</div>
        <div className="col-12 col-md-4">{date("expectedAnswerOn", t("funding.expectedAnswerOn"), t("funding.expectedAnswerHint"))}</div>
        <div className="col-12 col-md-4">{date("decidedOn", t("funding.decidedOn"), t("funding.decidedOnHint"), today)}</div>
      </div>
      <Field id={id("note")} label={t("funding.note")} errors={errors.note}>
        {(aria) => (
          <input className="form-input" id={id("note")} name="note" maxLength={1000} defaultValue={formValue(values, "note")} {...aria} />
        )}
      </Field>
    </>
  );
}

type Props = {
  activityId: number;
  sources: Source[];
  years: number[];
  /** The plan's years: a line in any other year counts toward no plan's co-financing. */
  planYears: number[];
  today: string;
  /** The line edited: its id and version travel with the form. */
  line: { id: number; version: number };
  values?: FormValues;
  errors?: FormErrors;
};

/** Changes one funding line; posts to /activities/:id/funding, which shows refused input again. */
export function FundingLineForm({ activityId, sources, years, planYears, today, line, values, errors = {} }: Props) {
  const { t } = useTranslation();
  const id = (name: string) => `line-${line.id}-${name}`;
  return (
    <Form method="post" action={`/activities/${activityId}/funding`} noValidate className="funding-line-form">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="intent" value="update" />
      <input type="hidden" name="lineId" value={line.id} />
      <input type="hidden" name="version" value={line.version} />
      <TermsFields idPrefix={`line-${line.id}`} sources={sources} today={today} values={values} errors={errors} />
      <div className="row">
        <div className="col-6 col-md-3">
          <Field id={id("year")} label={t("funding.year")} errors={errors.year}>
            {(aria) => (
              <select
                className="form-select"
                id={id("year")}
                name="year"
                defaultValue={formValue(values, "year", String(years[0] ?? ""))}
                {...aria}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {planYears.includes(y) ? y : t("funding.yearOption.outsidePlan", { year: String(y) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="col-6 col-md-4">
          <Field id={id("amount")} label={t("funding.amount")} hint={t("funding.amountHint")} errors={errors.amount}>
            {(aria) => (
              <input
                className="form-input"
                id={id("amount")}
                name="amount"
                inputMode="numeric"
                maxLength={20}
                defaultValue={formValue(values, "amount")}
                {...aria}
              />
            )}
          </Field>
        </div>
      </div>
      {years.some((y) => !planYears.includes(y)) ? <p className="form-hint">{t("funding.outsidePlanNote")}</p> : null}
      <p>
        <button type="submit" className="button button-primary">
          {t("funding.saveLine")}
        </button>{" "}
        <Link to={`/activities/${activityId}/funding`}>{t("funding.cancel")}</Link>
      </p>
    </Form>
  );
}
