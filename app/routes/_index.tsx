import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { FirstSteps } from "../components/first-steps";
import { ACTIVITY_STATUSES } from "../domain/constants";
import { formatMoney, formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { getOverview } from "../models/activity.server";
import { requireUserWith } from "../utils/auth.server";
import { filtersToSearch } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { setupIfEmpty } from "../views/setup.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("overview.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  return json({ overview: getOverview(), setup: setupIfEmpty(user) });
}

export default function Overview() {
  const { overview, setup } = useLoaderData<typeof loader>();
  const { t, lang } = useTranslation();
  const countByStatus = new Map(overview.byStatus.map((s) => [s.status, s.count]));

  return (
    <>
      <h1>{t("overview.title")}</h1>
      <p className="font-lead">{t("overview.intro")}</p>
      <FirstSteps setup={setup} />

      <dl className="key-figures">
        <div>
          <dt>{t("overview.activityCount")}</dt>
          <dd>{formatNumber(lang, overview.activityCount)}</dd>
        </div>
        <div>
          <dt>{t("overview.totalBudget")}</dt>
          <dd>{formatMoney(lang, overview.totalBudget)}</dd>
        </div>
        <div>
          <dt>{t("overview.totalSecured")}</dt>
          <dd>{formatMoney(lang, overview.totalSecured)}</dd>
        </div>
      </dl>

      {overview.activityCount === 0 ? <p>{t("overview.empty")}</p> : null}

      <div className="row">
        <section className="col-12 col-lg-5" aria-labelledby="by-status">
          <h2 id="by-status">{t("overview.byStatus")}</h2>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.status")}</th>
                <th scope="col" className="num">
                  {t("col.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ACTIVITY_STATUSES.map((status) => (
                <tr key={status}>
                  <th scope="row">
                    <Link to={`/activities${filtersToSearch({ statuses: [status] })}`}>{t(`status.${status}`)}</Link>
                  </th>
                  <td className="num">{formatNumber(lang, countByStatus.get(status) ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="col-12 col-lg-7" aria-labelledby="by-focus">
          <h2 id="by-focus">{t("overview.byFocus")}</h2>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.focusArea")}</th>
                <th scope="col" className="num">
                  {t("col.count")}
                </th>
                <th scope="col" className="num">
                  {t("col.budget")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.byFocus.map((f) => (
                <tr key={f.code}>
                  <th scope="row">
                    <Link to={`/activities${filtersToSearch({ focus: [f.code] })}`}>{lang === "da" ? f.nameDa : f.nameEn}</Link>
                  </th>
                  <td className="num">{formatNumber(lang, f.count)}</td>
                  <td className="num">{formatMoney(lang, f.budget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <p className="links-onward">
        <Link to="/activities" className="button button-primary">
          {t("overview.seeAll")}
        </Link>{" "}
        <Link to="/areas" className="button button-secondary">
          {t("overview.seeAreas")}
        </Link>
      </p>
    </>
  );
}
