/**
 * The Danish message catalogue, assembled from one module per part of the app (app/i18n/messages/), so that
 * features add their words in files of their own. Danish is the source of truth for which keys exist: each
 * module's English twin (app/i18n/messages/en/) is typed by it, and catalogue-en.ts by the list below, so a
 * missing key or module is a compile error. A test checks that no key is defined in two modules.
 *
 * A new module: one import and one entry below, and the same in catalogue-en.ts. The two languages are
 * separate modules so that the browser loads only the page's own (entry.client.tsx, decision 017).
 */
import { da as about } from "./messages/about";
import { da as activityEditing } from "./messages/activity-editing";
import { da as admin } from "./messages/admin";
import { da as applications } from "./messages/applications";
import { da as auditLog } from "./messages/audit-log";
import { da as board } from "./messages/board";
import { da as common } from "./messages/common";
import { da as compare } from "./messages/compare";
import { da as definitionEditing } from "./messages/definition-editing";
import { da as editing } from "./messages/editing";
import { da as funding } from "./messages/funding";
import { da as meetings } from "./messages/meetings";
import { da as outcomes } from "./messages/outcomes";
import { da as portfolio } from "./messages/portfolio";
import { da as reporting } from "./messages/reporting";
import { da as scale } from "./messages/scale";
import { da as spreadsheets } from "./messages/spreadsheets";

export const MESSAGE_MODULES = {
  common,
  portfolio,
  reporting,
  funding,
  board,
  admin,
  editing,
  definitionEditing,
  activityEditing,
  meetings,
  outcomes,
  auditLog,
  about,
  applications,
  scale,
  spreadsheets,
  compare,
};

export type MessageModules = typeof MESSAGE_MODULES;
export type PageMessageKey = { [M in keyof MessageModules]: keyof MessageModules[M] }[keyof MessageModules];
/** Every page word of one language: what the browser has (the server has these and its own, catalogues.server.ts). */
export type PageCatalogue = Record<PageMessageKey, string>;

export const catalogue = Object.assign({}, ...Object.values<Record<string, string>>(MESSAGE_MODULES)) as PageCatalogue;
