/**
 * The words only the server writes (decision 018): spreadsheet headers and sheets, the texts of downloads,
 * the audit log's descriptions, the import's findings, and tables a loader translates. They are assembled
 * here from app/i18n/messages/server/ (English in messages/en/server/) and never sent to the browser: this
 * module is server-only, and so is the translator that names them.
 *
 * Server code translates with `serverTranslator(lang)` (or `translateAny`), which takes these and the page
 * words alike. Components take a page-word `Translator` (useTranslation), so naming a word of this module
 * from one does not compile, nor does importing this module into one build for the browser.
 *
 * A new server module: one import and one entry in each list below; the English list is typed by the
 * Danish one, so a module or key without its English is a compile error.
 */
import { fillIn, isMessageKey, type Lang, type MessageKey, type MessageParams, type PluralBase, pluralForm, translate } from "./i18n";
import { en as auditLogEn } from "./messages/en/server/audit-log";
import { en as boardEn } from "./messages/en/server/board";
import { en as compareEn } from "./messages/en/server/compare";
import { en as outcomesEn } from "./messages/en/server/outcomes";
import { en as portfolioEn } from "./messages/en/server/portfolio";
import { en as scaleEn } from "./messages/en/server/scale";
import { en as spreadsheetsEn } from "./messages/en/server/spreadsheets";
import { da as auditLog } from "./messages/server/audit-log";
import { da as board } from "./messages/server/board";
import { da as compare } from "./messages/server/compare";
import { da as outcomes } from "./messages/server/outcomes";
import { da as portfolio } from "./messages/server/portfolio";
import { da as scale } from "./messages/server/scale";
import { da as spreadsheets } from "./messages/server/spreadsheets";

export const SERVER_MESSAGE_MODULES = { auditLog, board, compare, outcomes, portfolio, scale, spreadsheets };

type ServerModules = typeof SERVER_MESSAGE_MODULES;
type ServerMessageKey = { [M in keyof ServerModules]: keyof ServerModules[M] }[keyof ServerModules];

export const SERVER_MESSAGE_MODULES_EN: { [M in keyof ServerModules]: Record<keyof ServerModules[M], string> } = {
  auditLog: auditLogEn,
  board: boardEn,
  compare: compareEn,
  outcomes: outcomesEn,
  portfolio: portfolioEn,
  scale: scaleEn,
  spreadsheets: spreadsheetsEn,
};

const assemble = (modules: Record<string, Record<string, string>>) =>
  Object.assign({}, ...Object.values(modules)) as Record<ServerMessageKey, string>;

/** Each language's server words. */
export const serverCatalogues: Record<Lang, Record<ServerMessageKey, string>> = {
  da: assemble(SERVER_MESSAGE_MODULES),
  en: assemble(SERVER_MESSAGE_MODULES_EN),
};

/** Any message: a page word or a word only the server writes. */
export type AnyMessageKey = MessageKey | ServerMessageKey;
type AnyPluralKey = PluralBase<AnyMessageKey>;

const isServerWord = (key: string): key is ServerMessageKey => Object.hasOwn(serverCatalogues.da, key);

/** Translates any message, the server's own words and the page words. */
export function translateAny(lang: Lang, key: AnyMessageKey, params?: MessageParams): string {
  return isServerWord(key) ? fillIn(lang, serverCatalogues[lang][key], params) : translate(lang, key, params);
}

/** A translator of every message: what server code writes downloads, descriptions and findings with. */
export type ServerTranslator = {
  lang: Lang;
  t: (key: AnyMessageKey, params?: MessageParams) => string;
  tn: (key: AnyPluralKey, count: number, params?: MessageParams) => string;
};

export function serverTranslator(lang: Lang): ServerTranslator {
  return {
    lang,
    t: (key, params) => translateAny(lang, key, params),
    tn: (key, count, params) => translateAny(lang, `${key}.${pluralForm(lang, count)}` as AnyMessageKey, { count, ...params }),
  };
}

/** Whether a string is any message key, a page word or a server word. */
export function isAnyMessageKey(value: string): value is AnyMessageKey {
  return isMessageKey(value) || isServerWord(value);
}
