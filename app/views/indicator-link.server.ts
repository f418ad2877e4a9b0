import { linkMismatch } from "../domain/outcomes";
import type { MessageKey } from "../i18n/i18n";
import { getSharedIndicator } from "../models/shared-indicator.server";

/**
 * Why an indicator may not link to this shared indicator, as the field's message (null: it may). The figures
 * of linked indicators are added up, so they must count in the same unit and the same way.
 */
export function sharedLinkError(
  sharedIndicatorId: number | null,
  indicator: { unit: string; kind: "cumulative" | "per_period" },
): MessageKey | null {
  if (sharedIndicatorId === null) return null;
  const shared = getSharedIndicator(sharedIndicatorId);
  if (!shared) return "shared.error.unknown";
  const mismatch = linkMismatch(indicator, shared);
  if (mismatch === "unit") return "shared.error.unit";
  if (mismatch === "kind") return "shared.error.kind";
  return null;
}
