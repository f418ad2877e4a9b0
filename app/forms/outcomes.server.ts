import { z } from "zod";

import { FOCUS_AREA_CODES, INDICATOR_KINDS } from "../domain/constants";
import { choice, id, optionalText, requiredLine, version } from "./fields.server";

const sharedIndicatorFields = {
  focus: choice(FOCUS_AREA_CODES, "shared.error.focus"),
  nameDa: requiredLine(120),
  nameEn: requiredLine(120),
  unit: requiredLine(40),
  kind: choice(INDICATOR_KINDS),
  descriptionDa: optionalText(1000),
  descriptionEn: optionalText(1000),
};

/** A shared indicator (`/admin/shared-indicators`): a new one, or a change against the version it was loaded with. */
export const SharedIndicatorCreateSchema = z.object(sharedIndicatorFields);
export const SharedIndicatorUpdateSchema = z.object({ ...sharedIndicatorFields, version });

/**
 * A focus area's narrative in LBF's yearly report (`/reports/lbf?plan=…&year=…`), against the version it was
 * loaded with (none when there was no narrative yet). An empty text removes it.
 */
export const NarrativeSchema = z.object({
  intent: z.literal("narrative"),
  focus: choice(FOCUS_AREA_CODES),
  text: optionalText(10_000),
  version: id("form.version")
    .optional()
    .transform((v) => v ?? null),
});
