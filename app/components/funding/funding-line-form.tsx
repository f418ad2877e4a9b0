import { Form } from "@remix-run/react";

import { FUNDING_STAGES } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field } from "../forms";

type Props = {
  activityId: number;
  sources: { id: number; name: string }[];
  years: number[];
  /** Editing an existing line: its id and version travel with the form. */
  line?: { id: number; version: number };
  values?: FormValues;
  errors?: FormErrors;
};

/** Add or change a funding line; posts to /activities/:id/funding, which shows refused input again. */
export function FundingLineForm({ activityId, sources, years, line, values, errors = {} }: Props) {
  const { t } = useTranslation();
  const id = (name: string) => `${line ? `line-${line.id}` : "new-line"}-${name}`;
  return (
    <Form method="post" action={`/activities/${activityId}/funding`} noValidate className="funding-line-form">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="intent" value={line ? "update" : "create"} />
      {line ? (
        <>
          <input type="hidden" name="lineId" value={line.id} />
          <input type="hidden" name="version" value={line.version} />
        </>
      ) : null}
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
                    {y}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="col-6 col-md-3">
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
        <div className="col-12 col-md-4">
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
        <div className="col-6 col-md-4">
          <Field id={id("deadline")} label={t("funding.deadline")} errors={errors.deadline}>
            {(aria) => (
              <input
                className="form-input"
                type="date"
                id={id("deadline")}
                name="deadline"
                defaultValue={formValue(values, "deadline")}
                {...aria}
              />
            )}
          </Field>
        </div>
        <div className="col-6 col-md-4">
          <Field id={id("decidedOn")} label={t("funding.decidedOn")} errors={errors.decidedOn}>
            {(aria) => (
              <input
                className="form-input"
                type="date"
                id={id("decidedOn")}
                name="decidedOn"
                defaultValue={formValue(values, "decidedOn")}
                {...aria}
              />
            )}
          </Field>
        </div>
      </div>
      <Field id={id("note")} label={t("funding.note")} errors={errors.note}>
        {(aria) => (
          <input className="form-input" id={id("note")} name="note" maxLength={1000} defaultValue={formValue(values, "note")} {...aria} />
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {line ? t("funding.saveLine") : t("funding.addLine")}
      </button>
    </Form>
  );
}
