import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { AreaForm } from "../components/admin/area-form";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SavedNotice } from "../components/forms";
import { ScrollArea } from "../components/scroll-area";
import { DuplicateError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { AreaCreateSchema } from "../forms/portfolio.server";
import { formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { createArea, listAreas } from "../models/area.server";
import { requireUserWith } from "../utils/auth.server";
import { redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("admin.areas.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "areas:manage");
  return json({ areas: listAreas() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "areas:manage");
  const form = await parseForm(request, AreaCreateSchema);
  if (!form.ok) return refuse(form);
  try {
    const area = createArea(form.value, user.id);
    return redirectSaved("/admin/areas", "areaCreated", { name: area.name });
  } catch (error) {
    if (error instanceof DuplicateError) return refuse(form, { slug: ["form.slug.taken"] });
    throw error;
  }
}

export default function AdminAreas() {
  const { areas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  const count = (n: number | null) => (n === null ? t("common.none") : formatNumber(lang, n));
  return (
    <>
      <p>
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("admin.areas.title")}</h1>
      <p className="font-lead">{t("admin.areas.intro")}</p>
      <SavedNotice />
      {areas.length === 0 ? (
        <p>{t("admin.areas.empty")}</p>
      ) : (
        <ScrollArea label={t("admin.areas.title")}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.area")}</th>
                <th scope="col">{t("col.classification")}</th>
                <th scope="col" className="num">
                  {t("col.residents")}
                </th>
                <th scope="col" className="num">
                  {t("col.homes")}
                </th>
                <th scope="col" className="num">
                  {t("col.activities")}
                </th>
                <th scope="col">
                  <span className="sr-only">{t("admin.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.slug}>
                  <th scope="row">
                    <Link to={`/areas/${a.slug}`}>{a.name}</Link>
                  </th>
                  <td>{t(`classification.${a.classification}`)}</td>
                  <td className="num">{count(a.residents)}</td>
                  <td className="num">{count(a.homes)}</td>
                  <td className="num">{count(a.activityCount)}</td>
                  <td>
                    <Link to={`/admin/areas/${a.slug}`} aria-label={`${t("admin.edit")}: ${a.name}`}>
                      {t("admin.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <section aria-labelledby="create-area" className="form-section">
        <h2 id="create-area">{t("admin.areas.create")}</h2>
        <AreaForm values={result?.values} errors={result?.errors} submitLabel={t("admin.areas.create")} />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
