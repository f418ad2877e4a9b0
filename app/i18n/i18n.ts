// Types only: a value import of a catalogue here would put its text in every page's JavaScript.
import type { PageCatalogue, PageMessageKey } from "./catalogue-da";

/**
 * A message key: a page word, which the browser has too, a component may show and a page may be sent to
 * translate (form errors, `?saved=`). The words only the server writes have keys of their own, translated
 * by server code alone (server-words.server.ts, decision 018).
 */
export type MessageKey = PageMessageKey;
type Catalogue = PageCatalogue;

const LANGS = ["da", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "da";

/**
 * The page words of each language this process has. The server registers both when it starts
 * (catalogues.server.ts); the browser only the page's own, fetched by entry.client.tsx before it hydrates
 * (decision 017).
 */
const catalogues: Partial<Record<Lang, Catalogue>> = {};

export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  catalogues[lang] = catalogue;
}

function catalogueOf(lang: Lang): Catalogue {
  const catalogue = catalogues[lang];
  if (catalogue) return catalogue;
  throw new Error(
    `No "${lang}" message catalogue: server code and scripts import app/i18n/catalogues.server.ts first (entry.server.tsx and the vitest setup do); the browser has only its page's language.`,
  );
}

/**
 * The language of a page from the root loader's `lang`. Without it (an error page whose root has no data):
 * Danish, unless this browser has only another language's messages (an error after a client-side
 * navigation in an English session), so the page is still written in a language it has.
 */
export function pageLang(rootLang: unknown): Lang {
  if (isLang(rootLang)) return rootLang;
  return catalogues[DEFAULT_LANG] ? DEFAULT_LANG : (LANGS.find((lang) => catalogues[lang]) ?? DEFAULT_LANG);
}

export const LOCALES: Record<Lang, string> = { da: "da-DK", en: "en-GB" };

export type MessageParams = Record<string, string | number>;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

// Intl objects are slow to construct and pages call these hundreds of times: one per language.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f;
}

/** Looks a page word up and fills `{name}` placeholders; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const message = catalogueOf(lang)[key] as string | undefined;
  if (message === undefined) {
    // The types allow page words only; a key from elsewhere (a cast, a server word) fails loudly, not blank.
    throw new Error(`No message "${key}" among the page words (a word only the server writes is translated by server-words.server.ts).`);
  }
  return fillIn(lang, message, params);
}

/** Fills a message's `{name}` placeholders; numbers are formatted for the language. */
export function fillIn(lang: Lang, message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormat(lang).format(value) : value;
  });
}

export type PluralBase<K> = K extends `${infer Base}.one` ? Base : never;
type PluralKey = PluralBase<MessageKey>;

/** Which plural form a count takes in a language: the `.one` or the `.other` message. */
export function pluralForm(lang: Lang, count: number): "one" | "other" {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(count) === "one" ? "one" : "other";
}

/** Picks the `.one` or `.other` form by the language's plural rules. */
export function translatePlural(lang: Lang, key: PluralKey, count: number, params?: MessageParams): string {
  return translate(lang, `${key}.${pluralForm(lang, count)}` as MessageKey, { count, ...params });
}

/** A translator of page words, for components and anything else that may run in the browser. */
export type Translator = {
  lang: Lang;
  t: (key: MessageKey, params?: MessageParams) => string;
  tn: (key: PluralKey, count: number, params?: MessageParams) => string;
};

export function translator(lang: Lang): Translator {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    tn: (key, count, params) => translatePlural(lang, key, count, params),
  };
}

/**
 * Whether a string is a message key, a page word the browser can translate: what a page may be sent as a
 * key (form errors, `?saved=`). Both languages have the same keys: one is enough to ask.
 */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalogueOf(pageLang(undefined)), value);
}
