import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { ErrorSummary, Field, SuccessNotice } from "../components/forms";
import { isMessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import { DuplicateSourceError, listFundingSources, saveFundingSource } from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { FUNDING_SOURCE_KINDS } from "../utils/domain";
import { fieldErrors, readForm, type FieldErrors } from "../utils/forms.server";
import { FundingSourceSchema } from "../utils/funding-forms.server";
import { formToObject } from "../utils/user-forms.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("sources.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "sources:manage");
  return json({ sources: listFundingSources() });
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "sources:manage");
  const raw = formToObject(await readForm(request));
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = FundingSourceSchema.safeParse(raw);
  if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error, isMessageKey), values }, { status: 400 });
  try {
    saveFundingSource(parsed.data, user.id);
  } catch (error) {
    if (error instanceof DuplicateSourceError)
      return json<ActionData>({ errors: { name: ["sources.error.duplicate"] }, values }, { status: 409 });
    throw error;
  }
  return redirect("/admin/funding-sources?saved=1", 303);
}

function SourceFields({
  prefix,
  values,
  errors,
}: {
  prefix: string;
  values: Record<string, string | number | boolean>;
  errors: FieldErrors;
}) {
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
            defaultValue={String(values.name ?? "")}
            {...aria}
          />
        )}
      </Field>
      <Field id={`${prefix}-kind`} label={t("sources.kind")} errors={errors.kind}>
        {(aria) => (
          <select className="form-select" id={`${prefix}-kind`} name="kind" defaultValue={String(values.kind ?? "foundation")} {...aria}>
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
          defaultChecked={values.countsAsLocal === true || values.countsAsLocal === "on"}
        />
        <label htmlFor={`${prefix}-local`}>{t("sources.countsAsLocal")}</label>
      </div>
    </>
  );
}

export default function FundingSources() {
  const { sources } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const editingId = result?.values.id;
  return (
    <>
      <h1>{t("sources.title")}</h1>
      <p className="font-lead">{t("sources.intro")}</p>
      <SuccessNotice message={params.get("saved") ? t("sources.saved") : null} />
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
                  values={editingId === String(s.id) ? (result?.values ?? {}) : s}
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
          values={editingId === undefined ? (result?.values ?? {}) : {}}
          errors={editingId === undefined ? errors : {}}
        />
        <button type="submit" className="button button-primary">
          {t("sources.create")}
        </button>
      </Form>
    </>
  );
}
