/**
 * The message catalogues, assembled from one module per part of the app (app/i18n/messages/), so that
 * features add their words in files of their own. Danish is the source of truth for which keys exist;
 * each module's English catalogue is typed by its Danish one, so a missing key is a compile error.
 */
import * as admin from "./messages/admin";
import * as board from "./messages/board";
import * as common from "./messages/common";
import * as funding from "./messages/funding";
import * as portfolio from "./messages/portfolio";
import * as reporting from "./messages/reporting";

export const MESSAGE_MODULES = { common, portfolio, reporting, funding, board, admin };

export const da = { ...common.da, ...portfolio.da, ...reporting.da, ...funding.da, ...board.da, ...admin.da };

export type MessageKey = keyof typeof da;

export const en: Record<MessageKey, string> = {
  ...common.en,
  ...portfolio.en,
  ...reporting.en,
  ...funding.en,
  ...board.en,
  ...admin.en,
};
