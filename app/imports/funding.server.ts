import { FUNDING_STAGES, type FundingStage } from "../domain/constants";
import { parseFormData } from "../forms/form.server";
import { fundingLineProblems, FundingLineSchema, planYears } from "../forms/funding.server";
import { type MessageKey, translate } from "../i18n/i18n";
import {
  changeFundingLine,
  type FundingLineExportRow,
  type FundingLineInput,
  insertFundingLine,
  listFundingLinesForExport,
} from "../models/funding.server";
import { importReferences } from "../models/import.server";
import { FUNDING_LINE_COLUMNS } from "../views/funding-sheet.server";
import type { ImportColumn, ImportKind, KindPlan, MappedRow, RowError } from "./kind.server";
import { fieldErrors, isoDateOf, NameIndex, SeenIds } from "./match.server";

/**
 * Funding lines from a spreadsheet: the columns of `/funding/lines.csv` and `.xlsx`, each row checked as the
 * funding line form checks a submission (its schema, a known source, a year inside the activity's plan) and
 * saved by the same model functions.
 */
type FundingOp =
  | { type: "create"; activityId: number; input: FundingLineInput }
  | { type: "update"; activityId: number; lineId: number; input: FundingLineInput & { version: number } };

const EXPORTED = new Map(FUNDING_LINE_COLUMNS.map((c) => [c.key, c]));

function column(key: string, help: MessageKey): ImportColumn {
  const exported = EXPORTED.get(key as (typeof FUNDING_LINE_COLUMNS)[number]["key"]);
  if (!exported) throw new Error(`no exported funding line column ${key}`);
  return { key, headers: [exported.csv, exported.label], label: exported.label, type: exported.type, help };
}

const COLUMNS: ImportColumn[] = [
  column("id", "import.help.line.id"),
  column("activityId", "import.help.line.activityId"),
  column("activity", "import.help.line.activity"),
  column("source", "import.help.line.source"),
  column("year", "import.help.line.year"),
  column("amount", "import.help.line.amount"),
  column("stage", "import.help.line.stage"),
  column("deadline", "import.help.date"),
  column("decidedOn", "import.help.date"),
  column("note", "import.help.text"),
  column("version", "import.help.version"),
];

const FIELD_OF: Record<string, string> = { source: "sourceId", id: "lineId" };
const COLUMN_OF_FIELD = new Map(COLUMNS.map((c) => [FIELD_OF[c.key] ?? c.key, c]));

function storedFields(l: FundingLineExportRow): Record<string, string> {
  return {
    sourceId: String(l.sourceId),
    year: String(l.year),
    amount: String(l.amount),
    stage: l.stage,
    deadline: l.deadline ?? "",
    decidedOn: l.decidedOn ?? "",
    note: l.note,
  };
}

function isUnchanged(stored: FundingLineExportRow, line: FundingLineInput): boolean {
  return (
    line.sourceId === stored.sourceId &&
    line.year === stored.year &&
    line.amount === stored.amount &&
    line.stage === stored.stage &&
    line.deadline === stored.deadline &&
    line.decidedOn === stored.decidedOn &&
    line.note === stored.note
  );
}

function plan(rows: MappedRow[]): KindPlan<FundingOp> {
  const refs = importReferences();
  const activities = new NameIndex<number>();
  for (const a of refs.activities) activities.add(a.id, [a.title]);
  const activityById = new Map(refs.activities.map((a) => [a.id, a]));
  const yearsOfPlan = new Map(refs.plans.map((p) => [p.id, planYears(p)]));
  const sources = new NameIndex<number>();
  for (const s of refs.sources) sources.add(s.id, [s.name]);
  const sourceIds = refs.sources.map((s) => s.id);
  const stages = new NameIndex<FundingStage>();
  for (const s of FUNDING_STAGES) stages.add(s, [s, translate("da", `stage.${s}`), translate("en", `stage.${s}`)]);

  const ids = rows.map((r) => Number(r.values.id?.trim())).filter((n) => Number.isSafeInteger(n) && n > 0);
  const storedById = new Map(listFundingLinesForExport({ ids }).map((l) => [l.id, l]));
  const seen = new SeenIds();
  const out: KindPlan<FundingOp> = { outcomes: [], errors: [] };

  for (const { line, values } of rows) {
    const errors: RowError[] = [];
    const has = (key: string) => values[key] !== undefined && values[key] !== "";
    const text = (key: string) => values[key] ?? "";

    let stored: FundingLineExportRow | null = null;
    if (has("id")) {
      const id = /^\d{1,9}$/.test(text("id")) ? Number(text("id")) : Number.NaN;
      const found = storedById.get(id);
      if (!found) {
        out.errors.push({ line, column: "sheet.id", message: "import.error.unknownLine", params: { id: text("id") } });
        continue;
      }
      const first = seen.firstLine(id, line);
      if (first !== null) {
        out.errors.push({ line, column: "sheet.id", message: "import.error.duplicateId", params: { id, first } });
        continue;
      }
      stored = found;
    }

    // The activity: by its id, else by its title, else (for a change) the line's own.
    let activityId: number | null = stored?.activityId ?? null;
    if (has("activityId")) {
      const id = /^\d{1,9}$/.test(text("activityId")) ? Number(text("activityId")) : Number.NaN;
      activityId = activityById.has(id) ? id : null;
      if (activityId === null) {
        errors.push({ line, column: "sheet.activityId", message: "import.error.unknownActivity", params: { id: text("activityId") } });
      }
    } else if (has("activity")) {
      const found = activities.find(text("activity"));
      activityId = found.ok ? found.value : null;
      if (!found.ok) {
        const message = found.reason === "unknown" ? "import.error.unknownActivityTitle" : "import.error.ambiguousActivity";
        errors.push({ line, column: "sheet.activity", message, params: { name: text("activity") } });
      }
    } else if (!stored) {
      errors.push({ line, column: "sheet.activityId", message: "import.error.activityRequired" });
    }
    if (stored && activityId !== null && activityId !== stored.activityId) {
      errors.push({ line, column: "sheet.activityId", message: "import.error.lineActivity", params: { id: stored.activityId } });
    }

    const fields: Record<string, string> = stored ? storedFields(stored) : {};
    for (const key of ["year", "amount", "note"]) if (values[key] !== undefined) fields[key] = text(key);
    for (const key of ["deadline", "decidedOn"]) if (values[key] !== undefined) fields[key] = isoDateOf(text(key));
    const named = new Set<string>();
    if (has("source")) {
      const found = sources.find(text("source"));
      if (found.ok) fields.sourceId = String(found.value);
      else {
        named.add("sourceId");
        errors.push({ line, column: "sheet.source", message: "import.error.unknownSource", params: { name: text("source") } });
      }
    } else if (values.source !== undefined) fields.sourceId = "";
    if (has("stage")) {
      const found = stages.find(text("stage"));
      if (found.ok) fields.stage = found.value;
      else {
        named.add("stage");
        errors.push({ line, column: "sheet.stage", message: "import.error.unknownStage", params: { name: text("stage") } });
      }
    } else if (values.stage !== undefined) fields.stage = "";

    const data = new FormData();
    data.set("intent", stored ? "update" : "create");
    if (stored) {
      data.set("lineId", String(stored.id));
      data.set("version", text("version"));
    }
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    const form = parseFormData(data, FundingLineSchema);
    const title = activityId === null ? "" : (activityById.get(activityId)?.title ?? "");

    if (stored && form.ok && form.value.intent === "update" && errors.length === 0 && isUnchanged(stored, form.value)) {
      out.outcomes.push({ line, action: "unchanged", title: `${title}: ${stored.source} ${stored.year}`, id: stored.id });
      continue;
    }
    if (!form.ok) {
      const schemaErrors = Object.fromEntries(Object.entries(form.errors).filter(([field]) => !named.has(field)));
      errors.push(
        ...fieldErrors(line, schemaErrors, (field) => COLUMN_OF_FIELD.get(field)).map((e) =>
          e.message === "form.version" ? { ...e, message: "import.error.version" as const } : e,
        ),
      );
    }
    if (errors.length > 0 || !form.ok || activityId === null || form.value.intent === "withdraw") {
      out.errors.push(...errors);
      continue;
    }
    const value = form.value;
    const planId = activityById.get(activityId)?.planId;
    const problems = fundingLineProblems(value, { sourceIds, years: (planId && yearsOfPlan.get(planId)) || [] });
    if (Object.keys(problems).length > 0) {
      out.errors.push(...fieldErrors(line, problems, (field) => COLUMN_OF_FIELD.get(field)));
      continue;
    }
    const source = refs.sources.find((s) => s.id === value.sourceId)?.name ?? "";
    const name = `${title}: ${source} ${value.year}`;
    const { intent: _intent, ...rest } = value;
    if (value.intent === "update" && stored) {
      const { lineId, ...input } = rest as typeof rest & { lineId: number; version: number };
      if (stored.version !== input.version) {
        out.errors.push({
          line,
          column: "sheet.version",
          message: "import.error.lineChangedSince",
          params: { file: input.version, stored: stored.version },
        });
        continue;
      }
      out.outcomes.push({ line, action: "update", title: name, id: lineId, op: { type: "update", activityId, lineId, input } });
    } else {
      out.outcomes.push({ line, action: "create", title: name, op: { type: "create", activityId, input: rest } });
    }
  }
  return out;
}

export const fundingImport: ImportKind<FundingOp> = {
  permission: "funding:write",
  label: "import.kind.funding",
  listPath: "/funding",
  recordPath: (id) => `/activities/${id}`,
  columns: COLUMNS,
  ignored: [],
  required: ["source", "year", "amount", "stage"],
  example: () => {
    const refs = importReferences();
    const activity = refs.activities[0];
    const plan = refs.plans.find((p) => p.id === activity?.planId);
    return {
      activityId: activity?.id ?? null,
      activity: activity?.title ?? "",
      source: refs.sources[0]?.name ?? "",
      year: plan ? Number(plan.startsOn.slice(0, 4)) : null,
      amount: 100000,
      stage: translate("da", "stage.applied"),
      deadline: null,
      decidedOn: null,
      note: "",
    };
  },
  choices: (_user, lang) => {
    const refs = importReferences();
    return { source: refs.sources.map((s) => s.name), stage: FUNDING_STAGES.map((s) => translate(lang, `stage.${s}`)) };
  },
  plan: (rows) => plan(rows),
  commit: (tx, rows, actorId) => {
    const result: ReturnType<ImportKind["commit"]> = { created: [], updated: [] };
    // The result links to each line's activity, where its lines are shown.
    for (const { op, title } of rows) {
      if (op.type === "create") {
        insertFundingLine(tx, op.activityId, op.input, actorId);
        result.created.push({ id: op.activityId, title });
      } else {
        changeFundingLine(tx, op.activityId, op.lineId, op.input, actorId);
        result.updated.push({ id: op.activityId, title });
      }
    }
    return result;
  },
};
