import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { SavedNotice } from "../components/forms";
import { SharedIndicatorForm } from "../components/outcomes/shared-indicator-form";
import { ScrollArea } from "../components/scroll-area";
import { DuplicateError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { SharedIndicatorCreateSchema } from "../forms/outcomes.server";
import { formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { getFilterOptions } from "../models/area.server";
import { createSharedIndicator, listSharedIndicators } from "../models/shared-indicator.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("shared.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "statistics:manage");
  return json({ shared: listSharedIndicators(), focusAreas: getFilterOptions().focusAreas });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "statistics:manage");
  const form = await parseForm(request, SharedIndicatorCreateSchema);
  if (!form.ok) return refuse(form);
  try {
    const created = createSharedIndicator(form.value, user.id);
    return redirectSaved("/admin/shared-indicators", "sharedIndicatorCreated", { name: created.nameDa });
  } catch (error) {
    if (error instanceof DuplicateError) return refuse(form, { nameDa: ["shared.error.nameTaken"] });
    throw httpError(error);
  }
}

/** Administrators: the shared indicators per focus area, how many indicators link to each, and a form for a new one. */
export default function AdminSharedIndicators() {
  const { shared, focusAreas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  return (
    <>
      <p>
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("shared.title")}</h1>
      <p className="font-lead">{t("shared.intro")}</p>
      <SavedNotice />
      {shared.length === 0 ? (
        <p>{t("shared.empty")}</p>
      ) : (
        <ScrollArea label={t("shared.title")}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("shared.col.name")}</th>
                <th scope="col">{t("col.focusArea")}</th>
                <th scope="col">{t("shared.unit")}</th>
                <th scope="col">{t("indicator.kindLabel")}</th>
                <th scope="col" className="num">
                  {t("shared.col.linked")}
                </th>
              </tr>
            </thead>
            <tbody>
              {shared.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/admin/shared-indicators/${s.id}`}>{lang === "da" ? s.nameDa : s.nameEn}</Link>
                  </th>
                  <td>{lang === "da" ? s.focus.nameDa : s.focus.nameEn}</td>
                  <td>{s.unit}</td>
                  <td>{t(`indicator.kind.${s.kind}`)}</td>
                  <td className="num">{formatNumber(lang, s.linked)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <section aria-labelledby="create-shared" className="form-section">
        <h2 id="create-shared">{t("shared.create")}</h2>
        <SharedIndicatorForm values={result?.values} errors={result?.errors} focusAreas={focusAreas} submitLabel={t("shared.create")} />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
