import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FundingBadge, HealthBadge, StatusBadge } from "../components/badges";
import { FilterCheckbox, FilterFieldset, IgnoredNotice } from "../components/filters";
import { FirstSteps } from "../components/first-steps";
import { SavedNotice } from "../components/forms";
import { Pager } from "../components/pager";
import { ScrollArea } from "../components/scroll-area";
import { ACTIVITY_STATUSES, FUNDING_STATES, HEALTHS } from "../domain/constants";
import { formatDate, formatMoney } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { listActivities } from "../models/activity.server";
import { getFilterOptions } from "../models/area.server";
import { requireUserWith } from "../utils/auth.server";
import { filtersToSearch, PAGE_SIZE, parseActivityFilters } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { can } from "../utils/permissions";
import { useOptionalUser } from "../utils/user";
import { setupIfEmpty } from "../views/setup.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("activities.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const options = getFilterOptions();
  const { filters, ignored } = parseActivityFilters(url.searchParams, {
    areaSlugs: options.areas.map((a) => a.slug),
    focusCodes: options.focusAreas.map((f) => f.code),
    planSlugs: options.plans.map((p) => p.slug),
  });
  const result = listActivities(filters);
  return json({ filters, ignored, options, ...result, setup: setupIfEmpty(user) });
}

export default function Activities() {
  const { filters, ignored, options, rows, total, page, pageCount, setup } = useLoaderData<typeof loader>();
  const { t, tn, lang } = useTranslation();
  const user = useOptionalUser();
  const search = filtersToSearch(filters);
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, page * PAGE_SIZE);
  const focusNames = new Map(options.focusAreas.map((f) => [f.code, lang === "da" ? f.nameDa : f.nameEn]));

  return (
    <>
      <h1>{t("activities.title")}</h1>
      <SavedNotice />
      {can(user, "activity:create") ? (
        <p>
          <Link to="/activities/new" className="button button-primary">
            {t("activityForm.newLink")}
          </Link>{" "}
          <Link to="/import" className="button button-secondary">
            {t("import.link")}
          </Link>
        </p>
      ) : null}
      <FirstSteps setup={setup} />

      <IgnoredNotice ignored={ignored} />

      <div className="row">
        <aside className="col-12 col-lg-3">
          <Form method="get" className="filter-form" aria-label={t("activities.filters")}>
            <h2 className="h4">{t("activities.filters")}</h2>
            {filters.from ? <input type="hidden" name="from" value={filters.from} /> : null}
            {filters.to ? <input type="hidden" name="to" value={filters.to} /> : null}
            {filters.from || filters.to ? (
              <p className="small">
                {t("activities.period", {
                  from: filters.from ? formatDate(lang, filters.from) : "…",
                  to: filters.to ? formatDate(lang, filters.to) : "…",
                })}
              </p>
            ) : null}
            <div className="form-group">
              <label className="form-label" htmlFor="q">
                {t("activities.filter.q")}
              </label>
              <span className="form-hint" id="q-hint">
                {t("activities.filter.qHint")}
              </span>
              <input
                className="form-input"
                type="search"
                id="q"
                name="q"
                defaultValue={filters.q}
                maxLength={200}
                aria-describedby="q-hint"
              />
            </div>
            <FilterFieldset
              legend={t("activities.filter.area")}
              name="area"
              chosen={filters.areas}
              options={options.areas.map((a) => ({ value: a.slug, label: a.name }))}
            />
            <FilterFieldset
              legend={t("activities.filter.focus")}
              name="focus"
              chosen={filters.focus}
              options={options.focusAreas.map((f) => ({ value: f.code, label: lang === "da" ? f.nameDa : f.nameEn }))}
            />
            <FilterFieldset
              legend={t("activities.filter.status")}
              name="status"
              chosen={filters.statuses}
              options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
            <FilterFieldset
              legend={t("activities.filter.health")}
              name="health"
              chosen={filters.health}
              options={HEALTHS.map((h) => ({ value: h, label: t(`health.${h}`) }))}
            />
            <FilterFieldset
              legend={t("fundingPage.filter.plan")}
              name="plan"
              chosen={filters.plans}
              options={options.plans.map((p) => ({ value: p.slug, label: p.name }))}
            />
            <FilterFieldset
              legend={t("activities.filter.funding")}
              name="funding"
              chosen={filters.funding}
              options={FUNDING_STATES.map((s) => ({ value: s, label: t(`funding.${s}`) }))}
            >
              <FilterCheckbox name="flagged" value="1" label={t("fundingPage.filter.flagged")} checked={filters.flagged} />
            </FilterFieldset>
            <p>
              <button type="submit" className="button button-primary">
                {t("activities.filter.apply")}
              </button>
            </p>
            <p>
              <Link to="/activities">{t("activities.filter.clear")}</Link>
            </p>
          </Form>
        </aside>

        <section className="col-12 col-lg-9" aria-labelledby="results-heading">
          <div className="results-head">
            <h2 id="results-heading" className="h3" aria-live="polite">
              {tn("activities.count", total)}
            </h2>
            <span>
              <a href={`/activities.xlsx${search}`} className="button button-secondary" download>
                {t("sheet.xlsx")}
              </a>{" "}
              <a href={`/activities.csv${search}`} className="button button-secondary" download>
                {t("activities.csv")}
              </a>
            </span>
          </div>
          {filters.q ? <p>{t("activities.searchFor", { q: filters.q })}</p> : null}

          {rows.length === 0 ? (
            <div className="empty-state">
              <p>
                <strong>{t("activities.none")}</strong>
              </p>
              <p>{t("activities.noneHint")}</p>
            </div>
          ) : (
            <>
              <p className="results-range">{t("activities.showing", { from, to, total })}</p>
              <ScrollArea label={t("activities.title")}>
                <table className="table table--compact activity-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("col.title")}</th>
                      <th scope="col">{t("col.focusArea")}</th>
                      <th scope="col">{t("col.areas")}</th>
                      <th scope="col">{t("col.status")}</th>
                      <th scope="col">{t("col.health")}</th>
                      <th scope="col" className="num">
                        {t("col.budget")}
                      </th>
                      <th scope="col">{t("col.funding")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">
                          <a href={`/activities/${r.id}`}>{r.title}</a>
                        </th>
                        <td>{focusNames.get(r.focusCode)}</td>
                        <td>{r.areas.join(", ")}</td>
                        <td>
                          <StatusBadge status={r.status} />
                        </td>
                        <td>
                          <HealthBadge health={r.health} />
                        </td>
                        <td className="num">{formatMoney(lang, r.budget)}</td>
                        <td>
                          <FundingBadge state={r.fundingState} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
              <Pager page={page} pageCount={pageCount} href={(p) => `/activities${filtersToSearch(filters, { page: p })}`} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
