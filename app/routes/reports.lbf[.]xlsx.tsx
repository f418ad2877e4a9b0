import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { getLbfReport, getReportPlan } from "../models/lbf-report.server";
import { requireUserWith } from "../utils/auth.server";
import { today } from "../utils/today.server";
import { lbfReportWorkbook } from "../views/lbf-report-xlsx.server";

/** `/reports/lbf.xlsx?plan=<slug>&year=<year>`: LBF's yearly report as an Excel workbook. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const plan = getReportPlan(url.searchParams.get("plan") ?? "");
  if (!plan) throw new Response("Not found: no such plan", { status: 404 });
  const yearParam = url.searchParams.get("year") ?? "";
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  if (!plan.years.includes(year)) {
    throw new Response(`Bad request: the year must be one of the plan's years (${plan.years.join(", ")})`, { status: 400 });
  }
  const body = await lbfReportWorkbook(getLbfReport(plan.slug, year, today()), await getLang(request));
  return new Response(body, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="lbf-rapport-${plan.slug}-${year}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
