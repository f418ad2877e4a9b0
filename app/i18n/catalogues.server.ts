/**
 * Both languages, registered as this module is imported: the server answers in either, and its error
 * pages, downloads and board packs may use both. Imported by entry.server.tsx (the server build) and by
 * tests/setup/catalogues.ts (every vitest project); a script that translates outside them imports it too.
 *
 * The server has every message: the page words of catalogue-da.ts and catalogue-en.ts, which the browser
 * fetches too (its page's language only, entry.client.tsx, decision 017), and the words only the server
 * writes, assembled here from app/i18n/messages/server/ (audit descriptions, spreadsheet headers and
 * sheets, import findings, the texts of downloads). Those never reach the browser: this module is
 * server-only, and a component cannot name them (useTranslation's `t` takes page words alone).
 *
 * A new server module: one import and one entry in each list below; the English list is typed by the
 * Danish one, so a module or key without its English is a compile error.
 */
import { catalogue as da } from "./catalogue-da";
import { catalogue as en } from "./catalogue-en";
import { type Lang, registerCatalogue } from "./i18n";
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
export type ServerMessageKey = { [M in keyof ServerModules]: keyof ServerModules[M] }[keyof ServerModules];
type ServerCatalogue = Record<ServerMessageKey, string>;

export const SERVER_MESSAGE_MODULES_EN: { [M in keyof ServerModules]: Record<keyof ServerModules[M], string> } = {
  auditLog: auditLogEn,
  board: boardEn,
  compare: compareEn,
  outcomes: outcomesEn,
  portfolio: portfolioEn,
  scale: scaleEn,
  spreadsheets: spreadsheetsEn,
};

const assemble = (modules: Record<string, Record<string, string>>) => Object.assign({}, ...Object.values(modules)) as ServerCatalogue;

export const serverCatalogues: Record<Lang, ServerCatalogue> = {
  da: assemble(SERVER_MESSAGE_MODULES),
  en: assemble(SERVER_MESSAGE_MODULES_EN),
};

registerCatalogue("da", da, serverCatalogues.da);
registerCatalogue("en", en, serverCatalogues.en);
