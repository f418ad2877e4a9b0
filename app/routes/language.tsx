import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

import { parseForm } from "../forms/form.server";
import { LanguageSchema } from "../forms/language.server";
import { formValue } from "../forms/types";
import { langCookie } from "../i18n/lang.server";
import { safeRedirectPath } from "../utils/redirect";

/** Sets the UI language and goes back where the person was. A plain form post: works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, LanguageSchema, { maxBytes: 4 * 1024 });
  const target = safeRedirectPath(formValue(form.values, "redirectTo"));
  // An unknown language changes nothing: back to the page as it was.
  if (!form.ok) return redirect(target, 303);
  return redirect(target, { status: 303, headers: { "Set-Cookie": await langCookie.serialize(form.value.lang) } });
}

export function loader() {
  return redirect("/");
}
