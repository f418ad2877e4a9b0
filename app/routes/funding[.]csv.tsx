import type { LoaderFunctionArgs } from "@remix-run/node";

import { translator } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { listActivityMoney } from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { csvResponse } from "../utils/csv.server";
import { fundingFiltersFromUrl } from "../views/funding-page.server";

/** The /funding ranking with the same filters, every row, as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const { filters } = fundingFiltersFromUrl(new URL(request.url));
  const { t, lang } = translator(await getLang(request));
  const rows = listActivityMoney(filters, { onlyGaps: true });
  const header = [
    t("csv.id"),
    t("csv.title"),
    t("csv.focus"),
    t("csv.plan"),
    t("csv.areas"),
    t("csv.status"),
    t("csv.budget"),
    t("csv.secured"),
    t("csv.gap"),
    t("csv.pipeline"),
    t("csv.fundingState"),
    t("csv.flag"),
  ];
  const records = rows.map((r) => [
    r.id,
    r.title,
    lang === "da" ? r.focus.nameDa : r.focus.nameEn,
    r.plan.name,
    r.areaNames,
    t(`status.${r.status}`),
    r.budget,
    r.secured,
    r.gap,
    r.pipeline,
    t(`funding.${r.state}`),
    r.flag ? t(`flag.priority.${r.flag}`) : "",
  ]);
  return csvResponse([header, ...records], "overblik-finansiering.csv");
}
