import { Form } from "@remix-run/react";

import { INDICATOR_DIRECTIONS, INDICATOR_KINDS } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import type { SharedIndicatorOption } from "../../models/shared-indicator.server";
import { ErrorSummary, Field, useFreshFormKey } from "../forms";

type FormState = { values?: FormValues; errors?: FormErrors; open?: boolean };

/** Define a new indicator; posts to /activities/:id/indicators (a page of its own for refused input). */
export function IndicatorForm({
  activityId,
  sharedOptions,
  values,
  errors = {},
  open = false,
}: { activityId: number; sharedOptions: SharedIndicatorOption[] } & FormState) {
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  return (
    <details className="definition-form" open={open || undefined}>
      <summary>{t("indicator.add")}</summary>
      <Form method="post" action={`/activities/${activityId}/indicators`} noValidate key={formKey}>
        <ErrorSummary errors={errors} />
        <IndicatorFields values={values} errors={errors} sharedOptions={sharedOptions} />
        <button type="submit" className="button button-secondary">
          {t("indicator.save")}
        </button>
      </Form>
    </details>
  );
}

/** Add a milestone; posts to /activities/:id/milestones. */
export function MilestoneForm({ activityId, values, errors = {}, open = false }: { activityId: number } & FormState) {
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  return (
    <details className="definition-form" open={open || undefined}>
      <summary>{t("milestone.add")}</summary>
      <Form method="post" action={`/activities/${activityId}/milestones`} noValidate key={formKey}>
        <input type="hidden" name="intent" value="create" />
        <ErrorSummary errors={errors} />
        <Field id="milestone-title" label={t("milestone.title")} errors={errors.title}>
          {(aria) => (
            <input
              className="form-input"
              id="milestone-title"
              name="title"
              maxLength={200}
              defaultValue={formValue(values, "title")}
              {...aria}
            />
          )}
        </Field>
        <Field id="milestone-due" label={t("milestone.dueOn")} errors={errors.dueOn}>
          {(aria) => (
            <input className="form-input" type="date" id="milestone-due" name="dueOn" defaultValue={formValue(values, "dueOn")} {...aria} />
          )}
        </Field>
        <button type="submit" className="button button-secondary">
          {t("milestone.save")}
        </button>
      </Form>
    </details>
  );
}

/**
 * An indicator's definition fields, for a new indicator and for changing one (`prefix` keeps ids unique
 * when both are on a page).
 */
export function IndicatorFields({
  values,
  errors,
  sharedOptions,
  prefix = "indicator",
}: {
  values: FormValues | undefined;
  errors: FormErrors;
  /** The shared indicators it may be linked to; none defined: no field. */
  sharedOptions: SharedIndicatorOption[];
  prefix?: string;
}) {
  const { t, lang } = useTranslation();
  const focusGroups = [...new Map(sharedOptions.map((o) => [o.focus.code, o.focus])).values()];
  return (
    <>
      <Field id={`${prefix}-name`} label={t("indicator.name")} errors={errors.name}>
        {(aria) => (
          <input
            className="form-input"
            id={`${prefix}-name`}
            name="name"
            maxLength={120}
            defaultValue={formValue(values, "name")}
            {...aria}
          />
        )}
      </Field>
      <Field id={`${prefix}-unit`} label={t("indicator.unit")} hint={t("indicator.unitHint")} errors={errors.unit}>
        {(aria) => (
          <input
            className="form-input input-width-s"
            id={`${prefix}-unit`}
            name="unit"
            maxLength={40}
            defaultValue={formValue(values, "unit")}
            {...aria}
          />
        )}
      </Field>
      <Field id={`${prefix}-baseline`} label={t("indicator.baseline")} hint={t("indicator.numberHint")} errors={errors.baseline}>
        {(aria) => (
          <input
            className="form-input input-width-s"
            id={`${prefix}-baseline`}
            name="baseline"
            inputMode="decimal"
            maxLength={30}
            defaultValue={formValue(values, "baseline")}
            {...aria}
          />
        )}
      </Field>
      <Field id={`${prefix}-target`} label={t("indicator.target")} hint={t("indicator.numberHint")} errors={errors.target}>
        {(aria) => (
          <input
            className="form-input input-width-s"
            id={`${prefix}-target`}
            name="target"
            inputMode="decimal"
            maxLength={30}
            defaultValue={formValue(values, "target")}
            {...aria}
          />
        )}
      </Field>
      <Field id={`${prefix}-direction`} label={t("indicator.directionLabel")} errors={errors.direction}>
        {(aria) => (
          <select
            className="form-select"
            id={`${prefix}-direction`}
            name="direction"
            defaultValue={formValue(values, "direction", "higher")}
            {...aria}
          >
            {INDICATOR_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`indicator.direction.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-kind`} label={t("indicator.kindLabel")} errors={errors.kind}>
        {(aria) => (
          <select
            className="form-select"
            id={`${prefix}-kind`}
            name="kind"
            defaultValue={formValue(values, "kind", "cumulative")}
            {...aria}
          >
            {INDICATOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`indicator.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {sharedOptions.length > 0 ? (
        <Field id={`${prefix}-shared`} label={t("shared.field")} hint={t("shared.fieldHint")} errors={errors.sharedIndicatorId}>
          {(aria) => (
            <select
              className="form-select"
              id={`${prefix}-shared`}
              name="sharedIndicatorId"
              defaultValue={formValue(values, "sharedIndicatorId")}
              {...aria}
            >
              <option value="">{t("shared.none")}</option>
              {focusGroups.map((focus) => (
                <optgroup key={focus.code} label={lang === "da" ? focus.nameDa : focus.nameEn}>
                  {sharedOptions
                    .filter((o) => o.focus.code === focus.code)
                    .map((o) => (
                      <option key={o.id} value={o.id}>
                        {t("shared.option", {
                          name: lang === "da" ? o.nameDa : o.nameEn,
                          unit: o.unit,
                          kind: t(`indicator.kind.${o.kind}`),
                        })}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </>
  );
}
