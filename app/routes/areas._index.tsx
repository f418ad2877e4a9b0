import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { FirstSteps } from "../components/first-steps";
import { ScrollArea } from "../components/scroll-area";
import { formatMoney, formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { listAreas } from "../models/area.server";
import { requireUserWith } from "../utils/auth.server";
import { pageTitle } from "../utils/meta";
import { setupIfEmpty } from "../views/setup.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("areas.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  return json({ areas: listAreas(), setup: setupIfEmpty(user) });
}

export default function Areas() {
  const { areas, setup } = useLoaderData<typeof loader>();
  const { t, lang } = useTranslation();
  const count = (value: number | null) => (value === null ? t("common.none") : formatNumber(lang, value));

  return (
    <>
      <h1>{t("areas.title")}</h1>
      <p className="font-lead">{t("areas.intro")}</p>
      <FirstSteps setup={setup} />
      {areas.length === 0 ? (
        <p>{t("areas.none")}</p>
      ) : (
        <ScrollArea label={t("areas.title")}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.area")}</th>
                <th scope="col">{t("col.classification")}</th>
                <th scope="col" className="num">
                  {t("col.residents")}
                </th>
                <th scope="col" className="num">
                  {t("col.homes")}
                </th>
                <th scope="col" className="num">
                  {t("col.sections")}
                </th>
                <th scope="col" className="num">
                  {t("col.activities")}
                </th>
                <th scope="col" className="num">
                  {t("col.budgetShare")}
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.slug}>
                  <th scope="row">
                    <Link to={`/areas/${a.slug}`}>{a.name}</Link>
                  </th>
                  <td>{t(`classification.${a.classification}`)}</td>
                  <td className="num">{count(a.residents)}</td>
                  <td className="num">{count(a.homes)}</td>
                  <td className="num">{count(a.housingSections)}</td>
                  <td className="num">
                    <Link to={`/activities?area=${a.slug}`}>{formatNumber(lang, a.activityCount)}</Link>
                  </td>
                  <td className="num">{formatMoney(lang, a.budgetShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <p className="muted">{t("areas.perActivity")}</p>
    </>
  );
}
