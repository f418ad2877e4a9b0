import type { IndicatorDirection, IndicatorKind } from "./constants";

/**
 * Changing an indicator's definition (issue 10, decision 012). The definition is what a revision records:
 * a new baseline or target moves the goalposts the board reads progress against, so it needs a reason.
 */
export type IndicatorDefinition = {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
  kind: IndicatorKind;
};

const DEFINITION_FIELDS = ["name", "unit", "baseline", "target", "direction", "kind"] as const;
export type DefinitionField = (typeof DEFINITION_FIELDS)[number];

/** The fields that differ, before and after (nothing else: a revision records what changed). */
export type DefinitionChange = { before: Partial<IndicatorDefinition>; after: Partial<IndicatorDefinition> };

export function definitionChange(stored: IndicatorDefinition, wanted: IndicatorDefinition): DefinitionChange {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of DEFINITION_FIELDS) {
    if (stored[field] !== wanted[field]) {
      before[field] = stored[field];
      after[field] = wanted[field];
    }
  }
  // Built field by field from the same keys of the same type.
  return { before: before as Partial<IndicatorDefinition>, after: after as Partial<IndicatorDefinition> };
}

export function changedFields(change: DefinitionChange): DefinitionField[] {
  return DEFINITION_FIELDS.filter((field) => field in change.after);
}

/** A new baseline or target changes what progress means: it must say why. */
export function needsReason(change: DefinitionChange): boolean {
  return "baseline" in change.after || "target" in change.after;
}

/** A retired indicator keeps its history but takes no new actuals, no edits, and counts in no progress figure. */
export function isRetired(indicator: { retiredOn: string | null }): boolean {
  return indicator.retiredOn !== null;
}
