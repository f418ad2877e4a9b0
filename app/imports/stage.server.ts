import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";

import { DuplicateError, NotFoundError, OutsidePlanError, StateConflictError, VersionConflictError } from "../domain/errors";
import { IMPORT_STAGING_MINUTES, MAX_IMPORT_BODY_BYTES, MAX_IMPORT_BYTES } from "../domain/imports";
import { readForm } from "../forms/form.server";
import type { Lang, MessageParams } from "../i18n/i18n";
import { type AnyMessageKey, serverTranslator, translateAny } from "../i18n/server-words.server";
import { commitStagedImport, getStagedImport, removeExpiredImports, stageImport } from "../models/import.server";
import { can, type PermissionUser } from "../utils/permissions";
import { importKind, type ImportPreview, isImportKind, planImport } from "./import.server";
import { readSpreadsheet } from "./read-sheet.server";

/**
 * The two posts of `/import`: the upload (multipart), which reads the file, stages it for an hour for this
 * user and answers with the preview; and the confirmation (a plain form with `intent=confirm` and the
 * `importId`), which checks the staged rows again against the database as it is now and saves them all in one
 * transaction, or nothing.
 */
export type ImportAnswer =
  | { type: "preview"; status: 200 | 400; preview: ImportPreview; importId: string }
  | { type: "problem"; status: 400 | 404 | 409; message: AnyMessageKey; params?: MessageParams }
  | { type: "saved"; importId: string };

const problem = (status: 400 | 404 | 409, message: AnyMessageKey, params?: MessageParams): ImportAnswer => ({
  type: "problem",
  status,
  message,
  params,
});

/** The preview as the page shows it: its messages and column names written out in the reader's language. */
export type PreviewInWords = Omit<ImportPreview, "errors" | "missing"> & {
  errors: { line: number; column: string | null; message: string }[];
  missing: string[];
};

/** An answer as the page shows it. */
export type ImportAnswerInWords =
  | { type: "preview"; status: 200 | 400; preview: PreviewInWords; importId: string }
  | { type: "problem"; status: 400 | 404 | 409; message: string }
  | { type: "saved"; importId: string };

/**
 * Writes an answer's messages out in the reader's language. The words of imports (column names, what is
 * wrong with a row) are the server's own and never sent to the browser as keys (catalogues.server.ts).
 */
export function inWords(answer: ImportAnswer, lang: Lang): ImportAnswerInWords {
  const { t } = serverTranslator(lang);
  if (answer.type === "problem") return { type: "problem", status: answer.status, message: t(answer.message, answer.params) };
  if (answer.type === "saved") return answer;
  const { preview } = answer;
  return {
    ...answer,
    preview: {
      ...preview,
      errors: preview.errors.map((e) => ({ line: e.line, column: e.column ? t(e.column) : null, message: t(e.message, e.params) })),
      missing: preview.missing.map((key) => t(key)),
    },
  };
}

function forbidden(): never {
  throw new Response("Forbidden", { status: 403 });
}

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

export async function uploadForPreview(request: Request, user: PermissionUser & { id: number }, lang: Lang): Promise<ImportAnswer> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_IMPORT_BODY_BYTES) return problem(400, "import.problem.too-large");
  let formData: FormData;
  try {
    formData = await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return problem(400, "import.problem.too-large");
    return problem(400, "import.problem.form");
  }
  const kind = formData.get("kind");
  if (!isImportKind(kind)) return problem(400, "import.problem.kind");
  // A kind the user may not import is refused whatever the file holds.
  if (!can(user, importKind(kind).permission)) forbidden();
  const file = formData.get("file");
  if (!(file instanceof File) || (file.name === "" && file.size === 0)) return problem(400, "import.problem.no-file");

  const read = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!read.ok) {
    if (read.problem === "too-many-rows") return problem(400, "import.problem.too-many-rows", { rows: read.rows });
    if (read.problem === "unreadable" && read.line !== undefined)
      return problem(400, "import.problem.unreadableLine", { line: String(read.line) });
    return problem(400, `import.problem.${read.problem}`);
  }
  const sheet = { format: read.format, header: read.header, rows: read.rows, separator: read.separator };
  const fileName = file.name.slice(0, 200) || "import";
  const planned = planImport(kind, fileName, sheet, user, lang);
  if (!planned.ok) {
    return planned.problem === "duplicate-column"
      ? problem(400, "import.problem.duplicate-column", { column: translateAny(lang, planned.column) })
      : problem(400, "import.problem.no-columns");
  }
  const now = new Date();
  removeExpiredImports(now);
  const importId = stageImport({
    userId: user.id,
    kind,
    fileName,
    sheet: { ...sheet, basis: planned.plan.basis },
    expiresAt: new Date(now.getTime() + IMPORT_STAGING_MINUTES * 60_000),
  });
  return { type: "preview", status: 200, preview: planned.preview, importId };
}

export async function confirmImport(request: Request, user: PermissionUser & { id: number }, lang: Lang): Promise<ImportAnswer> {
  const formData = await readForm(request);
  const importId = formData.get("importId");
  if (formData.get("intent") !== "confirm" || typeof importId !== "string" || !/^[0-9a-f]{32}$/.test(importId)) {
    return typeof importId === "string" && importId !== "" ? problem(404, "import.problem.not-found") : problem(400, "import.problem.form");
  }
  const staged = getStagedImport(importId, user.id);
  if (!staged) return problem(404, "import.problem.not-found");
  // A second click on "confirm" finds the import saved: show what it did.
  if (staged.committedAt !== null) return { type: "saved", importId };
  if (Date.parse(staged.expiresAt) < Date.now()) return problem(400, "import.problem.expired");
  if (!isImportKind(staged.kind)) return problem(404, "import.problem.not-found");
  const kind = importKind(staged.kind);
  if (!can(user, kind.permission)) forbidden();

  const planned = planImport(staged.kind, staged.fileName, staged.sheet, user, lang);
  if (!planned.ok) return problem(400, "import.problem.no-columns");
  if (planned.preview.errorCount > 0) return { type: "preview", status: 400, preview: planned.preview, importId };
  // Rows without versions (statistics) were checked against stored records that have changed since the preview.
  if (staged.sheet.basis !== planned.plan.basis) return problem(409, "import.problem.changed");
  const rows = planned.plan.outcomes.flatMap((o) => (o.action === "unchanged" ? [] : [{ op: o.op, title: o.title }]));
  try {
    commitStagedImport(
      importId,
      user.id,
      (tx) => ({ ...kind.commit(tx, rows, user.id), unchanged: planned.preview.counts.unchanged }),
      planned.preview.counts,
    );
  } catch (error) {
    if (error instanceof StateConflictError && error.reason === "import-saved") return { type: "saved", importId };
    // Someone changed a record between the check above and the save (or gave an application a line in the
    // same year): all of it was rolled back.
    if (
      error instanceof VersionConflictError ||
      error instanceof NotFoundError ||
      error instanceof OutsidePlanError ||
      error instanceof DuplicateError
    ) {
      return problem(409, "import.problem.changed");
    }
    throw error;
  }
  return { type: "saved", importId };
}
