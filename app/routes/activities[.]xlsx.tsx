import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { activitiesDownload } from "../views/exports.server";

/** The activity list's rows and filters as an Excel workbook with typed cells; it imports back as it is. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  return activitiesDownload(new URL(request.url), await getLang(request), "xlsx");
}
