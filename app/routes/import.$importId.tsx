import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { useTranslation } from "../i18n/use-translation";
import { importKind, isImportKind } from "../imports/import.server";
import type { ImportResult } from "../imports/kind.server";
import { getStagedImport } from "../models/import.server";
import { requireUser } from "../utils/auth.server";
import { invariantResponse } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("import.result.title"));

/** What a saved import did, for the user who saved it (anyone else: 404, as for an id that does not exist). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const staged = getStagedImport(params.importId ?? "", user.id);
  invariantResponse(staged && staged.committedAt && isImportKind(staged.kind), 404);
  const kind = importKind(staged.kind);
  const result = staged.result as ImportResult & { unchanged: number };
  const link = (r: { id: number; title: string }) => ({ ...r, href: kind.recordPath(r.id) });
  return json({
    kind: staged.kind,
    fileName: staged.fileName,
    listPath: kind.listPath,
    created: result.created.map(link),
    updated: result.updated.map(link),
    unchanged: result.unchanged,
  });
}

export default function ImportResultPage() {
  const { kind, fileName, listPath, created, updated, unchanged } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const list = (items: typeof created) => (
    <ul>
      {items.map((r, i) => (
        <li key={i}>
          <Link to={r.href}>{r.title}</Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <div className="alert alert-success" role="status">
        <div className="alert-body">
          <h1 className="alert-heading h2">{t("import.result.title")}</h1>
          <p className="alert-text">{t("import.result.file", { file: fileName })}</p>
        </div>
      </div>
      <dl className="key-figures">
        <div>
          <dt>{t("import.result.created")}</dt>
          <dd>{created.length}</dd>
        </div>
        <div>
          <dt>{t("import.result.updated")}</dt>
          <dd>{updated.length}</dd>
        </div>
        <div>
          <dt>{t("import.result.unchanged")}</dt>
          <dd>{unchanged}</dd>
        </div>
      </dl>
      <p>
        <Link to={listPath} className="button button-primary">
          {t(kind === "funding" ? "import.result.toList.funding" : "import.result.toList.activities")}
        </Link>{" "}
        <Link to="/import">{t("import.result.another")}</Link>
      </p>
      {created.length > 0 ? (
        <>
          <h2>{t("import.result.created")}</h2>
          {list(created)}
        </>
      ) : null}
      {updated.length > 0 ? (
        <>
          <h2>{t("import.result.updated")}</h2>
          {list(updated)}
        </>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
