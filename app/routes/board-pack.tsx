import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FundingBadge, HealthBadge, healthMixLabel } from "../components/badges";
import { ChangeList, PrintButton } from "../components/board-pack";
import { FigureTable } from "../components/charts/figure-table";
import { CoFinancingWarnings } from "../components/funding/cofinancing-warnings";
import { MoreLink } from "../components/more-link";
import { formatDate, formatDateLong, formatMoney, formatNumber, formatPercent } from "../i18n/format";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { changesSince, redAndAmber } from "../models/board-pack.server";
import { rankedGaps } from "../models/funding.server";
import { previousMeeting } from "../models/meeting.server";
import { requireUserWith } from "../utils/auth.server";
import { addMonths, isIsoDate } from "../utils/dates";
import { filtersToSearch, fundingFiltersToSearch } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";
import { dashboardForPage, loadDashboardPage } from "../views/dashboard-page.server";

/** Laid out for paper: the root leaves out navigation for routes with this handle. */
export const handle = { layout: "print" };

/** Rows per focus area of the red and amber list and of the changes; the lists they come from grow with the portfolio. */
const PER_FOCUS_LIMIT = 10;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("boardPack.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const lang = await getLang(request);
  const page = loadDashboardPage(url, lang);
  const dateParam = url.searchParams.get("date");
  const meetingDate = dateParam && isIsoDate(dateParam) ? dateParam : today();
  const sinceParam = url.searchParams.get("since");
  // "Changes since the last meeting": by default since the previous board meeting (three months when there is none).
  const previous = previousMeeting("board", meetingDate);
  const since =
    sinceParam && isIsoDate(sinceParam) && sinceParam <= meetingDate ? sinceParam : (previous?.heldOn ?? addMonths(meetingDate, -3));
  const fundingFilters = {
    areas: page.filters.areas,
    focus: [],
    plans: page.filters.plans,
    flagged: false,
    from: page.filters.from,
    to: page.filters.to,
  };
  return json({
    meetingDate,
    since,
    previous,
    plans: page.options.plans,
    filters: page.filters,
    dashboard: dashboardForPage(page.dashboard),
    budgetTable: page.tables["budget-by-focus"],
    warnings: page.warnings,
    // Each list bounded, with how many there are in all and a link to the rest.
    attention: perFocus(redAndAmber(page.filters)),
    unfunded: (({ rows, total }) => ({ rows, total }))(rankedGaps(fundingFilters, 1)),
    fundingSearch: fundingFiltersToSearch(fundingFilters),
    changes: perFocus(changesSince(since, meetingDate, page.filters)),
  });
}

/** The first rows of each focus area, and how many each has in all. */
function perFocus<T extends { focus: string }>(rows: T[]): { rows: T[]; total: Record<string, number> } {
  const total: Record<string, number> = {};
  const kept: T[] = [];
  for (const row of rows) {
    total[row.focus] = (total[row.focus] ?? 0) + 1;
    if ((total[row.focus] ?? 0) <= PER_FOCUS_LIMIT) kept.push(row);
  }
  return { rows: kept, total };
}

/** Open (not completed or stopped) statuses, for the link to the red and amber activities. */
const OPEN_STATUSES = ["idea", "planned", "active", "paused"] as const;

export default function BoardPack() {
  const {
    meetingDate,
    since,
    previous,
    plans,
    filters,
    dashboard: d,
    warnings,
    attention,
    unfunded,
    changes,
    budgetTable,
    fundingSearch,
  } = useLoaderData<typeof loader>();
  const { t, tn, lang } = useTranslation();
  const name = (f: { nameDa: string; nameEn: string }) => (lang === "da" ? f.nameDa : f.nameEn);
  const share = (v: number | null) => (v === null ? t("common.none") : formatPercent(lang, v));

  return (
    <article className="board-pack">
      <p className="screen-only">
        <Link to="/dashboard">{t("boardPack.back")}</Link> · <PrintButton /> · {t("boardPack.printHint")}
      </p>
      <Form method="get" className="screen-only pack-form" aria-label={t("boardPack.title")}>
        <div className="form-group">
          <label className="form-label" htmlFor="pack-date">
            {t("boardPack.form.meetingDate")}
          </label>
          <input className="form-input" type="date" id="pack-date" name="date" defaultValue={meetingDate} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="pack-since">
            {t("boardPack.form.since")}
          </label>
          <span className="form-hint" id="pack-since-hint">
            {t("boardPack.form.sinceHint")}
          </span>
          <input className="form-input" type="date" id="pack-since" name="since" defaultValue={since} aria-describedby="pack-since-hint" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="pack-plan">
            {t("boardPack.form.plan")}
          </label>
          <select className="form-select" id="pack-plan" name="plan" defaultValue={filters.plans[0] ?? ""}>
            <option value="">{t("boardPack.form.allPlans")}</option>
            {plans.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("boardPack.form.show")}
        </button>
      </Form>
      <header className="pack-cover">
        <p className="pack-org">Boligsocialt Hus · Odense</p>
        <h1>{t("boardPack.title")}</h1>
        <p className="font-lead">{t("boardPack.meeting", { date: formatDateLong(lang, meetingDate) })}</p>
        <p className="muted">
          {previous && since === previous.heldOn
            ? t("meetingPack.since.board", { date: formatDateLong(lang, since) })
            : t("boardPack.changesPeriod", { from: formatDate(lang, since), to: formatDate(lang, meetingDate) })}
        </p>
      </header>

      <section aria-labelledby="pack-key">
        <h2 id="pack-key">{t("dashboard.keyFigures")}</h2>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("col.focusArea")}</th>
              <th scope="col" className="num">
                {t("dashboard.activeActivities")}
              </th>
              <th scope="col" className="num">
                {t("dashboard.shareGreen")}
              </th>
              <th scope="col" className="num">
                {t("dashboard.redAmber")}
              </th>
              <th scope="col" className="num">
                {t("col.budget")}
              </th>
              <th scope="col" className="num">
                {t("col.gap")}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.focusAreas.map((f) => {
              const fig = d.byFocus[f.code];
              if (!fig) return null;
              return (
                <tr key={f.code}>
                  <th scope="row">{name(f)}</th>
                  <td className="num">{formatNumber(lang, fig.active)}</td>
                  <td className="num">{share(fig.shareGreen)}</td>
                  <td className="num">{formatNumber(lang, fig.health.red + fig.health.amber)}</td>
                  <td className="num">{formatMoney(lang, fig.budget)}</td>
                  <td className="num">{formatMoney(lang, fig.gap)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("fundingPage.total")}</th>
              <td className="num">{formatNumber(lang, d.total.active)}</td>
              <td className="num">{share(d.total.shareGreen)}</td>
              <td className="num">{formatNumber(lang, d.total.health.red + d.total.health.amber)}</td>
              <td className="num">{formatMoney(lang, d.total.budget)}</td>
              <td className="num">{formatMoney(lang, d.total.gap)}</td>
            </tr>
          </tfoot>
        </table>
        <CoFinancingWarnings warnings={warnings} />
      </section>

      <section aria-labelledby="pack-matrix" className="pack-section pack-landscape">
        <h2 id="pack-matrix">{t("dashboard.matrix")}</h2>
        <FigureTable table={budgetTable} />
        <table className="table table--compact pack-matrix">
          <caption>{t("boardPack.matrixCounts")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("col.focusArea")}</th>
              {d.areas.map((a) => (
                <th scope="col" className="num" key={a.slug}>
                  {a.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.focusAreas.map((f) => (
              <tr key={f.code}>
                <th scope="row">{name(f)}</th>
                {d.areas.map((a) => {
                  const cell = d.matrix[f.code]?.[a.slug];
                  return (
                    <td className="num" key={a.slug}>
                      {cell ? (
                        <>
                          {cell.activities}{" "}
                          <span aria-hidden="true">
                            (● {cell.health.green} ▲ {cell.health.amber} ■ {cell.health.red})
                          </span>
                          <span className="sr-only">{healthMixLabel({ t, tn }, cell.health)}</span>
                        </>
                      ) : (
                        t("common.none")
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {d.focusAreas.map((f) => {
        const mine = attention.rows.filter((a) => a.focus === f.code);
        const changed = changes.rows.filter((c) => c.focus === f.code);
        const scope = { areas: filters.areas, plans: filters.plans, from: filters.from, to: filters.to, focus: [f.code] };
        const fig = d.byFocus[f.code];
        return (
          <section key={f.code} className="pack-section pack-focus" aria-labelledby={`pack-${f.code}`}>
            <h2 id={`pack-${f.code}`}>{name(f)}</h2>
            {fig ? (
              <p>
                {`${tn("boardPack.focusActive", fig.active, { green: share(fig.shareGreen) })} ${
                  fig.gap > 0
                    ? t("boardPack.focusGap", { budget: formatMoney(lang, fig.budget), gap: formatMoney(lang, fig.gap) })
                    : t("boardPack.focusFunded", { budget: formatMoney(lang, fig.budget) })
                }`}
              </p>
            ) : null}
            <h3>{t("boardPack.redAmber")}</h3>
            {mine.length === 0 ? (
              <p>{t("boardPack.noneRedAmber")}</p>
            ) : (
              <ul className="pack-list">
                {mine.map((a) => (
                  <li key={a.id}>
                    <HealthBadge health={a.health} /> <strong>{a.title}</strong> ({a.areaNames}): {a.healthReason || t("activity.notGiven")}
                  </li>
                ))}
              </ul>
            )}
            <MoreLink
              shown={mine.length}
              total={attention.total[f.code] ?? 0}
              href={`/activities${filtersToSearch({ ...scope, health: ["red", "amber"], statuses: [...OPEN_STATUSES] })}`}
              label={t("bounded.allActivities")}
            />
            <h3>{t("boardPack.changes")}</h3>
            <ChangeList changes={changed} />
            <MoreLink
              shown={changed.length}
              total={changes.total[f.code] ?? 0}
              href={`/activities${filtersToSearch(scope)}`}
              label={t("bounded.allChanges")}
            />
          </section>
        );
      })}

      <section aria-labelledby="pack-unfunded" className="pack-section">
        <h2 id="pack-unfunded">{t("boardPack.unfunded")}</h2>
        {unfunded.total === 0 ? (
          <p>{t("fundingPage.noGaps")}</p>
        ) : (
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.title")}</th>
                <th scope="col">{t("col.areas")}</th>
                <th scope="col" className="num">
                  {t("col.budget")}
                </th>
                <th scope="col" className="num">
                  {t("col.gap")}
                </th>
                <th scope="col">{t("col.funding")}</th>
              </tr>
            </thead>
            <tbody>
              {unfunded.rows.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.title}</th>
                  <td>{u.areaNames}</td>
                  <td className="num">{formatMoney(lang, u.budget)}</td>
                  <td className="num">{formatMoney(lang, u.gap)}</td>
                  <td>
                    <FundingBadge state={u.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreLink shown={unfunded.rows.length} total={unfunded.total} href={`/funding${fundingSearch}`} label={t("bounded.allRanking")} />
      </section>
    </article>
  );
}
