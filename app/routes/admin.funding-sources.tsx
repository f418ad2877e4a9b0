import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { ErrorSummary, Field, SavedNotice } from "../components/forms";
import { FUNDING_SOURCE_KINDS } from "../domain/constants";
import { DuplicateError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { FundingSourceSchema } from "../forms/funding.server";
import { type FormErrors, formValue, type FormValues } from "../forms/types";
import { useTranslation } from "../i18n/use-translation";
import { listFundingSources, saveFundingSource } from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("sources.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "sources:manage");
  return json({ sources: listFundingSources() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "sources:manage");
  const form = await parseForm(request, FundingSourceSchema);
  if (!form.ok) return refuse(form);
  try {
    saveFundingSource(form.value, user.id);
  } catch (error) {
    if (error instanceof DuplicateError) return refuse(form, { name: ["sources.error.duplicate"] }, 409);
    throw httpError(error);
  }
  return redirectSaved("/admin/funding-sources", "source");
}

function SourceFields({ prefix, values, errors }: { prefix: string; values: FormValues | undefined; errors: FormErrors }) {
  const { t } = useTranslation();
  return (
    <>
      <Field id={`${prefix}-name`} label={t("sources.name")} errors={errors.name}>
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
      <Field id={`${prefix}-kind`} label={t("sources.kind")} errors={errors.kind}>
        {(aria) => (
          <select
            className="form-select"
            id={`${prefix}-kind`}
            name="kind"
            defaultValue={formValue(values, "kind", "foundation")}
            {...aria}
          >
            {FUNDING_SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sourceKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id={`${prefix}-local`}
          name="countsAsLocal"
          defaultChecked={formValue(values, "countsAsLocal") === "on"}
        />
        <label htmlFor={`${prefix}-local`}>{t("sources.countsAsLocal")}</label>
      </div>
    </>
  );
}

/** A stored source as the values its edit form starts from. */
function asFormValues(source: { name: string; kind: string; countsAsLocal: boolean }): FormValues {
  return { name: source.name, kind: source.kind, ...(source.countsAsLocal ? { countsAsLocal: "on" } : {}) };
}

export default function FundingSources() {
  const { sources } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const editingId = result ? formValue(result.values, "id") || undefined : undefined;
  return (
    <>
      <h1>{t("sources.title")}</h1>
      <p className="font-lead">{t("sources.intro")}</p>
      <SavedNotice />
      <ErrorSummary errors={errors} />
      <ul className="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <details open={editingId === String(s.id) || undefined}>
              <summary>
                {s.name} · {t(`sourceKind.${s.kind}`)}
                {s.countsAsLocal ? ` · ${t("funding.local")}` : ""}
              </summary>
              <Form method="post" noValidate>
                <input type="hidden" name="id" value={s.id} />
                <SourceFields
                  prefix={`source-${s.id}`}
                  values={editingId === String(s.id) ? result?.values : asFormValues(s)}
                  errors={editingId === String(s.id) ? errors : {}}
                />
                <button type="submit" className="button button-secondary">
                  {t("sources.save")}
                </button>
              </Form>
            </details>
          </li>
        ))}
      </ul>
      <h2>{t("sources.create")}</h2>
      <Form method="post" noValidate>
        <SourceFields
          prefix="new-source"
          values={editingId === undefined ? result?.values : undefined}
          errors={editingId === undefined ? errors : {}}
        />
        <button type="submit" className="button button-primary">
          {t("sources.create")}
        </button>
      </Form>
    </>
  );
}
