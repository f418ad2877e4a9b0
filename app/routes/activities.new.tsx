import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { ActivityForm } from "../components/activity/activity-form";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ActivityCreateSchema, type ActivityRefusal, activityWriteOf, refuseActivityInput } from "../forms/activity.server";
import { parseFormData, readForm, refuse } from "../forms/form.server";
import { useTranslation } from "../i18n/use-translation";
import { createActivity } from "../models/activity.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { can, mayWriteActivity } from "../utils/permissions";
import { activityChoicesFor } from "../views/activity-form.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("activityForm.newTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "activity:create");
  return json({ ...activityChoicesFor(user), mayBudget: can(user, "activity:budget"), mayManagePlans: can(user, "plans:manage") });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "activity:create");
  const formData = await readForm(request);
  // Who may write what is decided on what was sent, before it is validated (decision 011).
  invariantResponse(mayWriteActivity(user, activityWriteOf(formData, null)), 403, "Forbidden");
  const form = parseFormData(formData, ActivityCreateSchema);
  if (!form.ok) return refuse<ActivityRefusal>(form);
  try {
    const { id } = createActivity(form.value, user.id);
    return redirectSaved(`/activities/${id}`, "activityCreated");
  } catch (error) {
    const refusal = refuseActivityInput(form, error);
    if (refusal) return refusal;
    throw httpError(error);
  }
}

export default function NewActivity() {
  const { plans, focusAreas, areas, mayBudget, mayManagePlans } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to="/activities">{t("activityForm.backToList")}</Link>
      </p>
      <h1>{t("activityForm.newTitle")}</h1>
      <p>{t("activityForm.newIntro")}</p>
      {plans.length === 0 ? (
        // An activity belongs to a plan: with none to choose, say what comes first.
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">
              {mayManagePlans ? <Link to="/admin/plans">{t("firstSteps.plan")}</Link> : t("firstSteps.managerNoPlan")}
            </p>
          </div>
        </div>
      ) : (
        <ActivityForm
          values={result?.values}
          errors={result?.errors}
          plans={plans}
          focusAreas={focusAreas}
          areas={areas}
          mayBudget={mayBudget}
          outside={result?.outside}
          submitLabel={t("activityForm.create")}
        />
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
