import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { PlanForm } from "../components/admin/plan-form";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, SavedNotice } from "../components/forms";
import { DuplicateError, InUseError, NotFoundError, VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { PlanUpdateSchema } from "../forms/portfolio.server";
import { useTranslation } from "../i18n/use-translation";
import { getPlan, type PlanSummary, updatePlan } from "../models/plan.server";
import { areaOptions } from "../models/user.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("admin.plans.editTitle", { name: data.plan.name }) : undefined));

function asFormValues(plan: PlanSummary) {
  return {
    name: plan.name,
    slug: plan.slug,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    areaIds: plan.areas.map((a) => String(a.id)),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "plans:manage");
  const plan = getPlan(params.slug ?? "");
  invariantResponse(plan, 404);
  return json({ plan, values: asFormValues(plan), areas: areaOptions() });
}

type Refusal = { inUse: string[]; current: Record<string, string>; currentAreas: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "plans:manage");
  const plan = getPlan(params.slug ?? "");
  invariantResponse(plan, 404);
  const form = await parseForm(request, PlanUpdateSchema);
  if (!form.ok) return refuse<Refusal>(form);
  try {
    const saved = updatePlan(plan.id, form.value, user.id);
    return redirectSaved(`/admin/plans/${saved.slug}`, "plan");
  } catch (error) {
    if (error instanceof DuplicateError) return refuse<Refusal>(form, { slug: ["form.slug.taken"] });
    if (error instanceof NotFoundError && error.entity === "area") return refuse<Refusal>(form, { areaIds: ["form.areaUnknown"] });
    if (error instanceof InUseError) return refuse<Refusal>(form, { areaIds: ["plan.error.areasInUse"] }, 400, { inUse: error.names });
    if (error instanceof VersionConflictError) {
      const current = getPlan(plan.slug);
      const values = current ? asFormValues(current) : null;
      return refuse<Refusal>(form, {}, 409, {
        current: values ? { ...values, areaIds: values.areaIds.join(", ") } : {},
        currentAreas: current ? current.areas.map((a) => a.name).join(", ") : "",
      });
    }
    throw httpError(error);
  }
}

export default function AdminPlan() {
  const { plan, values, areas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to="/admin/plans">{t("admin.plans.back")}</Link>
      </p>
      <h1>{t("admin.plans.editTitle", { name: plan.name })}</h1>
      <SavedNotice />
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.plan")}
          current={result.current}
          typed={result.values}
          labels={{
            name: t("field.name"),
            slug: t("field.slug"),
            startsOn: t("field.startsOn"),
            endsOn: t("field.endsOn"),
            areaIds: t("field.planAreas"),
          }}
          display={{ areaIds: result.currentAreas ?? "" }}
        />
      ) : null}
      <PlanForm
        key={plan.version}
        values={result?.values ?? values}
        errors={result?.errors}
        areas={areas}
        version={plan.version}
        inUse={result?.inUse}
        submitLabel={t("admin.save")}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
