/**
 * What a model says when a write cannot be done as asked. Models throw these; routes turn them into
 * HTTP answers (404, 409, or 400 beside a field), so models know nothing of HTTP.
 */

/** The record does not exist (or not where the caller looked for it). */
export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found`);
    this.name = "NotFoundError";
  }
}

/** Someone else changed the record since the caller read it: the version check failed. Nothing was written. */
export class VersionConflictError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} was changed by someone else`);
    this.name = "VersionConflictError";
  }
}

/** A value that must be unique is taken (an email, a source's name, a slug). */
export class DuplicateError extends Error {
  constructor(readonly field: string) {
    super(`${field} is taken`);
    this.name = "DuplicateError";
  }
}

/** The record is in a state that does not allow the change (e.g. an activity already has an open flag). */
export class StateConflictError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "StateConflictError";
  }
}

/** The change would leave other records behind (e.g. activities in an area their plan no longer covers). */
export class InUseError extends Error {
  constructor(
    readonly field: string,
    /** What is in the way, named for the person (e.g. activity titles). */
    readonly names: string[],
  ) {
    super(`${field} is in use by ${names.join(", ")}`);
    this.name = "InUseError";
  }
}

/** An activity would run in areas its plan does not cover. */
export class OutsidePlanError extends Error {
  constructor(
    /** The areas outside the plan, by name. */
    readonly names: string[],
  ) {
    super(`outside the plan: ${names.join(", ")}`);
    this.name = "OutsidePlanError";
  }
}
