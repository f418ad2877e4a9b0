import { useRouteLoaderData } from "@remix-run/react";

import { pageLang, type Translator, translator } from "./i18n";

type RootData = { lang?: unknown };

/** The translator for the language the root loader chose; Danish when the root has no data (an error page, see pageLang). */
export function useTranslation(): Translator {
  const data = useRouteLoaderData<RootData>("root");
  return translator(pageLang(data?.lang));
}
