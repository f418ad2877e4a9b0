import type { z } from "zod";

import type { MessageKey } from "../i18n/i18n";

/** Field errors keyed by field name, each a catalogue key so the form shows it in the user's language. */
export type FieldErrors = Partial<Record<string, MessageKey[]>>;

/**
 * Turns a zod error into per-field message keys. Schemas put catalogue keys in their messages
 * (`z.string().min(1, "form.required")`); anything else becomes a generic "invalid" for that field.
 */
export function fieldErrors(error: z.ZodError, isKey: (value: string) => value is MessageKey): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const key: MessageKey = isKey(issue.message) ? issue.message : "form.invalid";
    const list = errors[field] ?? [];
    if (!list.includes(key)) list.push(key);
    errors[field] = list;
  }
  return errors;
}

/** Reads a request's form body, refusing bodies too large for any form of ours. */
export async function readForm(request: Request, maxBytes = 64 * 1024): Promise<FormData> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > maxBytes) throw new Response("Payload too large", { status: 413 });
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    throw new Response("Bad request: expected a form", { status: 400 });
  }
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad request: the form could not be read", { status: 400 });
  }
}
