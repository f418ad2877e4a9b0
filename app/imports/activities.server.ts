import { ACTIVITY_STATUSES, type ActivityStatus, type FocusAreaCode } from "../domain/constants";
import { INITIAL_STATUSES, type InitialStatus } from "../domain/transitions";
import { ActivityCreateSchema, ActivityEditSchema, activityInputErrors, activityWriteOf } from "../forms/activity.server";
import { parseFormData } from "../forms/form.server";
import type { FormErrors } from "../forms/types";
import type { Lang } from "../i18n/i18n";
import { type AnyMessageKey, translateAny } from "../i18n/server-words.server";
import {
  activitiesById,
  type ActivityInput,
  type ActivityUpdate,
  changeActivity,
  checkActivityPlacement,
  insertActivity,
  type StoredActivity,
} from "../models/activity.server";
import { importReferences } from "../models/import.server";
import { can, mayWriteActivity, type PermissionUser, placedAreas } from "../utils/permissions";
import { ACTIVITY_COLUMNS } from "../views/activity-sheet.server";
import type { ImportColumn, ImportKind, KindPlan, MappedRow, RowError } from "./kind.server";
import { fieldErrors, isoDateOf, NameIndex, SeenIds, splitNames } from "./match.server";

/**
 * Activities from a spreadsheet: the columns of `/activities.csv` and `/activities.xlsx` (so an export
 * imports as it is), each row checked as the activity forms check a submission (decision 011: permission
 * first, then the form's schema, then the model's plan and area rules) and saved by the same model functions.
 */
type ActivityOp =
  { type: "create"; input: ActivityInput & { status: InitialStatus } } | { type: "update"; id: number; input: ActivityUpdate };

const EXPORTED = new Map(ACTIVITY_COLUMNS.map((c) => [c.key, c]));

function column(key: string, help: AnyMessageKey): ImportColumn {
  const exported = EXPORTED.get(key as (typeof ACTIVITY_COLUMNS)[number]["key"]);
  if (!exported) throw new Error(`no exported activity column ${key}`);
  return { key, headers: [exported.csv, exported.label], label: exported.label, type: exported.type, help };
}

const COLUMNS: ImportColumn[] = [
  column("id", "import.help.activity.id"),
  column("title", "import.help.activity.title"),
  column("focus", "import.help.activity.focus"),
  column("plan", "import.help.activity.plan"),
  column("areas", "import.help.activity.areas"),
  column("status", "import.help.activity.status"),
  column("startsOn", "import.help.date"),
  column("endsOn", "import.help.date"),
  column("budget", "import.help.activity.budget"),
  column("responsible", "import.help.text"),
  column("partners", "import.help.text"),
  column("purpose", "import.help.text"),
  column("targetGroup", "import.help.text"),
  column("content", "import.help.text"),
  column("version", "import.help.version"),
];

/** The form field a column fills, where the names differ. */
const FIELD_OF: Record<string, string> = { plan: "planId", areas: "areaIds" };
const COLUMN_OF_FIELD = new Map(COLUMNS.map((c) => [FIELD_OF[c.key] ?? c.key, c]));

const TEXT_FIELDS = ["title", "purpose", "targetGroup", "content", "partners", "responsible"] as const;

/** What the edit form would send for the activity as stored. */
function storedFields(a: StoredActivity): Record<string, string | string[]> {
  return {
    title: a.title,
    planId: String(a.planId),
    focus: a.focus,
    areaIds: a.areaIds.map(String),
    budget: String(a.budget),
    startsOn: a.startsOn ?? "",
    endsOn: a.endsOn ?? "",
    purpose: a.purpose,
    targetGroup: a.targetGroup,
    content: a.content,
    partners: a.partners,
    responsible: a.responsible,
  };
}

function formDataOf(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  const x = [...new Set(a)].sort((p, q) => p - q);
  const y = [...new Set(b)].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function isUnchanged(stored: StoredActivity, change: Omit<ActivityUpdate, "version">): boolean {
  return (
    TEXT_FIELDS.every((f) => change[f] === stored[f]) &&
    change.focus === stored.focus &&
    sameIds(change.areaIds, stored.areaIds) &&
    change.startsOn === stored.startsOn &&
    change.endsOn === stored.endsOn &&
    (change.planId ?? stored.planId) === stored.planId &&
    (change.budget ?? stored.budget) === stored.budget
  );
}

function statusNames(): NameIndex<ActivityStatus> {
  const index = new NameIndex<ActivityStatus>();
  for (const s of ACTIVITY_STATUSES) index.add(s, [s, translateAny("da", `status.${s}`), translateAny("en", `status.${s}`)]);
  return index;
}

/** Why a write the permission rules refuse is refused, said for the row (the decision itself is `mayWriteActivity`'s). */
function refusal(
  user: PermissionUser,
  line: number,
  stored: StoredActivity | null,
  write: ReturnType<typeof activityWriteOf>,
  areaName: (id: number) => string,
): RowError[] {
  if (stored && !can(user, "activity:edit", stored)) return [{ line, column: null, message: "import.error.notYourActivity" }];
  const placed = placedAreas(write).filter((id) => !can(user, "activity:place", { areaIds: [id] }));
  if (placed.length > 0) {
    return [{ line, column: "sheet.areas", message: "import.error.notYourAreas", params: { names: placed.map(areaName).join(", ") } }];
  }
  const errors: RowError[] = [];
  if (write.changesBudget) errors.push({ line, column: "sheet.budget", message: "import.error.budgetNotYours" });
  if (write.changesPlan) errors.push({ line, column: "sheet.plan", message: "import.error.planNotYours" });
  return errors.length > 0 ? errors : [{ line, column: null, message: "import.error.forbidden" }];
}

function plan(rows: MappedRow[], user: PermissionUser, lang: Lang): KindPlan<ActivityOp> {
  const refs = importReferences();
  const plans = new NameIndex<number>();
  for (const p of refs.plans) plans.add(p.id, [p.name, p.slug, String(p.id)]);
  const focus = new NameIndex<FocusAreaCode>();
  for (const f of refs.focusAreas) focus.add(f.code, [f.code, f.nameDa, f.nameEn]);
  const areas = new NameIndex<number>();
  for (const a of refs.areas) areas.add(a.id, [a.name, a.slug]);
  const areaName = (id: number) => refs.areas.find((a) => a.id === id)?.name ?? String(id);
  const statuses = statusNames();

  const ids = rows.map((r) => Number(r.values.id?.trim())).filter((n) => Number.isSafeInteger(n) && n > 0);
  const storedById = activitiesById(ids);
  const seen = new SeenIds();
  const out: KindPlan<ActivityOp> = { outcomes: [], errors: [] };
  // The model's plan and area rule, asked once for each combination a file holds (thousands of rows share a few).
  const placements = new Map<string, ReturnType<typeof activityInputErrors>>();
  const placement = (input: { planId: number; focus: FocusAreaCode; areaIds: number[] }) => {
    const key = JSON.stringify([input.planId, input.focus, [...input.areaIds].sort((a, b) => a - b)]);
    if (!placements.has(key)) {
      try {
        checkActivityPlacement(input);
        placements.set(key, null);
      } catch (error) {
        const problem = activityInputErrors(error);
        if (!problem) throw error;
        placements.set(key, problem);
      }
    }
    return placements.get(key) ?? null;
  };

  for (const { line, values } of rows) {
    const errors: RowError[] = [];
    const has = (key: string) => values[key] !== undefined;
    const text = (key: string) => values[key] ?? "";

    let stored: StoredActivity | null = null;
    const idText = text("id");
    if (idText !== "") {
      const id = /^\d{1,9}$/.test(idText) ? Number(idText) : Number.NaN;
      const found = storedById.get(id);
      if (!found) {
        out.errors.push({ line, column: "sheet.id", message: "import.error.unknownActivity", params: { id: idText } });
        continue;
      }
      const first = seen.firstLine(id, line);
      if (first !== null) {
        out.errors.push({ line, column: "sheet.id", message: "import.error.duplicateId", params: { id, first } });
        continue;
      }
      stored = found;
    }

    // Names in the file become the ids and codes the form sends; an unknown name is this row's error.
    const fields: Record<string, string | string[]> = stored ? storedFields(stored) : {};
    for (const key of [...TEXT_FIELDS, "budget"]) if (has(key)) fields[key] = text(key);
    for (const key of ["startsOn", "endsOn"]) if (has(key)) fields[key] = isoDateOf(text(key));
    const named = new Set<string>();
    if (has("plan") && text("plan") !== "") {
      const found = plans.find(text("plan"));
      if (found.ok) fields.planId = String(found.value);
      else {
        named.add("planId");
        errors.push({ line, column: "sheet.plan", message: `import.error.${found.reason}Plan`, params: { name: text("plan") } });
      }
    }
    if (has("focus") && text("focus") !== "") {
      const found = focus.find(text("focus"));
      if (found.ok) fields.focus = found.value;
      else {
        named.add("focus");
        errors.push({ line, column: "sheet.focus", message: "import.error.unknownFocus", params: { name: text("focus") } });
      }
    } else if (has("focus")) fields.focus = "";
    if (has("areas")) {
      const { found, unknown } = splitNames(text("areas"), areas);
      fields.areaIds = found.map(String);
      if (unknown.length > 0) {
        named.add("areaIds");
        errors.push({ line, column: "sheet.areas", message: "import.error.unknownAreas", params: { names: unknown.join(", ") } });
      }
    }
    let status: ActivityStatus | null = null;
    if (has("status") && text("status") !== "") {
      const found = statuses.find(text("status"));
      if (found.ok) status = found.value;
      else {
        named.add("status");
        errors.push({ line, column: "sheet.status", message: "import.error.unknownStatus", params: { name: text("status") } });
      }
    }
    if (stored) fields.version = text("version");
    else if (status) fields.status = status;

    const data = formDataOf(stored ? { intent: "update", ...fields } : fields);
    const edit = stored ? parseFormData(data, ActivityEditSchema) : null;
    const create = stored ? null : parseFormData(data, ActivityCreateSchema);
    const change = edit?.ok && edit.value.intent === "update" ? edit.value : null;
    const created = create?.ok ? create.value : null;
    const title = change?.title ?? created?.title ?? (text("title") || stored?.title || "");

    // A row that says what is stored already changes nothing, whoever sends it.
    if (stored && change && errors.length === 0 && (status === null || status === stored.status)) {
      const { intent: _intent, version: _version, ...fieldsOfRow } = change;
      if (isUnchanged(stored, fieldsOfRow)) {
        out.outcomes.push({ line, action: "unchanged", title: stored.title, id: stored.id });
        continue;
      }
    }

    // Who may write what is decided on what the row would write, before its values are judged (decision 011).
    const write = activityWriteOf(data, stored);
    if (!mayWriteActivity(user, write)) {
      out.errors.push(...refusal(user, line, stored, write, areaName));
      continue;
    }

    const form = edit ?? create;
    if (form && !form.ok) {
      const schemaErrors: FormErrors = Object.fromEntries(Object.entries(form.errors).filter(([field]) => !named.has(field)));
      // The form asks to reload a page for a missing version; a file is exported again instead.
      errors.push(
        ...fieldErrors(line, schemaErrors, (field) => COLUMN_OF_FIELD.get(field)).map((e) =>
          e.message === "form.version" ? { ...e, message: "import.error.version" as const } : e,
        ),
      );
    }
    if (stored && status !== null && status !== stored.status) {
      errors.push({
        line,
        column: "sheet.status",
        message: "import.error.statusChange",
        params: { status: translateAny(lang, `status.${stored.status}`) },
      });
    }
    const value = change ?? created;
    if (errors.length > 0 || !value) {
      out.errors.push(...errors);
      continue;
    }

    const problem = placement({ planId: value.planId ?? stored?.planId ?? 0, focus: value.focus, areaIds: value.areaIds });
    if (problem) {
      const names = problem.outside?.join(", ");
      out.errors.push(
        ...fieldErrors(line, problem.errors, (field) => COLUMN_OF_FIELD.get(field)).map((e) => (names ? { ...e, params: { names } } : e)),
      );
      continue;
    }

    if (change && stored) {
      const { intent: _intent, ...input } = change;
      if (stored.version !== input.version) {
        out.errors.push({
          line,
          column: "sheet.version",
          message: "import.error.changedSince",
          params: { file: String(input.version), stored: String(stored.version) },
        });
        continue;
      }
      out.outcomes.push({ line, action: "update", title, id: stored.id, op: { type: "update", id: stored.id, input } });
    } else if (created) {
      out.outcomes.push({ line, action: "create", title, op: { type: "create", input: created } });
    }
  }
  return out;
}

export const activitiesImport: ImportKind<ActivityOp> = {
  permission: "activity:create",
  label: "import.kind.activities",
  listPath: "/activities",
  recordPath: (id) => `/activities/${id}`,
  columns: COLUMNS,
  ignored: ACTIVITY_COLUMNS.filter((c) => !COLUMNS.some((k) => k.key === c.key)).flatMap((c) => [c.csv, c.label]),
  required: ["title", "focus", "plan", "areas", "status"],
  example: (user) => {
    const refs = importReferences();
    const mine = refs.areas.filter((a) => can(user, "activity:place", { areaIds: [a.id] }));
    // The newest plan that covers one of the user's areas.
    const planFor = [...refs.plans].reverse().find((p) => p.areaIds.some((id) => mine.some((a) => a.id === id)));
    const area = mine.find((a) => planFor?.areaIds.includes(a.id));
    return {
      title: "Lektiecafé i beboerhuset",
      focus: refs.focusAreas[0]?.nameDa ?? "",
      plan: planFor?.name ?? "",
      areas: area?.name ?? "",
      status: translateAny("da", "status.planned"),
      startsOn: planFor?.startsOn ?? null,
      endsOn: planFor?.endsOn ?? null,
      budget: can(user, "activity:budget") ? 250000 : null,
      responsible: "",
      partners: "",
      purpose: "",
      targetGroup: "",
      content: "",
    };
  },
  choices: (user, lang) => {
    const refs = importReferences();
    return {
      plan: refs.plans.map((p) => `${p.name} (${p.slug})`),
      focus: refs.focusAreas.map((f) => (lang === "da" ? f.nameDa : f.nameEn)),
      areas: refs.areas.filter((a) => can(user, "activity:place", { areaIds: [a.id] })).map((a) => a.name),
      status: INITIAL_STATUSES.map((s) => translateAny(lang, `status.${s}`)),
    };
  },
  plan,
  commit: (tx, rows, actorId) => {
    const result: ReturnType<ImportKind["commit"]> = { created: [], updated: [] };
    for (const { op, title } of rows) {
      if (op.type === "create") result.created.push({ ...insertActivity(tx, op.input, actorId), title });
      else result.updated.push({ ...changeActivity(tx, op.id, op.input, actorId), title });
    }
    return result;
  },
};
