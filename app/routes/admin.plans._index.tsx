import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { PlanForm } from "../components/admin/plan-form";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SavedNotice } from "../components/forms";
import { ScrollArea } from "../components/scroll-area";
import { DuplicateError, NotFoundError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { PlanCreateSchema } from "../forms/portfolio.server";
import { formatDate, formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { createPlan, listPlans } from "../models/plan.server";
import { areaOptions } from "../models/user.server";
import { requireUserWith } from "../utils/auth.server";
import { redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("admin.plans.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "plans:manage");
  return json({ plans: listPlans(), areas: areaOptions() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "plans:manage");
  const form = await parseForm(request, PlanCreateSchema);
  if (!form.ok) return refuse(form);
  try {
    createPlan(form.value, user.id);
    return redirectSaved("/admin/plans", "planCreated", { name: form.value.name });
  } catch (error) {
    if (error instanceof DuplicateError) return refuse(form, { slug: ["form.slug.taken"] });
    if (error instanceof NotFoundError) return refuse(form, { areaIds: ["form.areaUnknown"] });
    throw error;
  }
}

export default function AdminPlans() {
  const { plans, areas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  return (
    <>
      <p>
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("admin.plans.title")}</h1>
      <p className="font-lead">{t("admin.plans.intro")}</p>
      <SavedNotice />
      {plans.length === 0 ? (
        <p>{t("admin.plans.empty")}</p>
      ) : (
        <ScrollArea label={t("admin.plans.title")}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.plan")}</th>
                <th scope="col">{t("col.period")}</th>
                <th scope="col">{t("col.areas")}</th>
                <th scope="col" className="num">
                  {t("admin.plans.activities")}
                </th>
                <th scope="col">
                  <span className="sr-only">{t("admin.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.slug}>
                  <th scope="row">
                    <Link to={`/activities?plan=${p.slug}`}>{p.name}</Link>
                  </th>
                  <td>
                    {formatDate(lang, p.startsOn)} – {formatDate(lang, p.endsOn)}
                  </td>
                  <td>{p.areas.map((a) => a.name).join(", ")}</td>
                  <td className="num">{formatNumber(lang, p.activityCount)}</td>
                  <td>
                    <Link to={`/admin/plans/${p.slug}`} aria-label={`${t("admin.edit")}: ${p.name}`}>
                      {t("admin.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <section aria-labelledby="create-plan" className="form-section">
        <h2 id="create-plan">{t("admin.plans.create")}</h2>
        {areas.length === 0 ? (
          <p>
            {t("admin.plans.needAreas")} <Link to="/admin/areas">{t("admin.plans.needAreasLink")}</Link>
          </p>
        ) : (
          <PlanForm values={result?.values} errors={result?.errors} areas={areas} submitLabel={t("admin.plans.create")} />
        )}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
