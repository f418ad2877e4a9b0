/**
 * The domain's enumerations, shared by the schema (CHECK constraints), the server (validation) and the UI.
 * Plain constants only: this module is safe in the browser bundle and in the database schema.
 */

export const ACTIVITY_STATUSES = ["idea", "planned", "active", "paused", "completed", "stopped"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const HEALTHS = ["green", "amber", "red"] as const;
export type Health = (typeof HEALTHS)[number];

/** LBF's four focus areas for 2019–26 plans, plus organisation-wide work. Order is the display order. */
export const FOCUS_AREA_CODES = ["education", "employment", "cohesion", "crime", "crosscutting"] as const;
export type FocusAreaCode = (typeof FOCUS_AREA_CODES)[number];

/** The four LBF fixes for its plans: a yearly report has a section for each, even an empty one. */
export const LBF_FOCUS_AREA_CODES = ["education", "employment", "cohesion", "crime"] as const satisfies readonly FocusAreaCode[];

export const AREA_CLASSIFICATIONS = ["transformation", "prevention", "vulnerable", "other"] as const;
export type AreaClassification = (typeof AREA_CLASSIFICATIONS)[number];

export const ORGANISATION_KINDS = ["housing", "municipality", "fund", "secretariat", "partner"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const FUNDING_SOURCE_KINDS = ["lbf", "municipality", "housing", "foundation", "other"] as const;
export type FundingSourceKind = (typeof FUNDING_SOURCE_KINDS)[number];

export const FUNDING_STAGES = ["prospect", "applied", "granted", "paid", "rejected"] as const;
export type FundingStage = (typeof FUNDING_STAGES)[number];

/** Stages whose money counts as secured. */
export const SECURED_STAGES = ["granted", "paid"] as const satisfies readonly FundingStage[];

/** Stages of an application still open: not yet applied for, or awaiting an answer. */
export const OPEN_STAGES = ["prospect", "applied"] as const satisfies readonly FundingStage[];

/** The stage whose money is in the pipeline: applied for, not yet decided. */
export const PIPELINE_STAGE = "applied" satisfies FundingStage;

export const FUNDING_STATES = ["funded", "partly", "unfunded"] as const;
export type FundingState = (typeof FUNDING_STATES)[number];

export const ROLES = ["admin", "manager", "board", "fundraiser"] as const;
export type Role = (typeof ROLES)[number];

export const INDICATOR_DIRECTIONS = ["higher", "lower"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_KINDS = ["cumulative", "per_period"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const FLAG_PRIORITIES = ["high", "medium", "low"] as const;
export type FlagPriority = (typeof FLAG_PRIORITIES)[number];

/** Who meets: the board (bestyrelsen), a steering group (styregruppe), or another body. */
export const MEETING_BODIES = ["board", "steering", "other"] as const;
export type MeetingBody = (typeof MEETING_BODIES)[number];

/** An agenda item's kind: beslutningspunkt, orienteringspunkt, drøftelsespunkt. */
export const AGENDA_ITEM_KINDS = ["decision", "information", "discussion"] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];
