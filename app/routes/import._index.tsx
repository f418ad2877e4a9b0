import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ImportPreviewSection } from "../components/import-preview";
import { MAX_IMPORT_ROWS } from "../domain/imports";
import { getLang } from "../i18n/lang.server";
import { serverTranslator } from "../i18n/server-words.server";
import { useTranslation } from "../i18n/use-translation";
import { importKind, importKindsFor } from "../imports/import.server";
import { confirmImport, inWords, isMultipart, uploadForPreview } from "../imports/stage.server";
import { requireUser } from "../utils/auth.server";
import { invariantResponse } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("import.title"));

/** Where each kind's records are exported as a file that imports back as it is. */
const EXPORTS = { activities: "/activities.xlsx", funding: "/funding/lines.xlsx", statistics: "/admin/statistics.xlsx" } as const;

/** Sign-in, then 403 unless the user may import some kind (administrators, managers, fundraisers). */
async function requireImporter(request: Request) {
  const user = await requireUser(request);
  const kinds = importKindsFor(user);
  invariantResponse(kinds.length > 0, 403, "Forbidden");
  return { user, kinds };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { kinds } = await requireImporter(request);
  const { t } = serverTranslator(await getLang(request));
  return json({
    kinds: kinds.map((name) => ({ name, label: t(importKind(name).label), exportPath: EXPORTS[name] })),
    maxRows: MAX_IMPORT_ROWS,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireImporter(request);
  const lang = await getLang(request);
  const answer = isMultipart(request) ? await uploadForPreview(request, user, lang) : await confirmImport(request, user, lang);
  if (answer.type === "saved") return redirect(`/import/${answer.importId}`, 303);
  return json(inWords(answer, lang), { status: answer.status });
}

export default function ImportPage() {
  const { kinds } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const submitting = navigation.state === "submitting" ? (navigation.formData?.get("intent") === "confirm" ? "saving" : "reading") : null;
  const preview = answer?.type === "preview" ? answer : null;
  const chosen = preview?.preview.kind ?? kinds[0]?.name;

  return (
    <>
      <h1>{t("import.title")}</h1>
      <p className="font-lead">{t("import.intro")}</p>
      <p>{t("import.how")}</p>

      {answer?.type === "problem" ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{answer.message}</p>
          </div>
        </div>
      ) : null}

      {preview ? <ImportPreviewSection preview={preview.preview} importId={preview.importId} saving={submitting === "saving"} /> : null}

      <h2>{preview ? t("import.another") : t("import.file.label")}</h2>
      <Form method="post" encType="multipart/form-data" key={preview?.importId ?? "upload"}>
        <fieldset className="form-group">
          <legend className="form-label">{t("import.kind.legend")}</legend>
          {kinds.map((k) => (
            <div className="form-group-radio" key={k.name}>
              <input
                className="form-radio"
                type="radio"
                id={`kind-${k.name}`}
                name="kind"
                value={k.name}
                defaultChecked={k.name === chosen}
                required
              />
              <label htmlFor={`kind-${k.name}`}>{k.label}</label>
            </div>
          ))}
        </fieldset>
        <div className="form-group">
          <label className="form-label" htmlFor="file">
            {t("import.file.label")}
          </label>
          <span className="form-hint" id="file-hint">
            {t("import.file.hint")}
          </span>
          <input
            className="form-input"
            type="file"
            id="file"
            name="file"
            required
            aria-describedby="file-hint"
            accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </div>
        <p>
          <button type="submit" className="button button-primary" disabled={submitting !== null}>
            {t("import.submit")}
          </button>
        </p>
        <p role="status" aria-live="polite" className="import-progress">
          {submitting === "reading" ? (
            <>
              <span className="spinner" aria-hidden="true" /> {t("import.working")}
            </>
          ) : null}
        </p>
      </Form>

      <h2>{t("import.templates")}</h2>
      <p>{t("import.templates.intro")}</p>
      <ul>
        {kinds.map((k) => (
          <li key={k.name}>
            <strong>{k.label}</strong>:{" "}
            {(
              [
                ["xlsx", "da", "import.template.xlsxDa"],
                ["csv", "da", "import.template.csvDa"],
                ["xlsx", "en", "import.template.xlsxEn"],
                ["csv", "en", "import.template.csvEn"],
              ] as const
            ).map(([format, lang, label], i) => (
              <span key={label}>
                {i > 0 ? ", " : ""}
                <a href={`/import/template?kind=${k.name}&format=${format}&lang=${lang}`} download>
                  {t(label)}
                </a>
              </span>
            ))}
            {" · "}
            <a href={k.exportPath} download>
              {t(`import.exportHint.${k.name}`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
