import { Form } from "@remix-run/react";

import { useTranslation } from "../i18n/use-translation";
import type { PreviewInWords } from "../imports/stage.server";
import { ScrollArea } from "./scroll-area";

/**
 * What an uploaded file would do, before anything is saved: how many rows are created, changed and left as
 * they are, every error by row and column, and (when there is none) the confirm form: a plain form that
 * posts the staged import's id.
 */
export function ImportPreviewSection({ preview, importId, saving }: { preview: PreviewInWords; importId: string; saving: boolean }) {
  const { t, tn } = useTranslation();
  const { counts } = preview;
  const changes = counts.create + counts.update;
  return (
    <section aria-labelledby="preview-heading" className="import-preview">
      <h2 id="preview-heading">{t("import.preview.title", { file: preview.fileName })}</h2>
      <p>
        {tn("import.preview.rows", preview.rows)} {t("import.preview.nothingSaved")}
      </p>
      <dl className="key-figures">
        <div>
          <dt>{t("import.preview.create")}</dt>
          <dd>{counts.create}</dd>
        </div>
        <div>
          <dt>{t("import.preview.update")}</dt>
          <dd>{counts.update}</dd>
        </div>
        <div>
          <dt>{t("import.preview.unchanged")}</dt>
          <dd>{counts.unchanged}</dd>
        </div>
      </dl>
      {preview.unknownHeaders.length > 0 ? <p>{t("import.preview.unknownHeaders", { names: preview.unknownHeaders.join(", ") })}</p> : null}
      {preview.missing.length > 0 ? <p>{t("import.preview.missing", { names: preview.missing.join(", ") })}</p> : null}

      {preview.errorCount > 0 ? (
        <>
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{tn("import.preview.errors", preview.errorCount)}</p>
            </div>
          </div>
          <h3>{t("import.preview.errorsHeading")}</h3>
          <ScrollArea label={t("import.preview.errorsHeading")}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("import.preview.col.row")}</th>
                  <th scope="col">{t("import.preview.col.column")}</th>
                  <th scope="col">{t("import.preview.col.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={i}>
                    <th scope="row">{t("import.preview.row", { line: String(e.line) })}</th>
                    <td>{e.column ?? t("import.preview.wholeRow")}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          {preview.errorCount > preview.errors.length ? (
            <p>{t("import.preview.moreErrors", { count: preview.errorCount - preview.errors.length })}</p>
          ) : null}
        </>
      ) : changes === 0 ? (
        <p>{t("import.preview.nothing")}</p>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="importId" value={importId} />
          <p className="form-hint">{t("import.confirm.hint")}</p>
          <p>
            <button type="submit" className="button button-primary" disabled={saving}>
              {t("import.confirm")}
            </button>
          </p>
          <p role="status" aria-live="polite">
            {saving ? t("import.saving") : null}
          </p>
        </Form>
      )}

      {preview.changes.length > 0 ? (
        <>
          <h3>{t("import.preview.changes")}</h3>
          <ScrollArea label={t("import.preview.changes")}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("import.preview.col.row")}</th>
                  <th scope="col">{t("import.preview.col.action")}</th>
                  <th scope="col">{t("import.preview.col.title")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((c) => (
                  <tr key={c.line}>
                    <th scope="row">{t("import.preview.row", { line: String(c.line) })}</th>
                    <td>{c.action === "create" ? t("import.preview.create") : t("import.preview.update")}</td>
                    <td>{c.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          {changes > preview.changes.length ? <p>{t("import.preview.moreChanges", { count: changes - preview.changes.length })}</p> : null}
        </>
      ) : null}
    </section>
  );
}
