import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { activitiesDownload } from "../views/exports.server";

/** Every activity matching the list's filters (not one page), as RFC 4180 CSV with a BOM so Excel reads æøå. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  return activitiesDownload(new URL(request.url), await getLang(request), "csv");
}
