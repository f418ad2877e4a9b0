import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, ErrorSummary, SavedNotice, useFreshFormKey } from "../components/forms";
import { SourceFields } from "../components/funding/source-fields";
import { DuplicateError, VersionConflictError } from "../domain/errors";
import { parseFormData, readForm, refuse } from "../forms/form.server";
import { FundingSourceSchema } from "../forms/funding.server";
import { formValue, type FormValues } from "../forms/types";
import { useTranslation } from "../i18n/use-translation";
import { type FundingSourceRow, listFundingSources, saveFundingSource } from "../models/funding.server";
import { requirePermission, requireUserWith } from "../utils/auth.server";
import { httpError, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { can } from "../utils/permissions";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("sources.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "funding:write");
  return json({ sources: listFundingSources(), mayChooseLocal: can(user, "sources:manage") });
}

type Refusal = { current: FundingSourceRow };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "funding:write");
  const formData = await readForm(request);
  // Which sources count as local co-financing is an administrator's choice: anyone else who sends it is
  // refused whatever else they send (the checkbox is not shown to them).
  const mayChooseLocal = can(user, "sources:manage");
  if (formData.has("countsAsLocal")) requirePermission(user, "sources:manage");
  const form = parseFormData(formData, FundingSourceSchema);
  if (!form.ok) return refuse<Refusal>(form);
  const { countsAsLocal, ...source } = form.value;
  try {
    const id = saveFundingSource({ ...source, ...(mayChooseLocal ? { countsAsLocal } : {}) }, user.id);
    if (source.id === undefined) return redirectSaved("/funding/sources", "sourceCreated", { name: source.name });
    return redirectSaved(`/funding/sources#source-${id}`, "source");
  } catch (error) {
    // As before the page moved here: a name that is taken is a conflict with the source that has it.
    if (error instanceof DuplicateError) return refuse<Refusal>(form, { name: ["sources.error.duplicate"] }, 409);
    if (error instanceof VersionConflictError) {
      const current = listFundingSources().find((s) => s.id === source.id);
      return refuse<Refusal>(form, {}, 409, current ? { current } : {});
    }
    throw httpError(error);
  }
}

/** A stored source as the values its edit form starts from. */
function asFormValues(source: FundingSourceRow): FormValues {
  return { name: source.name, kind: source.kind, ...(source.countsAsLocal ? { countsAsLocal: "on" } : {}) };
}

export default function FundingSources() {
  const { sources, mayChooseLocal } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  const errors = result?.errors ?? {};
  const editingId = result ? formValue(result.values, "id") || undefined : undefined;
  return (
    <>
      <p>
        <Link to="/funding">{t("sourcesPage.back")}</Link>
      </p>
      <h1>{t("sources.title")}</h1>
      <p className="font-lead">{t("sources.intro")}</p>
      <SavedNotice />
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.source")}
          current={{ name: result.current.name, kind: result.current.kind, countsAsLocal: result.current.countsAsLocal ? "on" : "" }}
          typed={mayChooseLocal ? result.values : { ...result.values, countsAsLocal: result.current.countsAsLocal ? "on" : "" }}
          labels={{ name: t("sources.name"), kind: t("sources.kind"), countsAsLocal: t("sources.countsAsLocal") }}
          display={{
            kind: t(`sourceKind.${result.current.kind}`),
            countsAsLocal: result.current.countsAsLocal ? t("common.yes") : t("common.no"),
          }}
        />
      ) : null}
      {sources.length === 0 ? <p>{t("sourcesPage.none")}</p> : null}
      <ul className="source-list">
        {sources.map((s) => {
          const mine = editingId === String(s.id);
          // After a refusal the form keeps the version it was loaded with; after a conflict, the new one.
          const version = mine && !result?.current ? Number(formValue(result?.values, "version")) || s.version : s.version;
          return (
            <li key={s.id} id={`source-${s.id}`}>
              <details open={mine || undefined}>
                <summary>
                  {s.name} · {t(`sourceKind.${s.kind}`)}
                  {s.countsAsLocal ? ` · ${t("funding.local")}` : ""}
                </summary>
                <Form method="post" noValidate key={`${s.id}-${version}`}>
                  {mine ? <ErrorSummary errors={errors} /> : null}
                  <input type="hidden" name="id" value={s.id} />
                  <input type="hidden" name="version" value={version} />
                  <SourceFields
                    prefix={`source-${s.id}`}
                    values={mine ? result?.values : asFormValues(s)}
                    errors={mine ? errors : {}}
                    mayChooseLocal={mayChooseLocal}
                  />
                  <button type="submit" className="button button-secondary">
                    {t("sources.save")}
                  </button>
                </Form>
              </details>
            </li>
          );
        })}
      </ul>
      <h2>{t("sources.create")}</h2>
      <Form method="post" noValidate key={formKey}>
        {editingId === undefined ? <ErrorSummary errors={errors} /> : null}
        <SourceFields
          prefix="new-source"
          values={editingId === undefined ? result?.values : undefined}
          errors={editingId === undefined ? errors : {}}
          mayChooseLocal={mayChooseLocal}
        />
        <button type="submit" className="button button-primary">
          {t("sources.create")}
        </button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
