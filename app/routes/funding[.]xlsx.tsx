import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { fundingDownload } from "../views/exports.server";

/** The /funding ranking with the same filters, every row, as an Excel workbook. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  return fundingDownload(new URL(request.url), await getLang(request), "xlsx");
}
