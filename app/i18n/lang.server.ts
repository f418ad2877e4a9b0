import { createCookie } from "@remix-run/node";

import { DEFAULT_LANG, isLang, type Lang } from "./i18n";

/** Remembers the chosen language for a year. Not secret, so not signed. */
export const langCookie = createCookie("lang", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 60 * 60 * 24 * 365,
});

export async function getLang(request: Request): Promise<Lang> {
  const value: unknown = await langCookie.parse(request.headers.get("Cookie"));
  return isLang(value) ? value : DEFAULT_LANG;
}
