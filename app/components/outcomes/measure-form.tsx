import { Form } from "@remix-run/react";

import { INDICATOR_DIRECTIONS } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field, useFreshFormKey } from "../forms";

/**
 * A measure of area statistics: create one (`/admin/statistics`, with its code) or change its definition
 * (`/admin/statistics/:code`, against the version it was loaded with).
 */
export function MeasureForm({
  values,
  errors = {},
  version,
  submitLabel,
}: {
  values: FormValues | undefined;
  errors?: FormErrors;
  /** On edit: the version the form was loaded with (the code is then fixed). */
  version?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  const value = (name: string, fallback = "") => formValue(values, name, fallback);
  const text = (name: string, label: string, max: number, hint?: string, width = "") => (
    <Field id={`measure-${name}`} label={label} hint={hint} errors={errors[name]}>
      {(aria) => (
        <input
          className={`form-input ${width}`.trim()}
          id={`measure-${name}`}
          name={name}
          maxLength={max}
          defaultValue={value(name)}
          {...aria}
        />
      )}
    </Field>
  );
  return (
    <Form method="post" noValidate className="admin-form" key={formKey}>
      <ErrorSummary errors={errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {version === undefined ? (
        <Field id="measure-code" label={t("measure.code")} hint={t("measure.codeHint")} errors={errors.code}>
          {(aria) => (
            <input
              className="form-input input-width-m"
              id="measure-code"
              name="code"
              required
              maxLength={60}
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              defaultValue={value("code")}
              {...aria}
            />
          )}
        </Field>
      ) : null}
      {text("nameDa", t("measure.nameDa"), 120)}
      {text("nameEn", t("measure.nameEn"), 120)}
      {text("unit", t("measure.unit"), 20, t("measure.unitHint"), "input-width-xs")}
      <Field id="measure-direction" label={t("measure.direction")} errors={errors.direction}>
        {(aria) => (
          <select className="form-select" id="measure-direction" name="direction" defaultValue={value("direction", "lower")} {...aria}>
            {INDICATOR_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`indicator.direction.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="measure-threshold" label={t("measure.threshold")} hint={t("measure.thresholdHint")} errors={errors.threshold}>
        {(aria) => (
          <input
            className="form-input input-width-s"
            id="measure-threshold"
            name="threshold"
            inputMode="decimal"
            maxLength={30}
            defaultValue={value("threshold")}
            {...aria}
          />
        )}
      </Field>
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id="measure-inclusive"
          name="thresholdInclusive"
          value="on"
          defaultChecked={value("thresholdInclusive") === "on"}
        />
        <label htmlFor="measure-inclusive">{t("measure.thresholdInclusive")}</label>
      </div>
      {text("thresholdSource", t("measure.thresholdSource"), 200, t("measure.thresholdSourceHint"))}
      <Field id="measure-descriptionDa" label={t("measure.descriptionDa")} errors={errors.descriptionDa}>
        {(aria) => (
          <textarea
            className="form-input"
            id="measure-descriptionDa"
            name="descriptionDa"
            rows={3}
            maxLength={2000}
            defaultValue={value("descriptionDa")}
            {...aria}
          />
        )}
      </Field>
      <Field id="measure-descriptionEn" label={t("measure.descriptionEn")} errors={errors.descriptionEn}>
        {(aria) => (
          <textarea
            className="form-input"
            id="measure-descriptionEn"
            name="descriptionEn"
            rows={3}
            maxLength={2000}
            defaultValue={value("descriptionEn")}
            {...aria}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
