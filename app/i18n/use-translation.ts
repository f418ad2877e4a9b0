import { useRouteLoaderData } from "@remix-run/react";

import { DEFAULT_LANG, isLang, type Translator, translator } from "./i18n";

type RootData = { lang?: unknown };

/** The translator for the language the root loader chose; Danish when the root has no data (an error page). */
export function useTranslation(): Translator {
  const data = useRouteLoaderData<RootData>("root");
  return translator(isLang(data?.lang) ? data.lang : DEFAULT_LANG);
}
