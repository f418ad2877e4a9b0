import { FUNDING_STAGES, type FundingStage } from "../domain/constants";
import { fundingYears } from "../domain/funding";
import { parseFormData } from "../forms/form.server";
import { FundingLineFieldsSchema, fundingLineProblems, FundingLineSchema } from "../forms/funding.server";
import { type AnyMessageKey, translateAny } from "../i18n/server-words.server";
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
import { fieldErrors, isoDateOf, matchKey, NameIndex, SeenIds } from "./match.server";

/**
 * Funding lines from a spreadsheet: the columns of `/funding/lines.csv` and `.xlsx`, each row checked as the
 * funding line form checks a submission (its schema, with the decision date a decided stage needs; a known
 * source; a year in the plan's or the activity's own period) and saved by the same model functions (an
 * application's lines keep one line a year). The application column links lines as docs/decisions/015
 * does: a new row joins an existing application by its number, starts a new one with a name shared by its
 * rows, or stands on its own when empty.
 */
type FundingOp =
  | {
      type: "create";
      activityId: number;
      input: FundingLineInput;
      /** null: a line on its own; a number: that application's key; a string: a new application's name in the file. */
      application: number | string | null;
    }
  | { type: "update"; activityId: number; lineId: number; input: FundingLineInput & { version: number } };

const EXPORTED = new Map(FUNDING_LINE_COLUMNS.map((c) => [c.key, c]));

function column(key: string, help: AnyMessageKey): ImportColumn {
  const exported = EXPORTED.get(key as (typeof FUNDING_LINE_COLUMNS)[number]["key"]);
  if (!exported) throw new Error(`no exported funding line column ${key}`);
  return { key, headers: [exported.csv, exported.label], label: exported.label, type: exported.type, help };
}

const COLUMNS: ImportColumn[] = [
  column("id", "import.help.line.id"),
  column("activityId", "import.help.line.activityId"),
  column("activity", "import.help.line.activity"),
  column("application", "import.help.line.application"),
  column("source", "import.help.line.source"),
  column("year", "import.help.line.year"),
  column("amount", "import.help.line.amount"),
  column("stage", "import.help.line.stage"),
  column("deadline", "import.help.date"),
  column("expectedAnswerOn", "import.help.date"),
  column("decidedOn", "import.help.line.decidedOn"),
  column("note", "import.help.text"),
  column("version", "import.help.version"),
];

const FIELD_OF: Record<string, string> = { source: "sourceId", id: "lineId" };
const COLUMN_OF_FIELD = new Map(COLUMNS.map((c) => [FIELD_OF[c.key] ?? c.key, c]));

const DATE_FIELDS = ["deadline", "expectedAnswerOn", "decidedOn"] as const;

function storedFields(l: FundingLineExportRow): Record<string, string> {
  return {
    sourceId: String(l.sourceId),
    year: String(l.year),
    amount: String(l.amount),
    stage: l.stage,
    deadline: l.deadline ?? "",
    expectedAnswerOn: l.expectedAnswerOn ?? "",
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
    line.expectedAnswerOn === stored.expectedAnswerOn &&
    line.decidedOn === stored.decidedOn &&
    line.note === stored.note
  );
}

const isNumber = (text: string) => /^\d{1,9}$/.test(text);

/**
 * The years of the applications a file touches, as its rows would leave them one after the other (as the
 * save writes them): a row that gives an application a second line in a year is refused, like the form's
 * change of a line to a year its application has (DuplicateError "year").
 */
class ApplicationYears {
  private readonly years = new Map<string, Map<string, number>>();

  constructor(private readonly stored: ReadonlyMap<number, readonly FundingLineExportRow[]>) {}

  private of(application: number | string): Map<string, number> {
    const id = typeof application === "number" ? `key:${application}` : `name:${application}`;
    let years = this.years.get(id);
    if (!years) {
      const lines = typeof application === "number" ? (this.stored.get(application) ?? []) : [];
      years = new Map(lines.map((l) => [`line:${l.id}`, l.year]));
      this.years.set(id, years);
    }
    return years;
  }

  /** Puts `line` (a stored line's id, or a new row's number) in `year`; false when another line has that year. */
  take(application: number | string, line: string, year: number): boolean {
    const years = this.of(application);
    for (const [other, y] of years) if (other !== line && y === year) return false;
    years.set(line, year);
    return true;
  }
}

function plan(rows: MappedRow[]): KindPlan<FundingOp> {
  const refs = importReferences();
  const activities = new NameIndex<number>();
  for (const a of refs.activities) activities.add(a.id, [a.title]);
  const activityById = new Map(refs.activities.map((a) => [a.id, a]));
  const planById = new Map(refs.plans.map((p) => [p.id, p]));
  // The years each activity's lines may fall in: its plan's and its own period's, as the form allows.
  const yearsOf = (activityId: number): number[] => {
    const activity = activityById.get(activityId);
    const plan = activity && planById.get(activity.planId);
    return activity && plan ? fundingYears(plan, activity) : [];
  };
  const sources = new NameIndex<number>();
  for (const s of refs.sources) sources.add(s.id, [s.name]);
  const sourceIds = refs.sources.map((s) => s.id);
  const stages = new NameIndex<FundingStage>();
  for (const s of FUNDING_STAGES) stages.add(s, [s, translateAny("da", `stage.${s}`), translateAny("en", `stage.${s}`)]);

  const ids = rows.map((r) => Number(r.values.id?.trim())).filter((n) => Number.isSafeInteger(n) && n > 0);
  const storedById = new Map(listFundingLinesForExport({ ids }).map((l) => [l.id, l]));
  // Every line of the applications the file touches: those of its lines, and those it names for new lines.
  const named = rows
    .map((r) => r.values.application?.trim() ?? "")
    .filter(isNumber)
    .map(Number);
  const keys = [...new Set([...[...storedById.values()].map((l) => l.application), ...named])];
  const applicationLines = new Map<number, FundingLineExportRow[]>();
  for (const l of listFundingLinesForExport({ applications: keys })) {
    applicationLines.set(l.application, [...(applicationLines.get(l.application) ?? []), l]);
  }
  const applicationYears = new ApplicationYears(applicationLines);
  const newApplications = new Map<string, { line: number; activityId: number; sourceId: number }>();
  const seen = new SeenIds();
  const out: KindPlan<FundingOp> = { outcomes: [], errors: [] };

  for (const { line, values } of rows) {
    const errors: RowError[] = [];
    const has = (key: string) => values[key] !== undefined && values[key] !== "";
    const text = (key: string) => values[key] ?? "";

    let stored: FundingLineExportRow | null = null;
    if (has("id")) {
      const id = isNumber(text("id")) ? Number(text("id")) : Number.NaN;
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
      const id = isNumber(text("activityId")) ? Number(text("activityId")) : Number.NaN;
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

    // The application: a line stays in its own; a new line joins one by number, a new one by name, or none.
    const applicationCell = text("application").trim();
    let application: number | string | null = null;
    if (stored) {
      if (applicationCell !== "" && applicationCell !== String(stored.application)) {
        errors.push({
          line,
          column: "sheet.application",
          message: "import.error.lineApplication",
          params: { application: stored.application },
        });
      }
    } else if (isNumber(applicationCell)) {
      application = Number(applicationCell);
      if (!applicationLines.has(application)) {
        errors.push({
          line,
          column: "sheet.application",
          message: "import.error.unknownApplication",
          params: { application: applicationCell },
        });
      }
    } else if (applicationCell !== "") application = matchKey(applicationCell);

    const fields: Record<string, string> = stored ? storedFields(stored) : {};
    for (const key of ["year", "amount", "note"]) if (values[key] !== undefined) fields[key] = text(key);
    for (const key of DATE_FIELDS) if (values[key] !== undefined) fields[key] = isoDateOf(text(key));
    const namedFields = new Set<string>();
    if (has("source")) {
      const found = sources.find(text("source"));
      if (found.ok) fields.sourceId = String(found.value);
      else {
        namedFields.add("sourceId");
        errors.push({ line, column: "sheet.source", message: "import.error.unknownSource", params: { name: text("source") } });
      }
    } else if (values.source !== undefined) fields.sourceId = "";
    if (has("stage")) {
      const found = stages.find(text("stage"));
      if (found.ok) fields.stage = found.value;
      else {
        namedFields.add("stage");
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
    const title = activityId === null ? "" : (activityById.get(activityId)?.title ?? "");

    // A row as it was exported is left alone, even a line stored before today's rules (a decision without its date).
    const asStored = stored ? parseFormData(data, FundingLineFieldsSchema) : null;
    if (stored && asStored?.ok && errors.length === 0 && isUnchanged(stored, asStored.value)) {
      out.outcomes.push({ line, action: "unchanged", title: `${title}: ${stored.source} ${stored.year}`, id: stored.id });
      continue;
    }
    const form = parseFormData(data, FundingLineSchema);
    if (!form.ok) {
      const schemaErrors = Object.fromEntries(Object.entries(form.errors).filter(([field]) => !namedFields.has(field)));
      errors.push(
        ...fieldErrors(line, schemaErrors, (field) => COLUMN_OF_FIELD.get(field)).map((e) =>
          e.message === "form.version" ? { ...e, message: "import.error.version" as const } : e,
        ),
      );
    }
    if (errors.length > 0 || !form.ok || activityId === null || (form.value.intent !== "create" && form.value.intent !== "update")) {
      out.errors.push(...errors);
      continue;
    }
    const value = form.value;
    const problems = fundingLineProblems(value, { sourceIds, years: yearsOf(activityId) });
    if (Object.keys(problems).length > 0) {
      out.errors.push(...fieldErrors(line, problems, (field) => COLUMN_OF_FIELD.get(field)));
      continue;
    }

    // A new line of an application: the application's activity and source.
    if (typeof application === "number") {
      const lines = applicationLines.get(application) ?? [];
      const first = lines[0];
      if (first && first.activityId !== activityId) {
        out.errors.push({
          line,
          column: "sheet.application",
          message: "import.error.applicationActivity",
          params: { application, id: first.activityId },
        });
        continue;
      }
      if (first && !lines.some((l) => l.sourceId === value.sourceId)) {
        out.errors.push({
          line,
          column: "sheet.source",
          message: "import.error.applicationSource",
          params: { application, source: first.source },
        });
        continue;
      }
    } else if (typeof application === "string") {
      const first = newApplications.get(application);
      if (!first) newApplications.set(application, { line, activityId, sourceId: value.sourceId });
      else if (first.activityId !== activityId || first.sourceId !== value.sourceId) {
        out.errors.push({
          line,
          column: "sheet.application",
          message: "import.error.newApplicationMismatch",
          params: { application: applicationCell, first: first.line },
        });
        continue;
      }
    }
    // One line a year in an application, as the rows leave it one after the other.
    const within = stored ? stored.application : application;
    if (within !== null && !applicationYears.take(within, stored ? `line:${stored.id}` : `row:${line}`, value.year)) {
      out.errors.push({ line, column: "sheet.year", message: "funding.error.yearTaken" });
      continue;
    }

    const source = refs.sources.find((s) => s.id === value.sourceId)?.name ?? "";
    const name = `${title}: ${source} ${value.year}`;
    if (value.intent === "update" && stored) {
      const { intent: _intent, lineId, ...input } = value;
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
    } else if (value.intent === "create") {
      const { intent: _intent, ...input } = value;
      out.outcomes.push({ line, action: "create", title: name, op: { type: "create", activityId, input, application } });
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
      application: null,
      source: refs.sources[0]?.name ?? "",
      year: plan ? Number(plan.startsOn.slice(0, 4)) : null,
      amount: 100000,
      stage: translateAny("da", "stage.applied"),
      deadline: null,
      expectedAnswerOn: null,
      decidedOn: null,
      note: "",
    };
  },
  choices: (_user, lang) => {
    const refs = importReferences();
    return { source: refs.sources.map((s) => s.name), stage: FUNDING_STAGES.map((s) => translateAny(lang, `stage.${s}`)) };
  },
  plan: (rows) => plan(rows),
  commit: (tx, rows, actorId) => {
    const result: ReturnType<ImportKind["commit"]> = { created: [], updated: [] };
    // A new application named in the file gets its key from its first line saved.
    const keys = new Map<string, number>();
    // The result links to each line's activity, where its lines are shown.
    for (const { op, title } of rows) {
      if (op.type === "create") {
        const { application } = op;
        if (typeof application === "string") {
          const key = keys.get(application);
          const id = insertFundingLine(tx, op.activityId, op.input, actorId, key ?? "new");
          if (key === undefined) keys.set(application, id);
        } else insertFundingLine(tx, op.activityId, op.input, actorId, application);
        result.created.push({ id: op.activityId, title });
      } else {
        changeFundingLine(tx, op.activityId, op.lineId, op.input, actorId);
        result.updated.push({ id: op.activityId, title });
      }
    }
    return result;
  },
};
