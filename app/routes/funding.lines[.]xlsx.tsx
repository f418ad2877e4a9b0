import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { fundingLinesDownload } from "../views/exports.server";

/** Every funding line of the activities the /funding filters choose, with its version: a funding import reads it back. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  return fundingLinesDownload(new URL(request.url), await getLang(request), "xlsx");
}
