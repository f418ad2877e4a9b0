import { Form } from "@remix-run/react";

import { type FormErrors, formValue, type FormValues, formValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { AreaCheckboxes } from "../area-checkboxes";
import { ErrorSummary, Field, useFreshFormKey } from "../forms";

/** The fields of a plan (helhedsplan): name, short name, period and the areas it covers. */
export function PlanForm({
  values,
  errors = {},
  areas,
  version,
  inUse = [],
  submitLabel,
}: {
  values: FormValues | undefined;
  errors?: FormErrors;
  areas: { id: number; name: string }[];
  version?: number;
  /** Activities that keep an area in the plan, after a refused removal. */
  inUse?: string[];
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  const value = (name: string) => formValue(values, name);
  return (
    <Form method="post" noValidate className="admin-form" key={formKey}>
      <ErrorSummary errors={errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field id="plan-name" label={t("field.name")} errors={errors.name}>
        {(aria) => (
          <input className="form-input" id="plan-name" name="name" required maxLength={120} defaultValue={value("name")} {...aria} />
        )}
      </Field>
      <Field id="plan-slug" label={t("field.slug")} hint={t("field.slugHint")} errors={errors.slug}>
        {(aria) => (
          <input
            className="form-input input-width-m"
            id="plan-slug"
            name="slug"
            maxLength={60}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            defaultValue={value("slug")}
            {...aria}
          />
        )}
      </Field>
      <div className="row">
        <div className="col-12 col-md-6">
          <Field id="plan-starts" label={t("field.startsOn")} errors={errors.startsOn}>
            {(aria) => (
              <input
                className="form-input"
                type="date"
                id="plan-starts"
                name="startsOn"
                required
                defaultValue={value("startsOn")}
                {...aria}
              />
            )}
          </Field>
        </div>
        <div className="col-12 col-md-6">
          <Field id="plan-ends" label={t("field.endsOn")} errors={errors.endsOn}>
            {(aria) => (
              <input className="form-input" type="date" id="plan-ends" name="endsOn" required defaultValue={value("endsOn")} {...aria} />
            )}
          </Field>
        </div>
      </div>
      <AreaCheckboxes
        areas={areas}
        chosen={formValues(values, "areaIds")}
        errors={errors.areaIds}
        legend={t("field.planAreas")}
        hint={t("field.planAreasHint")}
      >
        {inUse.length > 0 ? (
          <ul>
            {inUse.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        ) : null}
      </AreaCheckboxes>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
