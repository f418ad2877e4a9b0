import { z } from "zod";

import { AGENDA_ITEM_KINDS, MEETING_BODIES } from "../domain/constants";
import { choice, id, ids, isoDate, optionalIsoDate, optionalLine, optionalText, requiredLine, version } from "./fields.server";

/** "yes" / "no" / "" (not recorded): whether the previous meeting's minutes were approved. */
const approved = z
  .enum(["yes", "no"], { error: "form.invalid" })
  .optional()
  .transform((v) => (v === undefined ? null : v === "yes"));

const meetingFields = {
  body: choice(MEETING_BODIES, "meeting.error.body"),
  date: isoDate(),
  title: requiredLine(200),
  place: optionalLine(200),
  dateNote: optionalLine(300),
  previousMinutesApproved: approved,
};

/** A meeting (`/meetings/new`, `/meetings/:id/edit`). */
export const MeetingSchema = z.object(meetingFields);
export const MeetingUpdateSchema = z.object({ ...meetingFields, version });

const itemFields = {
  number: z
    .string({ error: "form.required" })
    .trim()
    .regex(/^\d{1,3}$/, "meeting.error.number")
    .transform(Number)
    .refine((n) => n >= 1, "meeting.error.number"),
  kind: choice(AGENDA_ITEM_KINDS, "meeting.error.kind"),
  title: requiredLine(200),
  summary: optionalText(4000),
  outcome: optionalText(4000),
  activityIds: ids("meeting.error.activityUnknown", 500),
};

/** An agenda item with its outcome and the activities it concerns. */
export const AgendaItemSchema = z.object(itemFields);
export const AgendaItemUpdateSchema = z.object({ ...itemFields, version });

/** Follow-ups: add one to an item (administrators), or mark one done or reopen it (administrators, its owner). */
export const FollowUpSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("create"),
    itemId: id("meeting.error.item"),
    what: requiredLine(300),
    ownerId: id("meeting.error.owner"),
    dueOn: isoDate(),
    returnTo: z.string().optional(),
  }),
  z.object({ intent: z.literal("done"), followUpId: id(), version, doneOn: optionalIsoDate(), returnTo: z.string().optional() }),
  z.object({ intent: z.literal("reopen"), followUpId: id(), version, returnTo: z.string().optional() }),
]);
