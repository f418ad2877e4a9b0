import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";

import type { PageCatalogue } from "./i18n/catalogue-da";
import { DEFAULT_LANG, isLang, type Lang, registerCatalogue } from "./i18n/i18n";

/**
 * Each language's messages are a chunk of their own, fetched here for the page's language alone (the
 * server wrote it on <html lang>, and root.tsx preloads the chunk with the page's scripts): the browser
 * never downloads both (decision 017). Switching language reloads the document, so one language a page
 * load is enough.
 */
const CATALOGUES: Record<Lang, () => Promise<{ catalogue: PageCatalogue }>> = {
  da: () => import("./i18n/catalogue-da"),
  en: () => import("./i18n/catalogue-en"),
};

const written = document.documentElement.lang;
const lang = isLang(written) ? written : DEFAULT_LANG;

void CATALOGUES[lang]().then(({ catalogue }) => {
  registerCatalogue(lang, catalogue);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
