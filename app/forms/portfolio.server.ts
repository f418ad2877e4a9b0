import { z } from "zod";

import { AREA_CLASSIFICATIONS } from "../domain/constants";
import {
  choice,
  endNotBeforeStart,
  ids,
  isoDate,
  optionalCount,
  optionalSlug,
  optionalText,
  requiredLine,
  version,
  withSlug,
} from "./fields.server";

const areaFields = {
  name: requiredLine(120),
  slug: optionalSlug,
  residents: optionalCount(),
  homes: optionalCount(),
  housingSections: optionalCount(1000),
  classification: choice(AREA_CLASSIFICATIONS, "form.classification.unknown"),
  descriptionDa: optionalText(2000),
  descriptionEn: optionalText(2000),
};

/** A housing area (`/admin/areas`): a new one, or a change against the version it was loaded with. */
export const AreaCreateSchema = z.object(areaFields).transform(withSlug);
export const AreaUpdateSchema = z.object({ ...areaFields, version }).transform(withSlug);

const planFields = {
  name: requiredLine(120),
  slug: optionalSlug,
  startsOn: isoDate(),
  endsOn: isoDate(),
  areaIds: ids("form.areaUnknown", 500).refine((list) => list.length > 0, "form.plan.areasRequired"),
};

/** A plan (helhedsplan, `/admin/plans`): its name, period and the areas it covers. */
export const PlanCreateSchema = z.object(planFields).superRefine(endNotBeforeStart).transform(withSlug);
export const PlanUpdateSchema = z
  .object({ ...planFields, version })
  .superRefine(endNotBeforeStart)
  .transform(withSlug);
