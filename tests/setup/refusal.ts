import type { FormFailure } from "../../app/forms/types";
import type { MessageParams } from "../../app/i18n/i18n";
import { type AnyMessageKey, translateAny } from "../../app/i18n/server-words.server";
import type { RouteResult } from "./route-harness";

/**
 * The body of a refused form (400, 401, 409, 429; see `refuse` in app/forms/form.server.ts): the catalogue
 * keys per field (`_form` for the form as a whole), what was typed, and whatever more the page sends
 * (e.g. a 409's `conflict`). Throws when the answer is not a refusal, so a test reads it plainly:
 *
 *   const { errors, values } = refusal(res);
 *   expect(errors.amount).toEqual(["form.kroner.negative"]);
 */
export function refusal<More extends object = Record<never, never>>(res: RouteResult): FormFailure & Partial<More> {
  const data = res.data as Partial<FormFailure> | null;
  if (typeof data !== "object" || data === null || typeof data.errors !== "object" || typeof data.values !== "object") {
    throw new Error(`not a refused form (${res.status}): ${res.text.slice(0, 300)}`);
  }
  return data as FormFailure & Partial<More>;
}

/** A catalogue message in Danish, as the page shows it (beside its field, or in the summary). */
export function danish(key: AnyMessageKey, params?: MessageParams): string {
  return translateAny("da", key, params);
}

/**
 * One row's problem as the import preview shows it and the tests read it: "3 Budget (kr.) <message>", the
 * column's name ("-" for the row as a whole) and the message, in Danish.
 */
export function shown(line: number, column: AnyMessageKey | null, message: AnyMessageKey, params?: MessageParams): string {
  return `${line} ${column ? danish(column) : "-"} ${danish(message, params)}`;
}
