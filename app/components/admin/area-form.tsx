import { Form } from "@remix-run/react";

import { AREA_CLASSIFICATIONS } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field, useFreshFormKey } from "../forms";

/** The fields of a housing area, for creating one (`/admin/areas`) or editing it (`/admin/areas/:slug`). */
export function AreaForm({
  values,
  errors = {},
  version,
  submitLabel,
}: {
  values: FormValues | undefined;
  errors?: FormErrors;
  /** On edit: the version the form was loaded with. */
  version?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  const value = (name: string, fallback = "") => formValue(values, name, fallback);
  return (
    <Form method="post" noValidate className="admin-form" key={formKey}>
      <ErrorSummary errors={errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field id="area-name" label={t("field.name")} errors={errors.name}>
        {(aria) => (
          <input className="form-input" id="area-name" name="name" required maxLength={120} defaultValue={value("name")} {...aria} />
        )}
      </Field>
      <Field id="area-slug" label={t("field.slug")} hint={t("field.slugHint")} errors={errors.slug}>
        {(aria) => (
          <input
            className="form-input input-width-m"
            id="area-slug"
            name="slug"
            maxLength={60}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            defaultValue={value("slug")}
            {...aria}
          />
        )}
      </Field>
      <Field id="area-classification" label={t("field.classification")} errors={errors.classification}>
        {(aria) => (
          <select
            className="form-select"
            id="area-classification"
            name="classification"
            defaultValue={value("classification", "other")}
            {...aria}
          >
            {AREA_CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {t(`classification.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="area-residents" label={t("field.residents")} hint={t("field.residentsHint")} errors={errors.residents}>
        {(aria) => (
          <input
            className="form-input input-width-s"
            id="area-residents"
            name="residents"
            inputMode="numeric"
            defaultValue={value("residents")}
            {...aria}
          />
        )}
      </Field>
      <Field id="area-homes" label={t("field.homes")} errors={errors.homes}>
        {(aria) => (
          <input
            className="form-input input-width-s"
            id="area-homes"
            name="homes"
            inputMode="numeric"
            defaultValue={value("homes")}
            {...aria}
          />
        )}
      </Field>
      <Field id="area-sections" label={t("field.housingSections")} errors={errors.housingSections}>
        {(aria) => (
          <input
            className="form-input input-width-xs"
            id="area-sections"
            name="housingSections"
            inputMode="numeric"
            defaultValue={value("housingSections")}
            {...aria}
          />
        )}
      </Field>
      <Field id="area-description-da" label={t("field.descriptionDa")} errors={errors.descriptionDa}>
        {(aria) => (
          <textarea
            className="form-input"
            id="area-description-da"
            name="descriptionDa"
            rows={3}
            maxLength={2000}
            defaultValue={value("descriptionDa")}
            {...aria}
          />
        )}
      </Field>
      <Field id="area-description-en" label={t("field.descriptionEn")} errors={errors.descriptionEn}>
        {(aria) => (
          <textarea
            className="form-input"
            id="area-description-en"
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
