import type { LoaderFunctionArgs } from "@remix-run/node";

import { translator } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { listApplicationLines } from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { csvResponse } from "../utils/csv.server";
import { fundingFiltersFromUrl } from "../views/funding-page.server";

/**
 * The applications of the /funding pipeline (lines from sources other than the plan's base funding), with the
 * same filters, one line a year: stage, deadline, expected answer and decision date, and whether the year
 * counts toward the plan's co-financing.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const { filters } = fundingFiltersFromUrl(new URL(request.url));
  const { t } = translator(await getLang(request));
  const header = [
    t("csv.activityId"),
    t("csv.activity"),
    t("csv.application"),
    t("csv.source"),
    t("csv.year"),
    t("csv.countsTowardPlan"),
    t("csv.amount"),
    t("csv.stage"),
    t("csv.deadline"),
    t("csv.expectedAnswer"),
    t("csv.decidedOn"),
    t("csv.note"),
  ];
  const records = listApplicationLines(filters).map((l) => [
    l.activityId,
    l.activityTitle,
    l.applicationKey,
    l.source,
    l.year,
    t(l.countsTowardPlan ? "common.yes" : "common.no"),
    l.amount,
    t(`stage.${l.stage}`),
    l.deadline ?? "",
    l.expectedAnswerOn ?? "",
    l.decidedOn ?? "",
    l.note,
  ]);
  return csvResponse([header, ...records], "overblik-ansoegninger.csv");
}
