import { parseWithZod } from "@conform-to/zod/v4";
import { json } from "@remix-run/node";
import type { z } from "zod";

import { isMessageKey, type MessageKey } from "../i18n/i18n";
import type { FormErrors, FormFailure, FormValues } from "./types";

/**
 * The one way an action reads a form. Conform's `parseWithZod` turns the form data into the schema's
 * shape on the server (repeated fields into arrays, empty fields into "not given") and validates it; the
 * result is either the typed value or the field errors, always with what was typed to show again.
 */
export type FormResult<T> = ({ ok: true; value: T } | { ok: false; errors: FormErrors }) & { values: FormValues };

/** No form of ours comes near this; a larger body is refused before it is read. */
const MAX_FORM_BYTES = 64 * 1024;

/** Reads a request's form body: 413 when too large for any form of ours, 400 when it is not a form. */
export async function readForm(request: Request, maxBytes = MAX_FORM_BYTES): Promise<FormData> {
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

type ParseOptions = {
  /** Fields never sent back to the page (passwords). */
  omit?: readonly string[];
  /** A smaller body limit for a form that is always small (sign-in). */
  maxBytes?: number;
};

/** Validates form data already read (e.g. after looking at its `intent`) with a form's schema. */
/**
 * Names Conform reserves for its browser-side intents and state, which our forms never send. Conform reads
 * them as JSON (or refuses a file under them) and throws on anything else, which answered a hostile form
 * with a 500; they are not fields of ours, so they are dropped before the form is parsed.
 */
const CONFORM_RESERVED = ["__intent__", "__state__"];

function withoutReserved(formData: FormData): FormData {
  if (!CONFORM_RESERVED.some((name) => formData.has(name))) return formData;
  const kept = new FormData();
  for (const [name, value] of formData) if (!CONFORM_RESERVED.includes(name)) kept.append(name, value);
  return kept;
}

export function parseFormData<S extends z.ZodType>(formData: FormData, schema: S, options: ParseOptions = {}): FormResult<z.output<S>> {
  const submission = parseWithZod(withoutReserved(formData), { schema });
  const values = typedValues(formData, options.omit);
  if (submission.status === "success") return { ok: true, value: submission.value, values };
  return { ok: false, errors: messageKeys(submission.error ?? {}), values };
}

/** Reads the request's form and validates it with the form's schema. */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: ParseOptions = {},
): Promise<FormResult<z.output<S>>> {
  return parseFormData(await readForm(request, options.maxBytes), schema, options);
}

/**
 * The page's answer to a refused form: its errors (plus any the server found after parsing, e.g. an
 * unknown area) and what was typed, with 400, or 409 for a conflict with someone else's change. A page
 * that shows more on a refusal (e.g. the other person's change) names it as `More`, on every answer alike.
 */
export function refuse<More extends object = Record<never, never>>(
  result: { values: FormValues; errors?: FormErrors },
  extra: FormErrors = {},
  status = 400,
  more?: Partial<More>,
) {
  const errors: FormErrors = { ...(result.errors ?? {}) };
  for (const [field, keys] of Object.entries(extra)) errors[field] = [...(errors[field] ?? []), ...(keys ?? [])];
  // TypeScript cannot follow a spread of a generic Partial<More>; the object is exactly this type.
  const body = { ...more, errors, values: result.values } as FormFailure & Partial<More>;
  return json(body, { status });
}

/** Field errors by top-level field name (`areaIds[2]` → `areaIds`), as catalogue keys. */
function messageKeys(error: Record<string, string[] | null>): FormErrors {
  const out: FormErrors = {};
  for (const [path, messages] of Object.entries(error)) {
    const field = path === "" ? "_form" : (path.split(/[.[]/)[0] ?? "_form");
    for (const message of messages ?? []) {
      const key: MessageKey = isMessageKey(message) ? message : "form.invalid";
      const list = (out[field] ??= []);
      if (!list.includes(key)) list.push(key);
    }
  }
  return out;
}

/** Everything typed, as strings (files and omitted fields left out); repeated fields as arrays. */
export function typedValues(formData: FormData, omit: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (omit.includes(name)) continue;
    const all = formData.getAll(name).filter((v): v is string => typeof v === "string");
    if (all.length === 0) continue;
    values[name] = all.length === 1 ? (all[0] as string) : all;
  }
  return values;
}
