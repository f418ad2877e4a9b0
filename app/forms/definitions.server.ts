import { z } from "zod";

import { INDICATOR_DIRECTIONS, INDICATOR_KINDS } from "../domain/constants";
import { choice, decimal, id, isoDate, requiredLine } from "./fields.server";

/** An indicator's definition: what is measured, from where to where, and which way is better. */
export const IndicatorSchema = z
  .object({
    name: requiredLine(120),
    unit: requiredLine(40),
    baseline: decimal(),
    target: decimal(),
    direction: choice(INDICATOR_DIRECTIONS),
    kind: choice(INDICATOR_KINDS),
  })
  .superRefine((v, ctx) => {
    if (v.target === v.baseline) ctx.addIssue({ code: "custom", path: ["target"], message: "indicator.error.targetEqualsBaseline" });
    else if (v.direction === "higher" && v.target < v.baseline) {
      ctx.addIssue({ code: "custom", path: ["direction"], message: "indicator.error.directionHigher" });
    } else if (v.direction === "lower" && v.target > v.baseline) {
      ctx.addIssue({ code: "custom", path: ["direction"], message: "indicator.error.directionLower" });
    }
  });

/** Milestones: add one, or mark one done. */
export const MilestoneSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), title: requiredLine(200), dueOn: isoDate() }),
  z.object({ intent: z.literal("done"), milestoneId: id(), doneOn: isoDate() }),
]);
