import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import {
  ACTIVITY_STATUSES,
  AGENDA_ITEM_KINDS,
  AREA_CLASSIFICATIONS,
  FLAG_PRIORITIES,
  FOCUS_AREA_CODES,
  FUNDING_SOURCE_KINDS,
  FUNDING_STAGES,
  HEALTHS,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  MEETING_BODIES,
  ORGANISATION_KINDS,
  ROLES,
} from "../app/domain/constants";

/** `'a','b','c'` for a CHECK constraint; the values are our own constants, never user input. */
function inList(values: readonly string[]) {
  return sql.raw(values.map((v) => `'${v}'`).join(","));
}

const timestamp = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull().unique(),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    /** What the organisation does here, in both languages (shown on /organisation). */
    descriptionDa: text("description_da").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    /** When it took up or ended its role here (e.g. a secretariat merged into the city-wide one); null when not known. */
    startedOn: text("started_on"),
    endedOn: text("ended_on"),
  },
  (t) => [check("organisations_kind_check", sql`${t.kind} in (${inList(ORGANISATION_KINDS)})`)],
);

export const areas = sqliteTable(
  "areas",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    /** Residents, for per-1,000 comparisons; null when not known. */
    residents: integer("residents"),
    homes: integer("homes"),
    /** Number of housing sections (afdelinger). */
    housingSections: integer("housing_sections"),
    classification: text("classification", { enum: AREA_CLASSIFICATIONS }).notNull(),
    descriptionDa: text("description_da").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    /** Bumped on every edit, so a second writer is told. */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check("areas_slug_check", sql`${t.slug} <> '' and ${t.slug} not glob '*[^a-z0-9-]*'`),
    check("areas_classification_check", sql`${t.classification} in (${inList(AREA_CLASSIFICATIONS)})`),
    check("areas_residents_check", sql`${t.residents} is null or ${t.residents} >= 0`),
    check("areas_homes_check", sql`${t.homes} is null or ${t.homes} >= 0`),
    check("areas_sections_check", sql`${t.housingSections} is null or ${t.housingSections} >= 0`),
  ],
);

/** Which housing organisations own homes in an area. */
export const areaOrganisations = sqliteTable(
  "area_organisations",
  {
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.organisationId] })],
);

export const focusAreas = sqliteTable(
  "focus_areas",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code", { enum: FOCUS_AREA_CODES }).notNull().unique(),
    nameDa: text("name_da").notNull(),
    nameEn: text("name_en").notNull(),
    sortOrder: integer("sort_order").notNull(),
  },
  (t) => [check("focus_areas_code_check", sql`${t.code} in (${inList(FOCUS_AREA_CODES)})`)],
);

export const plans = sqliteTable(
  "plans",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    version: integer("version").notNull().default(1),
  },
  // The slug's form (as for areas) is checked by the form: a CHECK added later would rebuild the table.
  (t) => [check("plans_period_check", sql`${t.endsOn} >= ${t.startsOn}`)],
);

export const planAreas = sqliteTable(
  "plan_areas",
  {
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.areaId] })],
);

export const activities = sqliteTable(
  "activities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "restrict" }),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    purpose: text("purpose").notNull().default(""),
    targetGroup: text("target_group").notNull().default(""),
    content: text("content").notNull().default(""),
    partners: text("partners").notNull().default(""),
    responsible: text("responsible").notNull().default(""),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    /** Whole kroner. */
    budget: integer("budget").notNull().default(0),
    status: text("status", { enum: ACTIVITY_STATUSES }).notNull(),
    health: text("health", { enum: HEALTHS }).notNull(),
    healthReason: text("health_reason").notNull().default(""),
    /** Bumped on every write, so a second writer can be told the activity changed under them. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
    updatedAt: timestamp("updated_at"),
  },
  (t) => [
    check("activities_title_check", sql`length(trim(${t.title})) > 0`),
    check("activities_budget_check", sql`${t.budget} >= 0`),
    check("activities_status_check", sql`${t.status} in (${inList(ACTIVITY_STATUSES)})`),
    check("activities_health_check", sql`${t.health} in (${inList(HEALTHS)})`),
    check("activities_period_check", sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check("activities_version_check", sql`${t.version} >= 1`),
    index("activities_plan_idx").on(t.planId),
    // The activity list filtered by focus area and status counts its matches from this index alone, and
    // reads a page of them in its order (title) without sorting them all.
    index("activities_focus_status_idx").on(t.focusAreaId, t.status, t.title),
    index("activities_status_idx").on(t.status),
    // The board pack's red and amber list.
    index("activities_health_idx").on(t.health, t.status),
  ],
);

export const activityAreas = sqliteTable(
  "activity_areas",
  {
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.areaId] }), index("activity_areas_area_idx").on(t.areaId)],
);

/** Append-only: a correction is a new row, never an edit. Triggers in the migration refuse UPDATE and DELETE. */
export const statusUpdates = sqliteTable(
  "status_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "restrict" }),
    status: text("status", { enum: ACTIVITY_STATUSES }).notNull(),
    health: text("health", { enum: HEALTHS }).notNull(),
    healthReason: text("health_reason").notNull().default(""),
    note: text("note").notNull().default(""),
    reportedOn: text("reported_on").notNull(),
    /** Who reported it, as shown in the timeline; a user id joins this once accounts exist. */
    reportedBy: text("reported_by").notNull(),
    /** The signed-in user who reported it; null for seeded history. */
    userId: integer("user_id").references((): AnySQLiteColumn => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    check("status_updates_status_check", sql`${t.status} in (${inList(ACTIVITY_STATUSES)})`),
    check("status_updates_health_check", sql`${t.health} in (${inList(HEALTHS)})`),
    check("status_updates_note_check", sql`length(${t.note}) <= 2000`),
    index("status_updates_activity_idx").on(t.activityId, t.reportedOn),
    // "Changes since the last meeting" (the board pack) starts from the updates of a period.
    index("status_updates_reported_idx").on(t.reportedOn),
  ],
);

export const fundingSources = sqliteTable(
  "funding_sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull().unique(),
    kind: text("kind", { enum: FUNDING_SOURCE_KINDS }).notNull(),
    /** Counts toward LBF's 25 % local co-financing rule (municipality, housing organisations, or as an admin decides). */
    countsAsLocal: integer("counts_as_local", { mode: "boolean" }).notNull().default(false),
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [check("funding_sources_kind_check", sql`${t.kind} in (${inList(FUNDING_SOURCE_KINDS)})`)],
);

export const fundingLines = sqliteTable(
  "funding_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => fundingSources.id, { onDelete: "restrict" }),
    year: integer("year").notNull(),
    /** Whole kroner. */
    amount: integer("amount").notNull(),
    stage: text("stage", { enum: FUNDING_STAGES }).notNull(),
    deadline: text("deadline"),
    /** When an answer to an application is expected (optional; shown while the line is applied). */
    expectedAnswerOn: text("expected_answer_on"),
    decidedOn: text("decided_on"),
    /**
     * Links the lines of one application over several years (one line a year): the id of the application's
     * first line, which stays its key even after that line is withdrawn (ids are never reused). Null for a
     * line on its own. See docs/decisions/015-multi-year-applications.md.
     */
    applicationId: integer("application_id"),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
    updatedAt: timestamp("updated_at"),
  },
  (t) => [
    index("funding_lines_application_idx").on(t.applicationId),
    check("funding_lines_amount_check", sql`${t.amount} >= 0`),
    check("funding_lines_year_check", sql`${t.year} between 2000 and 2100`),
    check("funding_lines_stage_check", sql`${t.stage} in (${inList(FUNDING_STAGES)})`),
    index("funding_lines_activity_idx").on(t.activityId, t.stage),
    index("funding_lines_source_idx").on(t.sourceId),
    // /funding's open lines (prospects and applications awaiting an answer).
    index("funding_lines_stage_idx").on(t.stage),
  ],
);

export type Activity = typeof activities.$inferSelect;
export type Area = typeof areas.$inferSelect;
export type FocusArea = typeof focusAreas.$inferSelect;
export type Plan = typeof plans.$inferSelect;

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stored lower-cased, so sign-in is case-insensitive. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** `scrypt$N$r$p$salt$hash`, see app/utils/password.server.ts. */
    passwordHash: text("password_hash").notNull(),
    disabledAt: text("disabled_at"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
    updatedAt: timestamp("updated_at"),
  },
  (t) => [
    check("users_role_check", sql`${t.role} in (${inList(ROLES)})`),
    check("users_email_check", sql`${t.email} = lower(${t.email}) and ${t.email} like '%_@_%'`),
  ],
);

/** The areas a programme manager manages. */
export const userAreas = sqliteTable(
  "user_areas",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.areaId] }), index("user_areas_area_idx").on(t.areaId)],
);

/** Server-side sessions; the cookie holds only the (signed) random id, stored here as a SHA-256 hash. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at"),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed sign-ins, and attempts whose password is being checked, for throttling; successful ones are removed. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    address: text("address").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("login_failures_email_idx").on(t.email, t.at), index("login_failures_address_idx").on(t.address, t.at)],
);

/** Who changed what, when, from what to what: one row per write, in the write's own transaction. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: timestamp("at"),
    /** Null for writes made by the system (seed, command line without a user). Users are disabled, never deleted. */
    userId: integer("user_id").references(() => users.id, { onDelete: "restrict" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_user_idx").on(t.userId),
    index("audit_log_at_idx").on(t.at),
  ],
);

/** Facts about this database itself, e.g. whether it holds the demo portfolio. */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** A target an activity reports against (måltal). Strictly numeric. */
export const indicators = sqliteTable(
  "indicators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    baseline: real("baseline").notNull(),
    target: real("target").notNull(),
    direction: text("direction", { enum: INDICATOR_DIRECTIONS }).notNull(),
    kind: text("kind", { enum: INDICATOR_KINDS }).notNull(),
    /** A retired indicator keeps its history but takes no new actuals and counts in no progress figure. */
    retiredOn: text("retired_on"),
    /** The shared indicator (fælles indikator) its figures add up to across activities and areas; null when none. */
    sharedIndicatorId: integer("shared_indicator_id").references((): AnySQLiteColumn => sharedIndicators.id, { onDelete: "restrict" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    check("indicators_name_check", sql`length(trim(${t.name})) > 0`),
    check("indicators_direction_check", sql`${t.direction} in (${inList(INDICATOR_DIRECTIONS)})`),
    check("indicators_kind_check", sql`${t.kind} in (${inList(INDICATOR_KINDS)})`),
    index("indicators_activity_idx").on(t.activityId),
    index("indicators_shared_idx").on(t.sharedIndicatorId),
  ],
);

/** An indicator's value for a period, reported with a status update (and as append-only as it). */
export const indicatorActuals = sqliteTable(
  "indicator_actuals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "restrict" }),
    statusUpdateId: integer("status_update_id")
      .notNull()
      .references(() => statusUpdates.id, { onDelete: "restrict" }),
    value: real("value").notNull(),
  },
  (t) => [
    uniqueIndex("indicator_actuals_update_unique").on(t.statusUpdateId, t.indicatorId),
    index("indicator_actuals_indicator_idx").on(t.indicatorId),
  ],
);

export const milestones = sqliteTable(
  "milestones",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueOn: text("due_on").notNull(),
    doneOn: text("done_on"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
  },
  (t) => [check("milestones_title_check", sql`length(trim(${t.title})) > 0`), index("milestones_activity_idx").on(t.activityId, t.dueOn)],
);

/** A fundraiser's mark that an activity needs external money; resolved, not deleted. */
export const fundraisingFlags = sqliteTable(
  "fundraising_flags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    priority: text("priority", { enum: FLAG_PRIORITIES }).notNull(),
    note: text("note").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at"),
    resolvedAt: text("resolved_at"),
    resolvedBy: integer("resolved_by").references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [
    check("fundraising_flags_priority_check", sql`${t.priority} in (${inList(FLAG_PRIORITIES)})`),
    check("fundraising_flags_note_check", sql`length(${t.note}) <= 1000`),
    // At most one open flag per activity.
    index("fundraising_flags_activity_idx").on(t.activityId),
    uniqueIndex("fundraising_flags_open_unique")
      .on(t.activityId)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

/**
 * A change to an indicator's definition, shown on its activity's timeline: an edit (a new baseline or target
 * needs a reason) or its retirement. Append-only, like the status updates it sits among.
 */
export const indicatorRevisions = sqliteTable(
  "indicator_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: ["edit", "retire"] }).notNull(),
    /** The Copenhagen date of the change, for the timeline. */
    changedOn: text("changed_on").notNull(),
    changedBy: text("changed_by").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "restrict" }),
    reason: text("reason").notNull().default(""),
    /** The changed fields, before and after. */
    before: text("before", { mode: "json" }).notNull(),
    after: text("after", { mode: "json" }).notNull(),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    check("indicator_revisions_kind_check", sql`${t.kind} in ('edit', 'retire')`),
    check("indicator_revisions_reason_check", sql`length(${t.reason}) <= 1000`),
    index("indicator_revisions_indicator_idx").on(t.indicatorId, t.changedOn),
  ],
);

/** A meeting of the board (bestyrelsesmøde), a steering group (styregruppemøde) or another body. */
export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    body: text("body", { enum: MEETING_BODIES }).notNull(),
    heldOn: text("held_on").notNull(),
    /** When the date is not known exactly (old minutes often give none): what is known, shown beside it. */
    dateNote: text("date_note").notNull().default(""),
    title: text("title").notNull(),
    place: text("place").notNull().default(""),
    /** Whether the previous meeting's minutes were approved at this one; null when not recorded. */
    previousMinutesApproved: integer("previous_minutes_approved", { mode: "boolean" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    check("meetings_body_check", sql`${t.body} in (${inList(MEETING_BODIES)})`),
    check("meetings_title_check", sql`length(trim(${t.title})) > 0`),
    index("meetings_held_on_idx").on(t.heldOn),
  ],
);

/** An item on a meeting's agenda, numbered within the meeting, with its outcome. */
export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "restrict" }),
    number: integer("number").notNull(),
    kind: text("kind", { enum: AGENDA_ITEM_KINDS }).notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    outcome: text("outcome").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    check("agenda_items_kind_check", sql`${t.kind} in (${inList(AGENDA_ITEM_KINDS)})`),
    check("agenda_items_number_check", sql`${t.number} >= 1`),
    uniqueIndex("agenda_items_meeting_number_unique").on(t.meetingId, t.number),
  ],
);

/** The activities an agenda item concerns. */
export const agendaItemActivities = sqliteTable(
  "agenda_item_activities",
  {
    itemId: integer("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.activityId] }), index("agenda_item_activities_activity_idx").on(t.activityId)],
);

/** Something an agenda item asks someone to do, by a date; done (or reopened) later. */
export const followUps = sqliteTable(
  "follow_ups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: integer("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "restrict" }),
    what: text("what").notNull(),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    dueOn: text("due_on").notNull(),
    doneOn: text("done_on"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    check("follow_ups_what_check", sql`length(trim(${t.what})) > 0`),
    index("follow_ups_item_idx").on(t.itemId),
    index("follow_ups_owner_idx").on(t.ownerId, t.doneOn),
  ],
);

/**
 * An uploaded spreadsheet waiting for its uploader to confirm the preview (`/import`): the cells as read,
 * kept for an hour for that user only, then removed. After the import is saved, `result` says what it did.
 */
export const stagedImports = sqliteTable(
  "staged_imports",
  {
    /** Random and unguessable (128 bits, hex): it travels in the confirm form. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** What the rows are (`activities`, `funding`, …): checked by the code, so a new kind needs no migration. */
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    /** The sheet as read: its header and its rows of cells as text, each with its spreadsheet row number. */
    sheet: text("sheet", { mode: "json" }).notNull(),
    createdAt: timestamp("created_at"),
    expiresAt: text("expires_at").notNull(),
    committedAt: text("committed_at"),
    /** What the saved import created and updated. */
    result: text("result", { mode: "json" }),
  },
  (t) => [index("staged_imports_user_idx").on(t.userId), index("staged_imports_expires_idx").on(t.expiresAt)],
);

/**
 * What area statistics measure (e.g. one of the four criteria of almenboligloven § 61 a): a figure that
 * describes an area per year, beside (never mixed with) what the activities report. `code` is how a
 * spreadsheet row names it.
 */
export const measures = sqliteTable(
  "measures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull().unique(),
    nameDa: text("name_da").notNull(),
    nameEn: text("name_en").notNull(),
    /** As shown after a value: `%`, `kr.`; language-neutral (the names say what it is a share of). */
    unit: text("unit").notNull(),
    /** Which way is better: `lower` for the share outside work, `higher` for income. */
    direction: text("direction", { enum: INDICATOR_DIRECTIONS }).notNull(),
    /** The value at which the criterion is met (on the worse side of it); null when the measure has none. */
    threshold: real("threshold"),
    /** Whether a value equal to the threshold meets the criterion too (the law's "mindst", not "overstiger"). */
    thresholdInclusive: integer("threshold_inclusive", { mode: "boolean" }).notNull().default(false),
    /** Where the threshold comes from, e.g. "Almenboligloven § 61 a, stk. 1, nr. 1". */
    thresholdSource: text("threshold_source").notNull().default(""),
    descriptionDa: text("description_da").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(100),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check("measures_code_check", sql`${t.code} <> '' and ${t.code} not glob '*[^a-z0-9-]*'`),
    check("measures_name_check", sql`length(trim(${t.nameDa})) > 0 and length(trim(${t.nameEn})) > 0`),
    check("measures_direction_check", sql`${t.direction} in (${inList(INDICATOR_DIRECTIONS)})`),
  ],
);

/** One figure: a measure's value for an area in a year, with its source (and the date of the figure, when known). */
export const areaStatistics = sqliteTable(
  "area_statistics",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "restrict" }),
    year: integer("year").notNull(),
    value: real("value").notNull(),
    /** Who published the figure, e.g. "Danmarks Statistik" or the ministry's list of 1 December. */
    source: text("source").notNull(),
    /** When the figure was published or fetched (ISO date); null when not known. */
    sourceDate: text("source_date"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
    updatedAt: timestamp("updated_at"),
  },
  (t) => [
    check("area_statistics_year_check", sql`${t.year} between 1990 and 2100`),
    check("area_statistics_source_check", sql`length(trim(${t.source})) > 0`),
    uniqueIndex("area_statistics_unique").on(t.areaId, t.measureId, t.year),
    index("area_statistics_measure_idx").on(t.measureId, t.year),
  ],
);

/**
 * A common indicator (fælles indikator) of a focus area, e.g. "beboere i job eller uddannelse efter forløb":
 * activities' own indicators link to it, and their figures add up per area.
 */
export const sharedIndicators = sqliteTable(
  "shared_indicators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "restrict" }),
    nameDa: text("name_da").notNull(),
    nameEn: text("name_en").notNull(),
    /** A linked indicator must count in the same unit and kind, so that the figures can be added up. */
    unit: text("unit").notNull(),
    kind: text("kind", { enum: INDICATOR_KINDS }).notNull(),
    descriptionDa: text("description_da").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    check("shared_indicators_name_check", sql`length(trim(${t.nameDa})) > 0 and length(trim(${t.nameEn})) > 0`),
    check("shared_indicators_kind_check", sql`${t.kind} in (${inList(INDICATOR_KINDS)})`),
    uniqueIndex("shared_indicators_name_unique").on(t.nameDa),
  ],
);

/** LBF's yearly status report: the narrative an administrator writes per plan, year and focus area. */
export const reportNarratives = sqliteTable(
  "report_narratives",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "restrict" }),
    text: text("text").notNull(),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "restrict" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
    updatedAt: timestamp("updated_at"),
  },
  (t) => [
    check("report_narratives_year_check", sql`${t.year} between 2000 and 2100`),
    check("report_narratives_text_check", sql`length(${t.text}) <= 10000`),
    uniqueIndex("report_narratives_unique").on(t.planId, t.year, t.focusAreaId),
  ],
);
