import { getSetupState, portfolioIsEmpty, type SetupState } from "../models/setup.server";

/** The setup state for `<FirstSteps>`, only while the portfolio holds no activity (one prepared query otherwise). */
export function setupIfEmpty(user: { areaIds: readonly number[] }): SetupState | null {
  return portfolioIsEmpty() ? getSetupState(user) : null;
}
