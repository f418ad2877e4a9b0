import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, SavedNotice } from "../components/forms";
import { SharedIndicatorForm } from "../components/outcomes/shared-indicator-form";
import { DuplicateError, InUseError, VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { SharedIndicatorUpdateSchema } from "../forms/outcomes.server";
import { formatDate } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { getFilterOptions } from "../models/area.server";
import {
  getSharedIndicator,
  linkedIndicators,
  listSharedIndicators,
  type SharedIndicatorSummary,
  updateSharedIndicator,
} from "../models/shared-indicator.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("shared.editTitle", { name: data.shared.nameDa }) : undefined));

function asFormValues(s: SharedIndicatorSummary): Record<string, string> {
  return {
    focus: s.focus.code,
    nameDa: s.nameDa,
    nameEn: s.nameEn,
    unit: s.unit,
    kind: s.kind,
    descriptionDa: s.descriptionDa,
    descriptionEn: s.descriptionEn,
  };
}

function find(id: number): SharedIndicatorSummary | null {
  return getSharedIndicator(id) ? (listSharedIndicators().find((s) => s.id === id) ?? null) : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "statistics:manage");
  const shared = find(requireId(params.id));
  invariantResponse(shared, 404);
  return json({ shared, values: asFormValues(shared), linked: linkedIndicators(shared.id), focusAreas: getFilterOptions().focusAreas });
}

type Conflict = { current: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "statistics:manage");
  const shared = find(requireId(params.id));
  invariantResponse(shared, 404);
  const form = await parseForm(request, SharedIndicatorUpdateSchema);
  if (!form.ok) return refuse<Conflict>(form);
  try {
    updateSharedIndicator(shared.id, form.value, user.id);
    return redirectSaved(`/admin/shared-indicators/${shared.id}`, "sharedIndicator");
  } catch (error) {
    if (error instanceof DuplicateError) return refuse<Conflict>(form, { nameDa: ["shared.error.nameTaken"] });
    if (error instanceof InUseError) return refuse<Conflict>(form, { [error.field]: ["shared.error.inUse"] });
    if (error instanceof VersionConflictError) {
      const current = find(shared.id);
      return refuse<Conflict>(form, {}, 409, { current: current ? asFormValues(current) : {} });
    }
    throw httpError(error);
  }
}

export default function AdminSharedIndicator() {
  const { shared, values, linked, focusAreas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  return (
    <>
      <p>
        <Link to="/admin/shared-indicators">{t("shared.back")}</Link>
      </p>
      <h1>{t("shared.editTitle", { name: lang === "da" ? shared.nameDa : shared.nameEn })}</h1>
      <SavedNotice />
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.sharedIndicator")}
          current={result.current}
          typed={result.values}
          labels={{ nameDa: t("shared.nameDa"), nameEn: t("shared.nameEn"), unit: t("shared.unit"), kind: t("indicator.kindLabel") }}
        />
      ) : null}
      <SharedIndicatorForm
        key={shared.version}
        values={result?.values ?? values}
        errors={result?.errors}
        version={shared.version}
        focusAreas={focusAreas}
        submitLabel={t("admin.save")}
      />
      <section aria-labelledby="linked-heading" className="form-section">
        <h2 id="linked-heading">{t("shared.linkedHeading")}</h2>
        {linked.length === 0 ? (
          <p>{t("shared.noLinked")}</p>
        ) : (
          <ul>
            {linked.map((l) => (
              <li key={l.indicatorId}>
                <Link to={`/activities/${l.activityId}`}>{l.activityTitle}</Link> ({l.areaNames}): {l.name}
                {l.retiredOn ? (
                  <span className="muted"> · {t("indicatorEdit.retired", { date: formatDate(lang, l.retiredOn) })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
