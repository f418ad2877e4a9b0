import type { LoaderFunctionArgs } from "@remix-run/node";

import { isLang } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { importKind, isImportKind } from "../imports/import.server";
import { templateResponse } from "../imports/template.server";
import { requirePermission, requireUser } from "../utils/auth.server";
import { invariantResponse } from "../utils/http.server";

/** A kind's import template: `?kind=activities|funding&format=xlsx|csv&lang=da|en` (the reader's language by default). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const kind = url.searchParams.get("kind");
  invariantResponse(isImportKind(kind), 404);
  requirePermission(user, importKind(kind).permission);
  const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const asked = url.searchParams.get("lang");
  return templateResponse(kind, user, isLang(asked) ? asked : await getLang(request), format);
}
