import type { MessageKey } from "../i18n/i18n";

/**
 * What a refused form sends back to its page: per-field message keys (shown beside the fields in the
 * reader's language; `_form` for the form as a whole) and everything that was typed, to show again.
 * Plain types only: components import this, so it must stay free of server code and zod.
 */
export type FormErrors = Partial<Record<string, MessageKey[]>>;
export type FormValues = Record<string, string | string[]>;
export type FormFailure = { errors: FormErrors; values: FormValues };

/** A typed value to show again in a text input, select or textarea ("" when none). */
export function formValue(values: FormValues | undefined, name: string, fallback = ""): string {
  const value = values?.[name];
  if (typeof value === "string") return value;
  return Array.isArray(value) ? (value[0] ?? fallback) : fallback;
}

/** The values of a repeated field (checkboxes), to tick again. */
export function formValues(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name];
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? [value] : [];
}
