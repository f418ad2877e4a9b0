import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { FundingBadge, HealthBadge, StatusBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { MoreLink } from "../components/more-link";
import { AreaStatistics } from "../components/outcomes/area-statistics";
import { perThousand } from "../domain/rates";
import { formatMoney, formatNumber, formatPercent } from "../i18n/format";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { getArea } from "../models/area.server";
import { getDashboard } from "../models/dashboard.server";
import { requireUserWith } from "../utils/auth.server";
import { invariantResponse } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";
import { areaStatistics, sharedOutcomeViews } from "../views/outcomes.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, () => (data ? data.area.name : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const slug = params.slug ?? "";
  invariantResponse(/^[a-z0-9-]{1,80}$/.test(slug), 404);
  const area = getArea(slug);
  invariantResponse(area, 404);
  const filters = { plans: [], areas: [slug], from: null, to: null };
  const figures = getDashboard(filters, today()).byArea[slug] ?? null;
  const lang = await getLang(request);
  const outcomes = sharedOutcomeViews(filters, [{ slug, residents: area.residents }], lang).filter((o) => o.cells[slug]);
  return json({ area, figures, statistics: areaStatistics(slug, lang), outcomes });
}

export default function AreaPage() {
  const { area, figures, statistics, outcomes } = useLoaderData<typeof loader>();
  const { t, tn, lang } = useTranslation();
  const count = (value: number | null) => (value === null ? t("common.none") : formatNumber(lang, value));
  const description = lang === "da" ? area.descriptionDa : area.descriptionEn;

  return (
    <>
      <p>
        <Link to="/areas" className="back-link">
          {t("area.back")}
        </Link>
      </p>
      <h1>{area.name}</h1>
      {description ? <p className="font-lead">{description}</p> : null}

      <section aria-labelledby="facts">
        <h2 id="facts">{t("area.facts")}</h2>
        <dl className="key-figures">
          <div>
            <dt>{t("col.residents")}</dt>
            <dd>{count(area.residents)}</dd>
          </div>
          <div>
            <dt>{t("col.homes")}</dt>
            <dd>{count(area.homes)}</dd>
          </div>
          <div>
            <dt>{t("col.sections")}</dt>
            <dd>{count(area.housingSections)}</dd>
          </div>
          <div>
            <dt>{t("col.activities")}</dt>
            <dd>{formatNumber(lang, area.activityCount)}</dd>
          </div>
          <div>
            <dt>{t("col.budgetShare")}</dt>
            <dd>{formatMoney(lang, area.budgetShare)}</dd>
          </div>
        </dl>
        {figures ? (
          <>
            <h3>{t("dashboard.keyFigures")}</h3>
            <dl className="key-figures">
              <div>
                <dt>{t("dashboard.activeActivities")}</dt>
                <dd>
                  <Link to={`/activities?area=${area.slug}&status=active`}>{formatNumber(lang, figures.active)}</Link>
                </dd>
              </div>
              <div>
                <dt>{t("dashboard.shareGreen")}</dt>
                <dd>{figures.shareGreen === null ? t("common.none") : formatPercent(lang, figures.shareGreen)}</dd>
              </div>
              <div>
                <dt>{t("col.secured")}</dt>
                <dd>{formatMoney(lang, figures.secured)}</dd>
              </div>
              <div>
                <dt>{t("col.gap")}</dt>
                <dd>
                  <Link to={`/activities?area=${area.slug}&funding=unfunded&funding=partly`}>{formatMoney(lang, figures.gap)}</Link>
                </dd>
              </div>
              <div>
                <dt>{t("area.budgetPerThousand")}</dt>
                <dd>
                  {(() => {
                    const rate = perThousand(figures.budget, area.residents);
                    return rate === null ? t("common.none") : formatMoney(lang, Math.round(rate));
                  })()}
                </dd>
              </div>
              <div>
                <dt>{t("cofinancing.share")}</dt>
                <dd>{figures.coFinancing.share === null ? t("common.none") : formatPercent(lang, figures.coFinancing.share, 1)}</dd>
              </div>
            </dl>
          </>
        ) : null}
        <dl className="fact-list">
          <dt>{t("col.classification")}</dt>
          <dd>{t(`classification.${area.classification}`)}</dd>
          <dt>{t("area.organisations")}</dt>
          <dd>{area.organisations.length > 0 ? area.organisations.join(", ") : t("common.none")}</dd>
        </dl>
      </section>

      <section aria-labelledby="statistics-heading">
        <h2 id="statistics-heading">{t("area.statistics")}</h2>
        <p>{t("area.statisticsIntro")}</p>
        <AreaStatistics measures={statistics.measures} years={statistics.years} />
        {outcomes.length > 0 ? (
          <>
            <h3>{t("outcomes.sharedHeading")}</h3>
            <ul>
              {outcomes.map((o) => {
                const cell = o.cells[area.slug];
                if (!cell) return null;
                return (
                  <li key={o.id}>
                    <strong>{o.name}</strong>: {formatNumber(lang, cell.total, 1)} {o.unit}
                    {cell.perThousand === null ? null : (
                      <> ({t("outcomes.perThousandShort", { rate: formatNumber(lang, cell.perThousand, 1) })})</>
                    )}
                    {" · "}
                    {tn("outcomes.reporting", cell.activities, { reporting: cell.reporting })}
                  </li>
                );
              })}
            </ul>
            <p className="muted small">{t("outcomes.sharedSource")}</p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="by-focus">
        <h2 id="by-focus">{t("area.activitiesByFocus")}</h2>
        {area.byFocus.length === 0 ? <p>{t("area.noActivities")}</p> : null}
        {area.byFocus.map((focus) => (
          <section key={focus.code} aria-labelledby={`focus-${focus.code}`}>
            <h3 id={`focus-${focus.code}`}>
              <Link to={`/activities?area=${area.slug}&focus=${focus.code}`}>{lang === "da" ? focus.nameDa : focus.nameEn}</Link>
            </h3>
            <ul className="activity-cards">
              {focus.activities.map((a) => (
                <li key={a.id}>
                  <Link to={`/activities/${a.id}`}>{a.title}</Link> <StatusBadge status={a.status} /> <HealthBadge health={a.health} />{" "}
                  <FundingBadge state={a.fundingState} />
                </li>
              ))}
            </ul>
            <MoreLink
              shown={focus.activities.length}
              total={focus.total}
              href={`/activities?area=${area.slug}&focus=${focus.code}`}
              label={t("bounded.allActivities")}
            />
          </section>
        ))}
        <p>
          <Link to={`/activities?area=${area.slug}`}>{t("area.seeInList")}</Link>
        </p>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
