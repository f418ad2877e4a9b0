// Types only: a value import of a catalogue here would put its text in every page's JavaScript.
import type { PageCatalogue, PageMessageKey } from "./catalogue-da";
import type { ServerMessageKey } from "./catalogues.server";

/**
 * A page word: a message the browser has too, which a component may show and a page may be sent as a key
 * to translate (form errors, `?saved=`). What "a message key" means everywhere but the server's own words.
 */
export type MessageKey = PageMessageKey;
/** Any message, page words and the words only the server writes (catalogues.server.ts): server code only. */
export type AnyMessageKey = PageMessageKey | ServerMessageKey;
type Catalogue = Record<AnyMessageKey, string>;

const LANGS = ["da", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "da";

/**
 * The messages of each language this process has. The server registers both when it starts
 * (catalogues.server.ts); the browser only the page's own, fetched by entry.client.tsx before it hydrates
 * (decision 017).
 */
const catalogues: Partial<Record<Lang, Catalogue>> = {};
/** The page words alone of each language, the keys a page may pass to the browser to translate there. */
const pageCatalogues: Partial<Record<Lang, PageCatalogue>> = {};

/**
 * Registers a language: its page words, and on the server also the words only the server writes
 * (catalogues.server.ts). The browser registers page words alone (entry.client.tsx).
 */
export function registerCatalogue(lang: Lang, page: PageCatalogue, serverWords?: Record<ServerMessageKey, string>): void {
  pageCatalogues[lang] = page;
  catalogues[lang] = (serverWords ? { ...page, ...serverWords } : page) as Catalogue;
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

/** Looks a message up and fills `{name}` placeholders; numbers are formatted for the language. */
export function translate(lang: Lang, key: AnyMessageKey, params?: MessageParams): string {
  const message = catalogueOf(lang)[key] as string | undefined;
  if (message === undefined) {
    // Only the browser can lack a key the types allow: a server word named from code that is not a component.
    throw new Error(
      `No message "${key}" here: the browser has page words only, the server's own words stay on the server (catalogues.server.ts).`,
    );
  }
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormat(lang).format(value) : value;
  });
}

type PluralBase<K> = K extends `${infer Base}.one` ? Base : never;
type PluralKey = PluralBase<MessageKey>;
type AnyPluralKey = PluralBase<AnyMessageKey>;

/** Picks the `.one` or `.other` form by the language's plural rules. */
export function translatePlural(lang: Lang, key: AnyPluralKey, count: number, params?: MessageParams): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  const form = rules.select(count) === "one" ? "one" : "other";
  return translate(lang, `${key}.${form}` as AnyMessageKey, { count, ...params });
}

/** A translator of page words: what components and anything else that runs in the browser use. */
export type Translator = {
  lang: Lang;
  t: (key: MessageKey, params?: MessageParams) => string;
  tn: (key: PluralKey, count: number, params?: MessageParams) => string;
};

/**
 * A translator of every message, the server's own words too: for server code (downloads, audit
 * descriptions, import findings). It is also a Translator: where code takes one (useTranslation, page
 * titles), only page words can be named, and naming a word the browser does not have is a compile error.
 */
export type ServerTranslator = {
  lang: Lang;
  t: (key: AnyMessageKey, params?: MessageParams) => string;
  tn: (key: AnyPluralKey, count: number, params?: MessageParams) => string;
};

export function translator(lang: Lang): ServerTranslator {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    tn: (key, count, params) => translatePlural(lang, key, count, params),
  };
}

/**
 * Whether a string is a page word, one the browser can translate: what a page may be sent as a key (form
 * errors, `?saved=`). On the server, a word only the server writes is not (isAnyMessageKey). Both
 * languages have the same keys: one is enough to ask.
 */
export function isMessageKey(value: string): value is MessageKey {
  const page = pageCatalogues[pageLang(undefined)];
  return page !== undefined && Object.hasOwn(page, value);
}

/** Whether a string is any message key, the server's own words too (server code only). */
export function isAnyMessageKey(value: string): value is AnyMessageKey {
  return Object.hasOwn(catalogueOf(pageLang(undefined)), value);
}
