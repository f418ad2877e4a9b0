/**
 * The message catalogues, assembled from one module per part of the app (app/i18n/messages/), so that
 * features add their words in files of their own: a new module is one import and one entry below. Danish is
 * the source of truth for which keys exist; each module's English catalogue is typed by its Danish one, so a
 * missing key is a compile error, and a test checks that no key is defined in two modules.
 */
import * as about from "./messages/about";
import * as activityEditing from "./messages/activity-editing";
import * as admin from "./messages/admin";
import * as applications from "./messages/applications";
import * as auditLog from "./messages/audit-log";
import * as board from "./messages/board";
import * as common from "./messages/common";
import * as compare from "./messages/compare";
import * as definitionEditing from "./messages/definition-editing";
import * as editing from "./messages/editing";
import * as funding from "./messages/funding";
import * as meetings from "./messages/meetings";
import * as outcomes from "./messages/outcomes";
import * as portfolio from "./messages/portfolio";
import * as reporting from "./messages/reporting";
import * as scale from "./messages/scale";
import * as spreadsheets from "./messages/spreadsheets";

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

type Modules = typeof MESSAGE_MODULES;
export type MessageKey = { [M in keyof Modules]: keyof Modules[M]["da"] }[keyof Modules];

const modules: { da: Record<string, string>; en: Record<string, string> }[] = Object.values(MESSAGE_MODULES);

export const da = Object.assign({}, ...modules.map((m) => m.da)) as Record<MessageKey, string>;
export const en = Object.assign({}, ...modules.map((m) => m.en)) as Record<MessageKey, string>;
