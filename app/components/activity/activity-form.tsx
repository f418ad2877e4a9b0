import { Form, Link } from "@remix-run/react";

import { INITIAL_STATUSES } from "../../domain/transitions";
import { type FormErrors, formValue, type FormValues, formValues } from "../../forms/types";
import { formatDate, formatMoney } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { ActivityFormOptions } from "../../models/activity.server";
import { AreaCheckboxes } from "../area-checkboxes";
import { ErrorSummary, Field } from "../forms";

type Plan = ActivityFormOptions["plans"][number];

/** What a manager sees but may not change on an activity they edit: its plan, its budget, other managers' areas. */
export type FixedParts = {
  plan: { name: string };
  budget: number;
  /** Areas the activity runs in that the user does not manage: sent back unchanged. */
  otherAreas: { id: number; name: string }[];
};

/**
 * The fields of an activity, for creating one (`/activities/new`) or editing it (`/activities/:id/edit`).
 * Without JavaScript the plan is chosen beside the areas: each plan says which areas it covers, and the
 * server refuses areas outside the chosen plan, naming them.
 */
export function ActivityForm({
  values,
  errors = {},
  plans,
  focusAreas,
  areas,
  fixed,
  mayBudget,
  version,
  outside = [],
  submitLabel,
}: {
  values: FormValues | undefined;
  errors?: FormErrors;
  /** The plans the user may choose from (none when the plan is fixed). */
  plans: Plan[];
  focusAreas: ActivityFormOptions["focusAreas"];
  /** The areas the user may put the activity in or take it out of. */
  areas: { id: number; name: string }[];
  /** On edit by someone who may not move the plan or change the budget. */
  fixed?: FixedParts;
  /** Whether the budget field is shown (administrators). */
  mayBudget: boolean;
  /** On edit: the version the form was loaded with. */
  version?: number;
  /** The areas the chosen plan does not cover, after a refusal. */
  outside?: string[];
  submitLabel: string;
}) {
  const { t, lang } = useTranslation();
  const value = (name: string, fallback = "") => formValue(values, name, fallback);
  const editing = version !== undefined;
  const chosenPlan = value("planId");
  return (
    <Form method="post" noValidate className="admin-form activity-form">
      <ErrorSummary errors={errors} />
      {editing ? (
        <>
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <Field id="activity-title" label={t("activityForm.field.title")} errors={errors.title}>
        {(aria) => (
          <input className="form-input" id="activity-title" name="title" required maxLength={200} defaultValue={value("title")} {...aria} />
        )}
      </Field>

      {fixed ? (
        <div className="form-group">
          <p className="form-label">{t("activityForm.field.plan")}</p>
          <p>
            {fixed.plan.name}
            <br />
            <span className="form-hint">{t("activityForm.field.planFixed")}</span>
          </p>
        </div>
      ) : (
        <fieldset
          className={`form-group${errors.planId ? " form-error" : ""}`}
          aria-describedby={`plan-hint${errors.planId ? " plan-error" : ""}`}
        >
          <legend className="form-label">{t("activityForm.field.plan")}</legend>
          <span className="form-hint" id="plan-hint">
            {t("activityForm.field.planHint")}
          </span>
          {errors.planId ? (
            <span className="form-error-message" id="plan-error">
              {errors.planId.map((k) => t(k)).join(" ")}
            </span>
          ) : null}
          {plans.map((plan) => (
            <div className="form-group-radio" key={plan.id}>
              <input
                className="form-radio"
                type="radio"
                id={`plan-${plan.id}`}
                name="planId"
                value={String(plan.id)}
                defaultChecked={chosenPlan === String(plan.id) || plans.length === 1}
                aria-describedby={`plan-${plan.id}-covers`}
                required
              />
              <label htmlFor={`plan-${plan.id}`}>{plan.name}</label>
              <span className="form-hint" id={`plan-${plan.id}-covers`}>
                {t("activityForm.field.planDetails", {
                  period: `${formatDate(lang, plan.startsOn)}–${formatDate(lang, plan.endsOn)}`,
                  areas: plan.areas.map((a) => a.name).join(", "),
                })}
              </span>
            </div>
          ))}
        </fieldset>
      )}

      <AreaCheckboxes
        areas={areas}
        chosen={formValues(values, "areaIds")}
        errors={errors.areaIds}
        legend={t("activityForm.field.areas")}
        hint={fixed ? t("activityForm.field.areasHintManager") : t("activityForm.field.areasHint")}
      >
        {outside.length > 0 ? (
          <ul>
            {outside.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : null}
      </AreaCheckboxes>
      {fixed && fixed.otherAreas.length > 0 ? (
        <p className="form-hint">
          {fixed.otherAreas.map((a) => (
            <input key={a.id} type="hidden" name="areaIds" value={String(a.id)} />
          ))}
          {t("activityForm.field.otherAreas", { areas: fixed.otherAreas.map((a) => a.name).join(", ") })}
        </p>
      ) : null}

      <Field id="activity-focus" label={t("activityForm.field.focus")} errors={errors.focus}>
        {(aria) => (
          <select className="form-select" id="activity-focus" name="focus" required defaultValue={value("focus")} {...aria}>
            {value("focus") === "" ? <option value="">{t("activityForm.field.focusChoose")}</option> : null}
            {focusAreas.map((f) => (
              <option key={f.code} value={f.code}>
                {lang === "da" ? f.nameDa : f.nameEn}
              </option>
            ))}
          </select>
        )}
      </Field>

      {mayBudget ? (
        <Field id="activity-budget" label={t("activityForm.field.budget")} hint={t("activityForm.field.budgetHint")} errors={errors.budget}>
          {(aria) => (
            <input
              className="form-input input-width-m"
              id="activity-budget"
              name="budget"
              inputMode="numeric"
              maxLength={20}
              defaultValue={value("budget")}
              {...aria}
            />
          )}
        </Field>
      ) : (
        <p className="form-hint">
          {fixed ? t("activityForm.field.budgetFixed", { amount: formatMoney(lang, fixed.budget) }) : t("activityForm.field.budgetNew")}
        </p>
      )}

      <fieldset className="form-group" aria-describedby="period-hint">
        <legend className="form-label">{t("activity.period")}</legend>
        <span className="form-hint" id="period-hint">
          {t("activityForm.field.periodHint")}
        </span>
        <div className="row">
          <div className="col-12 col-md-6">
            <Field id="activity-starts" label={t("activityForm.field.startsOn")} errors={errors.startsOn}>
              {(aria) => (
                <input className="form-input" type="date" id="activity-starts" name="startsOn" defaultValue={value("startsOn")} {...aria} />
              )}
            </Field>
          </div>
          <div className="col-12 col-md-6">
            <Field id="activity-ends" label={t("activityForm.field.endsOn")} errors={errors.endsOn}>
              {(aria) => (
                <input className="form-input" type="date" id="activity-ends" name="endsOn" defaultValue={value("endsOn")} {...aria} />
              )}
            </Field>
          </div>
        </div>
      </fieldset>

      {editing ? null : (
        <Field id="activity-status" label={t("activityForm.field.status")} hint={t("activityForm.field.statusHint")} errors={errors.status}>
          {(aria) => (
            <select className="form-select" id="activity-status" name="status" defaultValue={value("status", "idea")} {...aria}>
              {INITIAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <TextArea name="purpose" label={t("activityForm.field.purpose")} value={value("purpose")} errors={errors.purpose} max={4000} />
      <TextArea
        name="targetGroup"
        label={t("activityForm.field.targetGroup")}
        value={value("targetGroup")}
        errors={errors.targetGroup}
        max={2000}
      />
      <TextArea name="content" label={t("activityForm.field.content")} value={value("content")} errors={errors.content} max={4000} />
      <TextArea name="partners" label={t("activityForm.field.partners")} value={value("partners")} errors={errors.partners} max={2000} />
      <Field
        id="activity-responsible"
        label={t("activityForm.field.responsible")}
        hint={t("activityForm.field.responsibleHint")}
        errors={errors.responsible}
      >
        {(aria) => (
          <input
            className="form-input"
            id="activity-responsible"
            name="responsible"
            maxLength={200}
            defaultValue={value("responsible")}
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

function TextArea({
  name,
  label,
  value,
  errors,
  max,
}: {
  name: string;
  label: string;
  value: string;
  errors?: FormErrors[string];
  max: number;
}) {
  return (
    <Field id={`activity-${name}`} label={label} errors={errors}>
      {(aria) => (
        <textarea className="form-input" id={`activity-${name}`} name={name} rows={3} maxLength={max} defaultValue={value} {...aria} />
      )}
    </Field>
  );
}

/**
 * Deleting a mistaken entry: the button while nothing has been recorded about the activity, otherwise why it
 * cannot be deleted and how to end it instead.
 */
export function DeleteActivity({
  activityId,
  version,
  deletable,
  mayReport,
}: {
  activityId: number;
  version: number;
  deletable: boolean;
  /** Whether to link to the status update form (the way to end an activity). */
  mayReport: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="delete-heading" className="delete-activity">
      <h2 id="delete-heading">{t("activityForm.delete.heading")}</h2>
      {deletable ? (
        <Form method="post">
          <p>{t("activityForm.delete.text")}</p>
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="version" value={version} />
          <button type="submit" className="button button-secondary">
            {t("activityForm.delete.button")}
          </button>
        </Form>
      ) : (
        <p>
          {t("activityForm.delete.refused")}
          {mayReport ? (
            <>
              {" "}
              <Link to={`/activities/${activityId}/updates`}>{t("activityForm.delete.toUpdates")}</Link>
            </>
          ) : null}
        </p>
      )}
    </section>
  );
}
