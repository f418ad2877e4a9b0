import type { Tx } from "../../db/client.server";
import type { Lang, MessageParams } from "../i18n/i18n";
import type { AnyMessageKey } from "../i18n/server-words.server";
import type { Action, PermissionUser } from "../utils/permissions";
import type { SheetColumnType, SheetValue } from "../utils/spreadsheet.server";

/**
 * What can be imported from a spreadsheet. A kind is self-contained: its columns, how it checks a row (with
 * the same schemas, permission rules and model checks as its forms) and how it saves what it checked. The
 * route, the staging, the preview page and the templates are the same for every kind (see README, "Import").
 */
export type ImportColumn = {
  /** The field the column fills; a header of this name is accepted too. */
  key: string;
  /** The headers it is known by, in either language (the exports' CSV and Excel headers, the template's). */
  headers: readonly AnyMessageKey[];
  /** What the column is called in the template and in the preview's messages. */
  label: AnyMessageKey;
  /** How the template formats it. */
  type: SheetColumnType;
  /** Explains the column on the template's help sheet. */
  help: AnyMessageKey;
};

/** One problem with one row (its number as the spreadsheet shows it) and, when it is about one, its column. */
export type RowError = {
  line: number;
  /** The column's label; null for the row as a whole. */
  column: AnyMessageKey | null;
  message: AnyMessageKey;
  params?: MessageParams;
};

/** A row of the file by column key: a column the file does not have is absent, an empty cell is "". */
export type MappedRow = { line: number; values: Partial<Record<string, string>> };

type RowOutcome<Op> =
  | { line: number; action: "create" | "update"; title: string; id?: number; op: Op }
  | { line: number; action: "unchanged"; title: string; id: number };

export type KindPlan<Op> = {
  outcomes: RowOutcome<Op>[];
  errors: RowError[];
  /**
   * For a kind whose rows carry no version (statistics: the file overwrites): a digest of the stored records
   * the rows were checked against. Confirming refuses (409) when it is no longer what the preview saw.
   */
  basis?: string;
};

/** How the file writes its cells: XLSX numbers are written as JavaScript writes them; a CSV's separator. */
export type SheetConvention = { format: "csv" | "xlsx"; separator?: string };

/** A saved record: its id, what to call it, and where it is shown when not at the kind's `recordPath`. */
type SavedRecord = { id: number; title: string; path?: string };

export type ImportResult = { created: SavedRecord[]; updated: SavedRecord[] };

export type ImportKind<Op = unknown> = {
  /** Who may import this kind at all (rows are checked one by one on top). */
  permission: Action;
  /** Names the kind on the page ("Aktiviteter"). */
  label: AnyMessageKey;
  /** Where its records are listed, for the result page. */
  listPath: string;
  /** Where one saved record is shown. */
  recordPath: (id: number) => string;
  columns: readonly ImportColumn[];
  /** Headers an export has that an import reads past (computed figures): not reported as unknown. */
  ignored: readonly AnyMessageKey[];
  /** Columns a file must have (for rows that create). */
  required: readonly string[];
  /** The template's example row, by column key, for this user (real names of plans, areas, sources). */
  example: (user: PermissionUser) => Partial<Record<string, SheetValue>>;
  /** What the help sheet lists as the values a column accepts (plans, areas, statuses, …), by column key. */
  choices: (user: PermissionUser, lang: "da" | "en") => Partial<Record<string, string[]>>;
  /** Checks every row against the database as it is now; writes nothing. Names in messages in `lang`. */
  plan: (rows: MappedRow[], user: PermissionUser, lang: Lang, file: SheetConvention) => KindPlan<Op>;
  /** Saves the checked rows inside the caller's transaction (which rolls everything back on any error). */
  commit: (tx: Tx, rows: { op: Op; title: string }[], actorId: number) => ImportResult;
};
