import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

import { isLang } from "../i18n/i18n";
import { langCookie } from "../i18n/lang.server";
import { readForm } from "../utils/forms.server";
import { safeRedirectPath } from "../utils/redirect";

/** Sets the UI language and goes back where the person was. A plain form post: works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request, 4 * 1024);
  const lang = form.get("lang");
  const target = safeRedirectPath(form.get("redirectTo"));
  if (!isLang(lang)) return redirect(target);
  return redirect(target, { status: 303, headers: { "Set-Cookie": await langCookie.serialize(lang) } });
}

export function loader() {
  return redirect("/");
}
