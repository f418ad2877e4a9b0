import { catalogue as da, type MessageKey } from "./catalogue-da";
import { catalogue as en } from "./catalogue-en";

const LANGS = ["da", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "da";

export const catalogues: Record<Lang, Record<MessageKey, string>> = { da, en };

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
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const message = catalogues[lang][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormat(lang).format(value) : value;
  });
}

type PluralBase<K> = K extends `${infer Base}.one` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

/** Picks the `.one` or `.other` form by the language's plural rules. */
export function translatePlural(lang: Lang, key: PluralKey, count: number, params?: MessageParams): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  const form = rules.select(count) === "one" ? "one" : "other";
  return translate(lang, `${key}.${form}` as MessageKey, { count, ...params });
}

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

export type { MessageKey };

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogues.da, value);
}
