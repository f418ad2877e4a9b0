import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";

import { type Db, type DbOrTx, getDb } from "../../db/client.server";
import { preparedPerConnection } from "../../db/prepared";
import { activities, agendaItemActivities, agendaItems, followUps, meetings, plans, users } from "../../db/schema";
import type { ActivityStatus, AgendaItemKind, Health, MeetingBody } from "../domain/constants";
import { DuplicateError, NotFoundError, VersionConflictError } from "../domain/errors";
import { writeAudit } from "./audit.server";

export type MeetingFilters = { bodies: MeetingBody[]; years: number[] };

export type MeetingSummary = {
  id: number;
  body: MeetingBody;
  heldOn: string;
  dateNote: string;
  title: string;
  place: string;
  itemCount: number;
  decisionCount: number;
  openFollowUps: number;
};

/** Meetings, newest first, with how many items (and decisions) they had and how many follow-ups are open. */
export function listMeetings(filters: MeetingFilters, db: DbOrTx = getDb()): MeetingSummary[] {
  const where: SQL[] = [];
  if (filters.bodies.length > 0) where.push(inArray(meetings.body, filters.bodies));
  if (filters.years.length > 0) where.push(inArray(sql`cast(substr(${meetings.heldOn}, 1, 4) as integer)`, filters.years));
  return db
    .select({
      id: meetings.id,
      body: meetings.body,
      heldOn: meetings.heldOn,
      dateNote: meetings.dateNote,
      title: meetings.title,
      place: meetings.place,
      // Written out in SQL: drizzle leaves columns unqualified in a one-table select, which would bind
      // "id" in these correlated subqueries to the inner table.
      itemCount: sql<number>`(select count(*) from agenda_items ai where ai.meeting_id = "meetings"."id")`,
      decisionCount: sql<number>`(select count(*) from agenda_items ai
        where ai.meeting_id = "meetings"."id" and ai.kind = ${"decision" satisfies AgendaItemKind})`,
      openFollowUps: sql<number>`(select count(*) from follow_ups f join agenda_items ai on ai.id = f.item_id
        where ai.meeting_id = "meetings"."id" and f.done_on is null)`,
    })
    .from(meetings)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .all();
}

/** The years that have meetings, newest first, for the filter. */
export function meetingYears(db: DbOrTx = getDb()): number[] {
  const year = sql<number>`cast(substr(${meetings.heldOn}, 1, 4) as integer)`;
  return db
    .selectDistinct({ year })
    .from(meetings)
    .orderBy(desc(year))
    .all()
    .map((r) => r.year);
}

type LinkedActivity = { id: number; title: string; status: ActivityStatus; health: Health; healthReason: string };

export type FollowUpView = {
  id: number;
  itemId: number;
  what: string;
  ownerId: number;
  ownerName: string;
  dueOn: string;
  doneOn: string | null;
  version: number;
};

export type AgendaItemView = {
  id: number;
  number: number;
  kind: AgendaItemKind;
  title: string;
  summary: string;
  outcome: string;
  version: number;
  activities: LinkedActivity[];
  followUps: FollowUpView[];
};

export type MeetingDetail = {
  id: number;
  body: MeetingBody;
  heldOn: string;
  dateNote: string;
  title: string;
  place: string;
  previousMinutesApproved: boolean | null;
  version: number;
  items: AgendaItemView[];
};

const followUpColumns = {
  id: followUps.id,
  itemId: followUps.itemId,
  what: followUps.what,
  ownerId: followUps.ownerId,
  ownerName: users.name,
  dueOn: followUps.dueOn,
  doneOn: followUps.doneOn,
  version: followUps.version,
};

/** A meeting with its agenda (items in order), the activities each item concerns and its follow-ups. */
export function getMeeting(id: number, db: DbOrTx = getDb()): MeetingDetail | null {
  const meeting = db
    .select({
      id: meetings.id,
      body: meetings.body,
      heldOn: meetings.heldOn,
      dateNote: meetings.dateNote,
      title: meetings.title,
      place: meetings.place,
      previousMinutesApproved: meetings.previousMinutesApproved,
      version: meetings.version,
    })
    .from(meetings)
    .where(eq(meetings.id, id))
    .get();
  if (!meeting) return null;
  const items = db
    .select({
      id: agendaItems.id,
      number: agendaItems.number,
      kind: agendaItems.kind,
      title: agendaItems.title,
      summary: agendaItems.summary,
      outcome: agendaItems.outcome,
      version: agendaItems.version,
    })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.number))
    .all();
  const itemIds = items.map((i) => i.id);
  const links = itemIds.length
    ? db
        .select({
          itemId: agendaItemActivities.itemId,
          id: activities.id,
          title: activities.title,
          status: activities.status,
          health: activities.health,
          healthReason: activities.healthReason,
        })
        .from(agendaItemActivities)
        .innerJoin(activities, eq(activities.id, agendaItemActivities.activityId))
        .where(inArray(agendaItemActivities.itemId, itemIds))
        .orderBy(asc(activities.title))
        .all()
    : [];
  const follow = itemIds.length
    ? db
        .select(followUpColumns)
        .from(followUps)
        .innerJoin(users, eq(users.id, followUps.ownerId))
        .where(inArray(followUps.itemId, itemIds))
        .orderBy(asc(followUps.dueOn), asc(followUps.id))
        .all()
    : [];
  return {
    ...meeting,
    items: items.map((item) => ({
      ...item,
      activities: links.filter((l) => l.itemId === item.id).map(({ itemId: _itemId, ...a }) => a),
      followUps: follow.filter((f) => f.itemId === item.id),
    })),
  };
}

/** The meeting before this one of the same body (by date), for "changes since the last meeting". */
export function previousMeeting(body: MeetingBody, before: string, db: DbOrTx = getDb()) {
  return (
    db
      .select({ id: meetings.id, heldOn: meetings.heldOn, title: meetings.title })
      .from(meetings)
      .where(and(eq(meetings.body, body), lt(meetings.heldOn, before)))
      .orderBy(desc(meetings.heldOn), desc(meetings.id))
      .limit(1)
      .get() ?? null
  );
}

export type MeetingInput = {
  body: MeetingBody;
  heldOn: string;
  dateNote: string;
  title: string;
  place: string;
  previousMinutesApproved: boolean | null;
};

export function createMeeting(input: MeetingInput, actorId: number, db: Db = getDb()): number {
  return db.transaction((tx) => {
    const row = tx.insert(meetings).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "meeting.create", entity: "meeting", entityId: row.id, after: row });
    return row.id;
  });
}

export function updateMeeting(id: number, input: MeetingInput & { version: number }, actorId: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    const before = tx.select().from(meetings).where(eq(meetings.id, id)).get();
    if (!before) throw new NotFoundError("meeting");
    const { version, ...values } = input;
    const after = tx
      .update(meetings)
      .set({ ...values, version: sql`${meetings.version} + 1` })
      .where(and(eq(meetings.id, id), eq(meetings.version, version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("meeting");
    writeAudit(tx, { userId: actorId, action: "meeting.update", entity: "meeting", entityId: id, before, after });
  });
}

export type AgendaItemInput = {
  number: number;
  kind: AgendaItemKind;
  title: string;
  summary: string;
  outcome: string;
  activityIds: number[];
};

function checkItem(tx: DbOrTx, meetingId: number, input: AgendaItemInput, exceptItemId?: number) {
  const clash = tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, input.number)))
    .get();
  if (clash && clash.id !== exceptItemId) throw new DuplicateError("number");
  if (input.activityIds.length > 0) {
    const known = tx.select({ id: activities.id }).from(activities).where(inArray(activities.id, input.activityIds)).all();
    if (known.length !== input.activityIds.length) throw new NotFoundError("activity");
  }
}

function itemAuditView(tx: DbOrTx, itemId: number) {
  const item = tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
  if (!item) return null;
  const linked = tx
    .select({ activityId: agendaItemActivities.activityId })
    .from(agendaItemActivities)
    .where(eq(agendaItemActivities.itemId, itemId))
    .all();
  return { ...item, activityIds: linked.map((l) => l.activityId).sort((a, b) => a - b) };
}

/** Adds an item to a meeting's agenda: DuplicateError("number") when its number is taken in that meeting. */
export function createAgendaItem(meetingId: number, input: AgendaItemInput, actorId: number, db: Db = getDb()): number {
  return db.transaction((tx) => {
    if (!tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId)).get()) throw new NotFoundError("meeting");
    checkItem(tx, meetingId, input);
    const { activityIds, ...values } = input;
    const row = tx
      .insert(agendaItems)
      .values({ meetingId, ...values })
      .returning({ id: agendaItems.id })
      .get();
    if (activityIds.length > 0) {
      tx.insert(agendaItemActivities)
        .values(activityIds.map((activityId) => ({ itemId: row.id, activityId })))
        .run();
    }
    writeAudit(tx, {
      userId: actorId,
      action: "agenda-item.create",
      entity: "agenda_item",
      entityId: row.id,
      after: itemAuditView(tx, row.id),
    });
    return row.id;
  });
}

/** Changes an item (and the activities it concerns) against the version it was loaded with. */
export function updateAgendaItem(
  meetingId: number,
  itemId: number,
  input: AgendaItemInput & { version: number },
  actorId: number,
  db: Db = getDb(),
): void {
  db.transaction((tx) => {
    const before = itemAuditView(tx, itemId);
    if (!before || before.meetingId !== meetingId) throw new NotFoundError("agenda_item");
    if (before.version !== input.version) throw new VersionConflictError("agenda_item");
    checkItem(tx, meetingId, input, itemId);
    const { activityIds, version, ...values } = input;
    const changed = tx
      .update(agendaItems)
      .set({ ...values, version: sql`${agendaItems.version} + 1` })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.version, version)))
      .run();
    if (changed.changes !== 1) throw new VersionConflictError("agenda_item");
    tx.delete(agendaItemActivities).where(eq(agendaItemActivities.itemId, itemId)).run();
    if (activityIds.length > 0) {
      tx.insert(agendaItemActivities)
        .values(activityIds.map((activityId) => ({ itemId, activityId })))
        .run();
    }
    writeAudit(tx, {
      userId: actorId,
      action: "agenda-item.update",
      entity: "agenda_item",
      entityId: itemId,
      before,
      after: itemAuditView(tx, itemId),
    });
  });
}

export type FollowUpInput = { itemId: number; what: string; ownerId: number; dueOn: string };

/** A follow-up on an item of this meeting; NotFoundError for an item of another meeting or an unknown owner. */
export function createFollowUp(meetingId: number, input: FollowUpInput, actorId: number, db: Db = getDb()): number {
  return db.transaction((tx) => {
    const item = tx.select({ meetingId: agendaItems.meetingId }).from(agendaItems).where(eq(agendaItems.id, input.itemId)).get();
    if (!item || item.meetingId !== meetingId) throw new NotFoundError("agenda_item");
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, input.ownerId)).get()) throw new NotFoundError("user");
    const row = tx.insert(followUps).values(input).returning().get();
    writeAudit(tx, { userId: actorId, action: "follow-up.create", entity: "follow_up", entityId: row.id, after: row });
    return row.id;
  });
}

/** The follow-up with its meeting and owner, to decide who may mark it done. */
export function getFollowUp(id: number, db: DbOrTx = getDb()) {
  return (
    db
      .select({
        id: followUps.id,
        ownerId: followUps.ownerId,
        doneOn: followUps.doneOn,
        version: followUps.version,
        meetingId: agendaItems.meetingId,
      })
      .from(followUps)
      .innerJoin(agendaItems, eq(agendaItems.id, followUps.itemId))
      .where(eq(followUps.id, id))
      .get() ?? null
  );
}

/** Marks a follow-up done on a date, or reopens it (null), against its version. */
export function setFollowUpDone(id: number, doneOn: string | null, version: number, actorId: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    const before = tx.select().from(followUps).where(eq(followUps.id, id)).get();
    if (!before) throw new NotFoundError("follow_up");
    const after = tx
      .update(followUps)
      .set({ doneOn, version: sql`${followUps.version} + 1` })
      .where(and(eq(followUps.id, id), eq(followUps.version, version)))
      .returning()
      .get();
    if (!after) throw new VersionConflictError("follow_up");
    writeAudit(tx, {
      userId: actorId,
      action: doneOn ? "follow-up.done" : "follow-up.reopen",
      entity: "follow_up",
      entityId: id,
      before,
      after,
    });
  });
}

export type ActivityMeetingItem = {
  meetingId: number;
  heldOn: string;
  dateNote: string;
  body: MeetingBody;
  meetingTitle: string;
  itemId: number;
  number: number;
  kind: AgendaItemKind;
  title: string;
  outcome: string;
};

/** The agenda items that concern an activity, newest meeting first: why the activity exists and what was decided. */
const itemsOf = preparedPerConnection((db) =>
  db
    .select({
      meetingId: meetings.id,
      heldOn: meetings.heldOn,
      dateNote: meetings.dateNote,
      body: meetings.body,
      meetingTitle: meetings.title,
      itemId: agendaItems.id,
      number: agendaItems.number,
      kind: agendaItems.kind,
      title: agendaItems.title,
      outcome: agendaItems.outcome,
    })
    .from(agendaItemActivities)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemActivities.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItemActivities.activityId, sql.placeholder("activityId")))
    .orderBy(desc(meetings.heldOn), asc(agendaItems.number))
    .prepare(),
);

export function itemsForActivity(activityId: number, db: Db = getDb()): ActivityMeetingItem[] {
  return itemsOf(db).all({ activityId });
}

export type OpenFollowUp = FollowUpView & { meetingId: number; meetingTitle: string; heldOn: string; itemTitle: string; overdue: boolean };

function selectOpenFollowUps(db: DbOrTx, where: SQL) {
  return db
    .select({
      ...followUpColumns,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      heldOn: meetings.heldOn,
      itemTitle: agendaItems.title,
    })
    .from(followUps)
    .innerJoin(users, eq(users.id, followUps.ownerId))
    .innerJoin(agendaItems, eq(agendaItems.id, followUps.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(isNull(followUps.doneOn), where))
    .orderBy(asc(followUps.dueOn), asc(followUps.id));
}

type FollowUpRow = Omit<OpenFollowUp, "overdue">;

const markOverdue = (rows: FollowUpRow[], today: string): OpenFollowUp[] => rows.map((f) => ({ ...f, overdue: f.dueOn < today }));

/** A person's open follow-ups, soonest due first (overdue ones marked). */
export function openFollowUpsForOwner(ownerId: number, today: string, db: DbOrTx = getDb()): OpenFollowUp[] {
  return markOverdue(selectOpenFollowUps(db, eq(followUps.ownerId, ownerId)).all(), today);
}

const openFollowUpsOf = preparedPerConnection((db) =>
  selectOpenFollowUps(
    db,
    sql`${followUps.itemId} in (select ${agendaItemActivities.itemId} from ${agendaItemActivities} where ${agendaItemActivities.activityId} = ${sql.placeholder("activityId")})`,
  ).prepare(),
);

/** The open follow-ups of the items that concern an activity. */
export function openFollowUpsForActivity(activityId: number, today: string, db: Db = getDb()): OpenFollowUp[] {
  return markOverdue(openFollowUpsOf(db).all({ activityId }), today);
}

/** Every user who may own a follow-up (active users), for the owner select. */
export function followUpOwners(db: DbOrTx = getDb()) {
  return db.select({ id: users.id, name: users.name }).from(users).where(isNull(users.disabledAt)).orderBy(asc(users.name)).all();
}

/** Activities to link an item to, grouped by plan (newest plan first), for a select. */
export function linkableActivities(db: DbOrTx = getDb()) {
  const rows = db
    .select({ id: activities.id, title: activities.title, planId: plans.id, planName: plans.name })
    .from(activities)
    .innerJoin(plans, eq(plans.id, activities.planId))
    .orderBy(desc(plans.startsOn), asc(plans.name), asc(activities.title))
    .all();
  const groups: { plan: string; activities: { id: number; title: string }[] }[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (!group || group.plan !== row.planName) groups.push((group = { plan: row.planName, activities: [] }));
    group.activities.push({ id: row.id, title: row.title });
  }
  return groups;
}
