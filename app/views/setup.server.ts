import { getDb } from "../../db/client.server";
import { cachedUntilWrite } from "../models/figures-cache.server";
import { getSetupState, portfolioIsEmpty, type SetupState } from "../models/setup.server";

/**
 * The setup state for `<FirstSteps>`, only while the portfolio holds no activity: otherwise one query,
 * remembered until the next write, as every page that may show the first steps asks it.
 */
export function setupIfEmpty(user: { areaIds: readonly number[] }): SetupState | null {
  return cachedUntilWrite(getDb(), "portfolioIsEmpty", () => portfolioIsEmpty()) ? getSetupState(user) : null;
}
