import { redirect } from "@remix-run/node";

import { NotFoundError } from "../domain/errors";

/** Throws a Response (404 by default) unless the condition holds; the shared error boundary shows it. */
export function invariantResponse(condition: unknown, status = 404, message = "Not found"): asserts condition {
  if (!condition) throw new Response(message, { status });
}

/** A route's numeric id; anything that is not one is a 404, as no such thing exists. */
export function requireId(value: string | undefined): number {
  if (value === undefined || !/^[1-9]\d{0,14}$/.test(value)) throw new Response("Not found", { status: 404 });
  const id = Number(value);
  if (!Number.isSafeInteger(id)) throw new Response("Not found", { status: 404 });
  return id;
}

/**
 * What a route throws for an error a model raised: a missing record is a 404 like any other; anything else
 * is unexpected and goes on to the error log. (Conflicts and duplicates are answered beside the form.)
 */
export function httpError(error: unknown): unknown {
  if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
  return error;
}

/**
 * After a successful write: back to the page, which confirms what was saved (`?saved=<what>`, read by
 * `useSavedNotice`). The one success-notice convention of the app.
 */
export function redirectSaved(path: string, what: string, extra: Record<string, string> = {}) {
  const url = new URL(path, "http://overblik.invalid");
  url.searchParams.set("saved", what);
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return redirect(`${url.pathname}${url.search}${url.hash}`, 303);
}
