/**
 * The English message catalogue: the English twin of each module in catalogue-da.ts. The list is typed by
 * the Danish one, so a module without its English (or a key without it, see app/i18n/messages/en/) is a
 * compile error.
 */
import type { MessageModules, PageCatalogue } from "./catalogue-da";
import { en as about } from "./messages/en/about";
import { en as activityEditing } from "./messages/en/activity-editing";
import { en as admin } from "./messages/en/admin";
import { en as applications } from "./messages/en/applications";
import { en as auditLog } from "./messages/en/audit-log";
import { en as board } from "./messages/en/board";
import { en as common } from "./messages/en/common";
import { en as compare } from "./messages/en/compare";
import { en as definitionEditing } from "./messages/en/definition-editing";
import { en as editing } from "./messages/en/editing";
import { en as funding } from "./messages/en/funding";
import { en as meetings } from "./messages/en/meetings";
import { en as outcomes } from "./messages/en/outcomes";
import { en as portfolio } from "./messages/en/portfolio";
import { en as reporting } from "./messages/en/reporting";
import { en as scale } from "./messages/en/scale";
import { en as spreadsheets } from "./messages/en/spreadsheets";

export const MESSAGE_MODULES: { [M in keyof MessageModules]: Record<keyof MessageModules[M], string> } = {
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

export const catalogue = Object.assign({}, ...Object.values<Record<string, string>>(MESSAGE_MODULES)) as PageCatalogue;
