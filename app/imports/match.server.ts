import type { FormErrors } from "../forms/types";
import type { AnyMessageKey } from "../i18n/server-words.server";
import { isIsoDate } from "../utils/dates";
import { foldText } from "../utils/text";
import type { ImportColumn, RowError } from "./kind.server";

/** Text as compared when matching names: case, Danish letters, spacing and Unicode form do not matter. */
export function matchKey(value: string): string {
  return foldText(value).replace(/\s+/g, " ").trim();
}

export type Match<T> = { ok: true; value: T } | { ok: false; reason: "unknown" | "ambiguous" };

/** Things found by any of their names (name, slug, code, Danish or English), ignoring case. */
export class NameIndex<T> {
  private readonly byName = new Map<string, T[]>();

  constructor(private readonly same: (a: T, b: T) => boolean = (a, b) => a === b) {}

  add(value: T, names: readonly (string | null | undefined)[]): this {
    for (const name of names) {
      if (!name) continue;
      const key = matchKey(name);
      const list = this.byName.get(key) ?? [];
      if (!list.some((v) => this.same(v, value))) list.push(value);
      this.byName.set(key, list);
    }
    return this;
  }

  find(text: string): Match<T> {
    const found = this.byName.get(matchKey(text)) ?? [];
    if (found.length === 1) return { ok: true, value: found[0] as T };
    return { ok: false, reason: found.length === 0 ? "unknown" : "ambiguous" };
  }
}

/**
 * A date as a spreadsheet writes it, as the ISO date the forms take: `2026-06-15` as it is, and the Danish
 * order `15-06-2026`, `15.6.2026` or `15/06/2026` (day first, as Danish Excel writes dates in a CSV). Anything
 * else is passed on unchanged for the form's own date rule to refuse.
 */
export function isoDateOf(text: string): string {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value);
  if (danish) {
    const iso = `${danish[3]}-${(danish[2] ?? "").padStart(2, "0")}-${(danish[1] ?? "").padStart(2, "0")}`;
    if (isIsoDate(iso)) return iso;
  }
  return value;
}

/** Several names in one cell: separated by `;` (as the exports write them) or, failing that, by `,`. */
export function splitNames<T>(text: string, index: NameIndex<T>): { found: T[]; unknown: string[] } {
  const found: T[] = [];
  const unknown: string[] = [];
  for (const part of text.split(";")) {
    const name = part.trim();
    if (name === "") continue;
    const whole = index.find(name);
    if (whole.ok) {
      found.push(whole.value);
      continue;
    }
    const pieces = name
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const each = pieces.map((p) => index.find(p));
    if (pieces.length > 1 && each.every((m) => m.ok)) {
      for (const m of each) if (m.ok) found.push(m.value);
    } else unknown.push(name);
  }
  return { found, unknown };
}

/** A form's field errors as row errors, each named by the column the field came from. */
export function fieldErrors(line: number, errors: FormErrors, columnOf: (field: string) => ImportColumn | undefined): RowError[] {
  const out: RowError[] = [];
  for (const [field, messages] of Object.entries(errors)) {
    const column = columnOf(field)?.label ?? null;
    for (const message of messages ?? []) out.push({ line, column, message: message as AnyMessageKey });
  }
  return out;
}

/** One id per row: a second row with the same id is an error naming the first. */
export class SeenIds {
  private readonly lines = new Map<number, number>();

  firstLine(id: number, line: number): number | null {
    const first = this.lines.get(id);
    if (first !== undefined) return first;
    this.lines.set(id, line);
    return null;
  }
}
