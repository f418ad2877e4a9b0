import crypto from "node:crypto";

import type { ErrorRequestHandler } from "express";

/** Twelve hex digits: short enough to read out over the phone, unique enough for a log. */
export function newRequestId(): string {
  return crypto.randomBytes(6).toString("hex");
}

/** One line to grep for: the request id first, then what was asked, then the error with its stack. */
export function logUnexpectedError(requestId: string | undefined, what: string, error: unknown): void {
  console.error(`Unexpected error [request ${requestId ?? "-"}] ${what}:`, error);
}

function statusOf(error: unknown): number {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const candidate = typeof status === "number" ? status : statusCode;
  return typeof candidate === "number" && Number.isInteger(candidate) && candidate >= 400 && candidate <= 599 ? candidate : 500;
}

/** Plain text in Danish and English; never the error's message, stack or a file path. */
function plainErrorText(status: number, requestId: string): string {
  if (status === 400) {
    return "Ugyldig adresse eller forespørgsel.\nInvalid address or request.\n";
  }
  if (status < 500) {
    return `Forespørgslen kunne ikke behandles (${status}).\nThe request could not be handled (${status}).\n`;
  }
  return `Der skete en fejl hos os. Fejl-id: ${requestId}\nSomething went wrong on our side. Error id: ${requestId}\n`;
}

/**
 * The last Express error handler. Express's own shows the stack (with file paths) unless NODE_ENV is
 * production; this one never does. A malformed URL (`/%FF`) is the client's fault: 400, not logged.
 */
export const plainErrorHandler: ErrorRequestHandler = (error, req, res, next) => {
  const status = statusOf(error);
  const requestId = String(res.locals.requestId ?? "-");
  if (status >= 500) logUnexpectedError(requestId, `${req.method} ${req.path}`, error);
  // Too late for a status line: let Express end the connection.
  if (res.headersSent) return next(error);
  res.status(status).type("text/plain; charset=utf-8").set("Cache-Control", "private, no-store").send(plainErrorText(status, requestId));
};
