import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { AreaForm } from "../components/admin/area-form";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, SavedNotice } from "../components/forms";
import { AREA_CLASSIFICATIONS, type AreaClassification } from "../domain/constants";
import { DuplicateError, VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { AreaUpdateSchema } from "../forms/portfolio.server";
import type { FormValues } from "../forms/types";
import { useTranslation } from "../i18n/use-translation";
import { type AreaForEdit, getAreaForEdit, updateArea } from "../models/area.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("admin.areas.editTitle", { name: data.area.name }) : undefined));

/** An area as its form sends it, to start the form from and to compare with after a conflict. */
function asFormValues(area: AreaForEdit): Record<string, string> {
  const count = (n: number | null) => (n === null ? "" : String(n));
  return {
    name: area.name,
    slug: area.slug,
    classification: area.classification,
    residents: count(area.residents),
    homes: count(area.homes),
    housingSections: count(area.housingSections),
    descriptionDa: area.descriptionDa,
    descriptionEn: area.descriptionEn,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "areas:manage");
  const area = getAreaForEdit(params.slug ?? "");
  invariantResponse(area, 404);
  return json({ area, values: asFormValues(area) });
}

type Conflict = { current: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "areas:manage");
  const area = getAreaForEdit(params.slug ?? "");
  invariantResponse(area, 404);
  const form = await parseForm(request, AreaUpdateSchema);
  if (!form.ok) return refuse<Conflict>(form);
  try {
    const saved = updateArea(area.id, form.value, user.id);
    return redirectSaved(`/admin/areas/${saved.slug}`, "area");
  } catch (error) {
    if (error instanceof DuplicateError) return refuse<Conflict>(form, { slug: ["form.slug.taken"] });
    if (error instanceof VersionConflictError) {
      const current = getAreaForEdit(area.slug);
      return refuse<Conflict>(form, {}, 409, { current: current ? asFormValues(current) : {} });
    }
    throw httpError(error);
  }
}

function isAreaClassification(value: string | undefined): value is AreaClassification {
  return (AREA_CLASSIFICATIONS as readonly string[]).includes(value ?? "");
}

export default function AdminArea() {
  const { area, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const typed: FormValues | undefined = result?.values;
  return (
    <>
      <p>
        <Link to="/admin/areas">{t("admin.areas.back")}</Link>
      </p>
      <h1>{t("admin.areas.editTitle", { name: area.name })}</h1>
      <SavedNotice />
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.area")}
          current={result.current}
          typed={typed}
          display={
            isAreaClassification(result.current.classification)
              ? { classification: t(`classification.${result.current.classification}`) }
              : {}
          }
          labels={{
            name: t("field.name"),
            slug: t("field.slug"),
            classification: t("field.classification"),
            residents: t("field.residents"),
            homes: t("field.homes"),
            housingSections: t("field.housingSections"),
            descriptionDa: t("field.descriptionDa"),
            descriptionEn: t("field.descriptionEn"),
          }}
        />
      ) : null}
      {/* After a conflict the form carries the stored version, so saving again is a deliberate overwrite. */}
      <AreaForm key={area.version} values={typed ?? values} errors={result?.errors} version={area.version} submitLabel={t("admin.save")} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
