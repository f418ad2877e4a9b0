import { Form } from "@remix-run/react";

import { FOCUS_AREA_CODES, INDICATOR_KINDS } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field, useFreshFormKey } from "../forms";

/** A shared indicator: create one (`/admin/shared-indicators`) or change it (`/admin/shared-indicators/:id`). */
export function SharedIndicatorForm({
  values,
  errors = {},
  version,
  focusAreas,
  submitLabel,
}: {
  values: FormValues | undefined;
  errors?: FormErrors;
  version?: number;
  focusAreas: { code: string; nameDa: string; nameEn: string }[];
  submitLabel: string;
}) {
  const { t, lang } = useTranslation();
  const formKey = useFreshFormKey();
  const value = (name: string, fallback = "") => formValue(values, name, fallback);
  return (
    <Form method="post" noValidate className="admin-form" key={formKey}>
      <ErrorSummary errors={errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field id="shared-focus" label={t("shared.focus")} errors={errors.focus}>
        {(aria) => (
          <select className="form-select" id="shared-focus" name="focus" defaultValue={value("focus", "employment")} {...aria}>
            {focusAreas
              .filter((f) => (FOCUS_AREA_CODES as readonly string[]).includes(f.code))
              .map((f) => (
                <option key={f.code} value={f.code}>
                  {lang === "da" ? f.nameDa : f.nameEn}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field id="shared-nameDa" label={t("shared.nameDa")} errors={errors.nameDa}>
        {(aria) => (
          <input
            className="form-input"
            id="shared-nameDa"
            name="nameDa"
            required
            maxLength={120}
            defaultValue={value("nameDa")}
            {...aria}
          />
        )}
      </Field>
      <Field id="shared-nameEn" label={t("shared.nameEn")} errors={errors.nameEn}>
        {(aria) => (
          <input
            className="form-input"
            id="shared-nameEn"
            name="nameEn"
            required
            maxLength={120}
            defaultValue={value("nameEn")}
            {...aria}
          />
        )}
      </Field>
      <Field id="shared-unit" label={t("shared.unit")} hint={t("shared.unitHint")} errors={errors.unit}>
        {(aria) => (
          <input
            className="form-input input-width-s"
            id="shared-unit"
            name="unit"
            required
            maxLength={40}
            defaultValue={value("unit")}
            {...aria}
          />
        )}
      </Field>
      <Field id="shared-kind" label={t("indicator.kindLabel")} hint={t("shared.kindHint")} errors={errors.kind}>
        {(aria) => (
          <select className="form-select" id="shared-kind" name="kind" defaultValue={value("kind", "cumulative")} {...aria}>
            {INDICATOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`indicator.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="shared-descriptionDa" label={t("shared.descriptionDa")} errors={errors.descriptionDa}>
        {(aria) => (
          <textarea
            className="form-input"
            id="shared-descriptionDa"
            name="descriptionDa"
            rows={2}
            maxLength={1000}
            defaultValue={value("descriptionDa")}
            {...aria}
          />
        )}
      </Field>
      <Field id="shared-descriptionEn" label={t("shared.descriptionEn")} errors={errors.descriptionEn}>
        {(aria) => (
          <textarea
            className="form-input"
            id="shared-descriptionEn"
            name="descriptionEn"
            rows={2}
            maxLength={1000}
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
