import { Form } from "@remix-run/react";

import { AGENDA_ITEM_KINDS } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues, formValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorSummary, Field } from "../forms";

/** An agenda item: number, kind, title, background, outcome and the activities it concerns. */
export function AgendaItemForm({
  values,
  errors = {},
  version,
  activityGroups,
  submitLabel,
}: {
  values: FormValues | undefined;
  errors?: FormErrors;
  version?: number;
  activityGroups: { plan: string; activities: { id: number; title: string }[] }[];
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const value = (name: string, fallback = "") => formValue(values, name, fallback);
  const chosen = formValues(values, "activityIds");
  return (
    <Form method="post" noValidate className="admin-form">
      <ErrorSummary errors={errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <div className="row">
        <div className="col-12 col-md-3">
          <Field id="item-number" label={t("field.itemNumber")} errors={errors.number}>
            {(aria) => (
              <input
                className="form-input input-width-xs"
                id="item-number"
                name="number"
                inputMode="numeric"
                required
                defaultValue={value("number")}
                {...aria}
              />
            )}
          </Field>
        </div>
        <div className="col-12 col-md-9">
          <Field id="item-kind" label={t("field.itemKind")} errors={errors.kind}>
            {(aria) => (
              <select className="form-select" id="item-kind" name="kind" defaultValue={value("kind", "information")} {...aria}>
                {AGENDA_ITEM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`itemKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <Field id="item-title" label={t("field.title")} errors={errors.title}>
        {(aria) => (
          <input className="form-input" id="item-title" name="title" required maxLength={200} defaultValue={value("title")} {...aria} />
        )}
      </Field>
      <Field id="item-summary" label={t("field.summary")} errors={errors.summary}>
        {(aria) => (
          <textarea
            className="form-input"
            id="item-summary"
            name="summary"
            rows={4}
            maxLength={4000}
            defaultValue={value("summary")}
            {...aria}
          />
        )}
      </Field>
      <Field id="item-outcome" label={t("field.outcome")} errors={errors.outcome}>
        {(aria) => (
          <textarea
            className="form-input"
            id="item-outcome"
            name="outcome"
            rows={3}
            maxLength={4000}
            defaultValue={value("outcome")}
            {...aria}
          />
        )}
      </Field>
      <Field id="item-activities" label={t("field.activityIds")} hint={t("field.activityIdsHint")} errors={errors.activityIds}>
        {(aria) => (
          <select
            className="form-select activity-multiselect"
            id="item-activities"
            name="activityIds"
            multiple
            size={10}
            defaultValue={chosen}
            {...aria}
          >
            {activityGroups.map((group) => (
              <optgroup key={group.plan} label={group.plan}>
                {group.activities.map((a) => (
                  <option key={a.id} value={String(a.id)}>
                    {a.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
