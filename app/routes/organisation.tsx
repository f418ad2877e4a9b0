import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ORGANISATION_KINDS } from "../domain/constants";
import { formatDateLong } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { listOrganisations } from "../models/organisation.server";
import { requireUserWith } from "../utils/auth.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("organisation.title"));

/** The organisations behind the work, what each does (and since or until when), and the areas each covers. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  return json({ organisations: listOrganisations() });
}

export default function Organisation() {
  const { organisations } = useLoaderData<typeof loader>();
  const { t, lang } = useTranslation();
  return (
    <>
      <h1>{t("organisation.title")}</h1>
      <p className="font-lead">{t("organisation.intro")}</p>
      {organisations.length === 0 ? <p>{t("organisation.none")}</p> : null}
      {ORGANISATION_KINDS.map((kind) => {
        const mine = organisations.filter((o) => o.kind === kind);
        if (mine.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`org-${kind}`}>
            <h2 id={`org-${kind}`}>{t(`organisation.kind.${kind}`)}</h2>
            <ul className="organisation-list">
              {mine.map((o) => (
                <li key={o.id}>
                  <h3 className="h4">{o.name}</h3>
                  {o.startedOn || o.endedOn ? (
                    <p className="muted">
                      {o.startedOn ? t("organisation.since", { date: formatDateLong(lang, o.startedOn) }) : null}
                      {o.startedOn && o.endedOn ? " · " : null}
                      {o.endedOn ? t("organisation.until", { date: formatDateLong(lang, o.endedOn) }) : null}
                    </p>
                  ) : null}
                  {(lang === "da" ? o.descriptionDa : o.descriptionEn) ? <p>{lang === "da" ? o.descriptionDa : o.descriptionEn}</p> : null}
                  <p>
                    <strong>{t("organisation.covers")}:</strong>{" "}
                    {o.areas.length === 0
                      ? t("organisation.coversNone")
                      : o.areas.map((a, i) => (
                          <span key={a.slug}>
                            {i > 0 ? ", " : null}
                            <Link to={`/areas/${a.slug}`}>{a.name}</Link>
                          </span>
                        ))}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
