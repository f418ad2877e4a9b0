import type { LoaderFunctionArgs } from "@remix-run/node";

import { translator } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { listAllActivities } from "../models/activity.server";
import { getFilterOptions } from "../models/area.server";
import { requireUserWith } from "../utils/auth.server";
import { csvResponse } from "../utils/csv.server";
import { parseActivityFilters } from "../utils/filters";

/** Every activity matching the list's filters (not one page), as RFC 4180 CSV with a BOM so Excel reads æøå. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const options = getFilterOptions();
  const { filters } = parseActivityFilters(url.searchParams, {
    areaSlugs: options.areas.map((a) => a.slug),
    focusCodes: options.focusAreas.map((f) => f.code),
    planSlugs: options.plans.map((p) => p.slug),
  });
  const { t, lang } = translator(await getLang(request));
  const rows = listAllActivities(filters);

  const header = [
    t("csv.id"),
    t("csv.title"),
    t("csv.focus"),
    t("csv.plan"),
    t("csv.areas"),
    t("csv.status"),
    t("csv.health"),
    t("csv.healthReason"),
    t("csv.start"),
    t("csv.end"),
    t("csv.budget"),
    t("csv.secured"),
    t("csv.gap"),
    t("csv.surplus"),
    t("csv.fundingState"),
    t("csv.responsible"),
    t("csv.partners"),
  ];
  const records = rows.map((r) => [
    r.id,
    r.title,
    lang === "da" ? r.focus.nameDa : r.focus.nameEn,
    r.plan.name,
    r.areas.map((a) => a.name).join("; "),
    t(`status.${r.status}`),
    t(`health.${r.health}`),
    r.healthReason,
    r.startsOn ?? "",
    r.endsOn ?? "",
    r.budget,
    r.secured,
    r.gap,
    r.surplus,
    t(`funding.${r.fundingState}`),
    r.responsible,
    r.partners,
  ]);
  return csvResponse([header, ...records], "overblik-aktiviteter.csv");
}
