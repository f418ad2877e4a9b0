import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { statisticsDownload } from "../views/exports.server";

/** Administrators: every figure of area statistics; the statistics import (`/import`, kind=statistics) reads it back. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "statistics:manage");
  return statisticsDownload(await getLang(request), "xlsx");
}
