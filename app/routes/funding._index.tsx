import type { LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";

import { FlagBadge, FundingBadge, StatusBadge } from "../components/badges";
import { FilterCheckbox, FilterFieldset, IgnoredNotice } from "../components/filters";
import { FirstSteps } from "../components/first-steps";
import { CoFinancingWarnings } from "../components/funding/cofinancing-warnings";
import { LineDecision, LineYear, OutsidePlanNote, StageBadge } from "../components/funding/funding-lines";
import { MoreLink } from "../components/more-link";
import { Pager } from "../components/pager";
import { ScrollArea } from "../components/scroll-area";
import { pageParam } from "../domain/pagination";
import { formatDate, formatMoney, formatPercent } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { coFinancingByPlan, coFinancingWarnings, fundingPipeline, fundingTotals, rankedGaps } from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { fundingFiltersToSearch } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { can } from "../utils/permissions";
import { today } from "../utils/today.server";
import { fundingFiltersFromUrl } from "../views/funding-page.server";
import { setupIfEmpty } from "../views/setup.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("fundingPage.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const { filters, ignored, options } = fundingFiltersFromUrl(url);
  return json({
    filters,
    ignored,
    options,
    ranked: rankedGaps(filters, pageParam(url.searchParams.get("page"))),
    totals: fundingTotals(filters),
    pipeline: fundingPipeline(filters, today()),
    coFinancing: coFinancingByPlan(filters.plans),
    warnings: coFinancingWarnings(filters.plans),
    setup: setupIfEmpty(user),
    canEditSources: can(user, "funding:write"),
  });
}

export default function FundingOverview() {
  const { filters, ignored, options, ranked, totals, pipeline, coFinancing, warnings, setup, canEditSources } =
    useLoaderData<typeof loader>();
  const { t, lang } = useTranslation();
  const money = (n: number) => formatMoney(lang, n);
  const search = fundingFiltersToSearch(filters);

  return (
    <>
      <h1>{t("fundingPage.title")}</h1>
      <p className="font-lead">{t("fundingPage.intro")}</p>
      {canEditSources ? (
        <p>
          <Link to="/funding/sources">{t("sourcesPage.link")}</Link> · <Link to="/import">{t("import.link")}</Link>
        </p>
      ) : null}
      <FirstSteps setup={setup} />
      <IgnoredNotice ignored={ignored} />
      <CoFinancingWarnings warnings={warnings} />

      <Form method="get" className="filter-bar" aria-label={t("activities.filters")}>
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
          legend={t("fundingPage.filter.plan")}
          name="plan"
          chosen={filters.plans}
          options={options.plans.map((p) => ({ value: p.slug, label: p.name }))}
        >
          <FilterCheckbox name="flagged" value="1" label={t("fundingPage.filter.flagged")} checked={filters.flagged} />
        </FilterFieldset>
        <div className="filter-bar-actions">
          <button type="submit" className="button button-primary">
            {t("activities.filter.apply")}
          </button>{" "}
          <Link to="/funding">{t("activities.filter.clear")}</Link>
        </div>
      </Form>

      <section aria-labelledby="ranked-heading">
        <div className="results-head">
          <h2 id="ranked-heading">{t("fundingPage.ranked")}</h2>
          <span>
            <a href={`/funding.xlsx${search}`} className="button button-secondary" download>
              {t("sheet.xlsx")}
            </a>{" "}
            <a href={`/funding.csv${search}`} className="button button-secondary" download>
              {t("activities.csv")}
            </a>
          </span>
        </div>
        <p className="small">
          {t("sheet.lines")}:{" "}
          <a href={`/funding/lines.xlsx${search}`} download>
            Excel
          </a>
          ,{" "}
          <a href={`/funding/lines.csv${search}`} download>
            {t("sheet.linesCsv")}
          </a>
        </p>
        {ranked.total === 0 ? (
          <p>{t("fundingPage.noGaps")}</p>
        ) : (
          <>
            <ScrollArea label={t("fundingPage.ranked")}>
              <table className="table table--compact funding-table">
                <thead>
                  <tr>
                    <th scope="col">{t("col.title")}</th>
                    <th scope="col">{t("col.areas")}</th>
                    <th scope="col">{t("col.status")}</th>
                    <th scope="col" className="num">
                      {t("col.budget")}
                    </th>
                    <th scope="col" className="num">
                      {t("col.secured")}
                    </th>
                    <th scope="col" className="num">
                      {t("col.gap")}
                    </th>
                    <th scope="col" className="num">
                      {t("col.pipeline")}
                    </th>
                    <th scope="col">{t("col.funding")}</th>
                  </tr>
                </thead>
                <tbody>
                  {ranked.rows.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        {/* Plain links in the page's long tables; ScrollArea navigates within the app. */}
                        <a href={`/activities/${r.id}`}>{r.title}</a>
                        {r.flag ? (
                          <>
                            <br />
                            <FlagBadge priority={r.flag} />
                          </>
                        ) : null}
                      </th>
                      <td>{r.areaNames}</td>
                      <td>
                        <StatusBadge status={r.status} />
                      </td>
                      <td className="num">{money(r.budget)}</td>
                      <td className="num">{money(r.secured)}</td>
                      <td className="num strong">{money(r.gap)}</td>
                      <td className="num">{money(r.pipeline)}</td>
                      <td>
                        <FundingBadge state={r.state} />
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      {t("fundingPage.total")}
                    </th>
                    <td className="num">{money(ranked.sums.budget)}</td>
                    <td className="num">{money(ranked.sums.secured)}</td>
                    <td className="num strong">{money(ranked.sums.gap)}</td>
                    <td className="num">{money(ranked.sums.pipeline)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </ScrollArea>
            <Pager page={ranked.page} pageCount={ranked.pageCount} href={(page) => `/funding${withPage(search, page)}`} />
          </>
        )}
      </section>

      <section aria-labelledby="pipeline-heading">
        <div className="results-head">
          <h2 id="pipeline-heading">{t("fundingPage.pipeline")}</h2>
          <a href={`/funding/applications.csv${search}`} className="button button-secondary" download>
            {t("fundingPage.applicationsCsv")}
          </a>
        </div>
        <p className="muted small">{t("fundingPage.pipelineNote")}</p>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("funding.stage")}</th>
              <th scope="col" className="num">
                {t("col.count")}
              </th>
              <th scope="col" className="num">
                {t("funding.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {pipeline.stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">
                  <StageBadge stage={s.stage} />
                </th>
                <td className="num">{s.count}</td>
                <td className="num">{money(s.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t("fundingPage.deadlines")}</h3>
        {pipeline.open.total === 0 ? (
          <p>{t("fundingPage.noOpen")}</p>
        ) : (
          <>
            <p className="muted small">{t("fundingPage.openNote")}</p>
            <PipelineLines
              label={t("fundingPage.deadlines")}
              firstColumn={t("fundingPage.nextDate")}
              lines={pipeline.open}
              csvHref={`/funding/applications.csv${search}`}
              rowClass={(l) => (l.alert?.kind === "deadline" ? `deadline-${l.alert.urgency}` : undefined)}
              first={(l) =>
                l.alert?.kind === "awaiting" ? (
                  <LineDecision line={l} />
                ) : (
                  <>
                    {l.deadline ? formatDate(lang, l.deadline) : t("common.none")}
                    {l.alert?.urgency === "passed" ? <span className="overdue"> ⚠ {t("fundingPage.deadlinePassed")}</span> : null}
                    {l.alert?.urgency === "soon" ? <span className="soon"> {t("fundingPage.deadlineSoon")}</span> : null}
                  </>
                )
              }
            />
          </>
        )}
        <h3>{t("fundingPage.decided")}</h3>
        {pipeline.decided.total === 0 ? (
          <p>{t("fundingPage.noDecided")}</p>
        ) : (
          <>
            <PipelineLines
              label={t("fundingPage.decided")}
              firstColumn={t("funding.decidedOn")}
              lines={pipeline.decided}
              csvHref={`/funding/applications.csv${search}`}
              first={(l) => <LineDecision line={l} />}
            />
          </>
        )}
      </section>

      <div className="row">
        <section className="col-12 col-lg-6" aria-labelledby="by-area-heading">
          <h2 id="by-area-heading">{t("fundingPage.byArea")}</h2>
          <TotalsTable label={t("fundingPage.byArea")} rows={totals.byArea.map((a) => ({ ...a, key: a.slug }))} total={totals.total} />
          <p className="muted small">{t("areas.perActivity")}</p>
        </section>
        <section className="col-12 col-lg-6" aria-labelledby="by-focus-heading">
          <h2 id="by-focus-heading">{t("fundingPage.byFocus")}</h2>
          <TotalsTable
            label={t("fundingPage.byFocus")}
            rows={totals.byFocus.map((f) => ({ ...f, key: f.code, name: lang === "da" ? f.nameDa : f.nameEn }))}
            total={totals.total}
          />
        </section>
      </div>

      <section aria-labelledby="cofinancing-heading">
        <h2 id="cofinancing-heading">{t("cofinancing.heading")}</h2>
        <p>{t("cofinancing.intro")}</p>
        <ScrollArea label={t("cofinancing.heading")}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.plan")}</th>
                <th scope="col">{t("cofinancing.year")}</th>
                <th scope="col" className="num">
                  {t("cofinancing.local")}
                </th>
                <th scope="col" className="num">
                  {t("cofinancing.secured")}
                </th>
                <th scope="col" className="num">
                  {t("cofinancing.share")}
                </th>
                <th scope="col" className="num">
                  {t("cofinancing.missing")}
                </th>
              </tr>
            </thead>
            <tbody>
              {coFinancing.flatMap((p) => [
                ...p.years.map((y) => (
                  <tr key={`${p.plan.slug}-${y.year}`} className={y.warning ? "row-warning" : undefined}>
                    <th scope="row">{p.plan.name}</th>
                    <td>{y.year}</td>
                    <td className="num">{money(y.local)}</td>
                    <td className="num">{money(y.secured)}</td>
                    <td className="num">
                      {y.share === null ? t("common.none") : formatPercent(lang, y.share, 1)}
                      {y.warning ? <span className="overdue"> ⚠ {t("cofinancing.below")}</span> : null}
                    </td>
                    <td className="num">{y.warning ? money(y.amountMissing) : t("common.none")}</td>
                  </tr>
                )),
                <tr key={`${p.plan.slug}-total`} className="row-total">
                  <th scope="row">{p.plan.name}</th>
                  <td>{t("cofinancing.allYears")}</td>
                  <td className="num">{money(p.total.local)}</td>
                  <td className="num">{money(p.total.secured)}</td>
                  <td className="num">
                    {p.total.share === null ? t("common.none") : formatPercent(lang, p.total.share, 1)}
                    {p.total.warning ? <span className="overdue"> ⚠ {t("cofinancing.below")}</span> : null}
                  </td>
                  <td className="num">{p.total.warning ? money(p.total.amountMissing) : t("common.none")}</td>
                </tr>,
              ])}
            </tbody>
          </table>
        </ScrollArea>
      </section>
    </>
  );
}

/** The filters' query string with a page number (the first page has none). */
/** One list of the pipeline (open lines, decided lines): bounded, with the CSV for the rest. */
function PipelineLines({
  label,
  firstColumn,
  lines,
  csvHref,
  first,
  rowClass,
}: {
  label: string;
  firstColumn: string;
  lines: SerializeFrom<typeof loader>["pipeline"]["open"];
  csvHref: string;
  first: (line: PipelineRow) => ReactNode;
  rowClass?: (line: PipelineRow) => string | undefined;
}) {
  const { t, lang } = useTranslation();
  const money = (n: number) => formatMoney(lang, n);
  return (
    <>
      <ScrollArea label={label}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              <th scope="col">{t("col.title")}</th>
              <th scope="col">{t("funding.source")}</th>
              <th scope="col" className="num">
                {t("funding.year")}
              </th>
              <th scope="col">{t("funding.stage")}</th>
              <th scope="col" className="num">
                {t("funding.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.rows.map((l) => (
              <tr key={l.id} className={rowClass?.(l)}>
                <td>{first(l)}</td>
                <td>
                  <a href={`/activities/${l.activityId}`}>{l.activityTitle}</a>
                </td>
                <td>{l.source}</td>
                <td className="num">
                  <LineYear line={l} />
                </td>
                <td>
                  <StageBadge stage={l.stage} />
                </td>
                <td className="num">{money(l.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <MoreLink shown={lines.rows.length} total={lines.total} href={csvHref} label={t("bounded.allCsv")} download />
      <OutsidePlanNote lines={lines.rows} />
    </>
  );
}

type PipelineRow = SerializeFrom<typeof loader>["pipeline"]["open"]["rows"][number];

function withPage(search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const query = params.toString();
  return query ? `?${query}` : "";
}

function TotalsTable({
  label,
  rows,
  total,
}: {
  label: string;
  rows: { key: string; name: string; budget: number; secured: number; gap: number; pipeline: number }[];
  total: { budget: number; secured: number; gap: number; pipeline: number };
}) {
  const { t, lang } = useTranslation();
  const money = (n: number) => formatMoney(lang, n);
  return (
    <ScrollArea label={label}>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t("col.name")}</th>
            <th scope="col" className="num">
              {t("col.budget")}
            </th>
            <th scope="col" className="num">
              {t("col.secured")}
            </th>
            <th scope="col" className="num">
              {t("col.gap")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td className="num">{money(r.budget)}</td>
              <td className="num">{money(r.secured)}</td>
              <td className="num">{money(r.gap)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("fundingPage.total")}</th>
            <td className="num">{money(total.budget)}</td>
            <td className="num">{money(total.secured)}</td>
            <td className="num">{money(total.gap)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollArea>
  );
}
