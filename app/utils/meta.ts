import type { MetaDescriptor } from "@remix-run/react";

import { pageLang, type Translator, translator } from "../i18n/i18n";

type Match = { id: string; data: unknown };

/** A page title in the user's language, "Page – Overblik" (WCAG 2.4.2: every page has its own title). */
export function pageTitle(matches: readonly Match[], text: (t: Translator["t"]) => string | undefined): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as { lang?: unknown } | undefined;
  const { t }: Translator = translator(pageLang(root?.lang));
  const page = text(t);
  return [{ title: page ? `${page} – ${t("app.name")}` : t("app.name") }];
}
