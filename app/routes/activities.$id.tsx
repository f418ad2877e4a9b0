import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { IndicatorForm, MilestoneForm } from "../components/activity/definition-forms";
import { IndicatorsTable } from "../components/activity/indicators";
import { MilestoneList } from "../components/activity/milestones";
import { StatusUpdateForm } from "../components/activity/status-update-form";
import { Timeline } from "../components/activity/timeline";
import { FlagBadge, FundingBadge, HealthBadge, StatusBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SavedNotice } from "../components/forms";
import { CoFinancingWarnings } from "../components/funding/cofinancing-warnings";
import { FlagPanel } from "../components/funding/flag-panel";
import { FundingLinesTable } from "../components/funding/funding-lines";
import { ActivityMeetings } from "../components/meetings/activity-meetings";
import { Pager } from "../components/pager";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { requireUserWith } from "../utils/auth.server";
import { pageTitle } from "../utils/meta";
import { loadActivityPage } from "../views/activity-page.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, () => (data ? data.activity.title : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  return json(loadActivityPage(user, params.id, new URL(request.url)));
}

export default function ActivityPage() {
  const {
    activity: a,
    report,
    indicators,
    milestones,
    timeline,
    history,
    today: todayIso,
    money,
    fundingLines,
    coFinancingWarnings: warnings,
    flags,
    canFund,
    canFlag,
    meetingItems,
    followUps,
    canEdit,
  } = useLoaderData<typeof loader>();
  const openFlag = flags.find((f) => f.resolvedAt === null);
  const { t, lang } = useTranslation();
  const overdue = milestones.filter((m) => m.overdue).length;
  const text = (value: string) => (value.trim() ? value : <span className="muted">{t("activity.notGiven")}</span>);
  const date = (value: string | null) => (value ? formatDate(lang, value) : null);

  return (
    <>
      <p>
        <Link to="/activities" className="back-link">
          {t("activity.back")}
        </Link>
      </p>
      <SavedNotice />
      <h1>{a.title}</h1>
      {canEdit ? (
        <p>
          <Link to={`/activities/${a.id}/edit`} className="button button-secondary">
            {t("activityForm.editLink")}
          </Link>
        </p>
      ) : null}
      <p className="activity-badges">
        <StatusBadge status={a.status} /> <HealthBadge health={a.health} /> <FundingBadge state={a.fundingState} />
        {openFlag ? (
          <>
            {" "}
            <FlagBadge priority={openFlag.priority} />
          </>
        ) : null}
      </p>
      {overdue > 0 ? <p className="overdue">⚠ {t("milestone.overdueCount", { count: overdue })}</p> : null}
      {a.health !== "green" && a.healthReason ? (
        <p className="health-reason">
          <strong>{t("activity.healthReason")}:</strong> {a.healthReason}
        </p>
      ) : null}

      <div className="row">
        <section className="col-12 col-lg-7" aria-labelledby="details">
          <h2 id="details">{t("activity.details")}</h2>
          <dl className="fact-list">
            <dt>{t("activity.focus")}</dt>
            <dd>
              <Link to={`/activities?focus=${a.focus.code}`}>{lang === "da" ? a.focus.nameDa : a.focus.nameEn}</Link>
            </dd>
            <dt>{t("activity.areas")}</dt>
            <dd>
              {a.areas.map((area, i) => (
                <span key={area.slug}>
                  {i > 0 ? ", " : null}
                  <Link to={`/areas/${area.slug}`}>{area.name}</Link>
                </span>
              ))}
            </dd>
            <dt>{t("activity.plan")}</dt>
            <dd>
              {a.plan.name} ({formatDate(lang, a.plan.startsOn)} – {formatDate(lang, a.plan.endsOn)})
            </dd>
            <dt>{t("activity.purpose")}</dt>
            <dd>{text(a.purpose)}</dd>
            <dt>{t("activity.targetGroup")}</dt>
            <dd>{text(a.targetGroup)}</dd>
            <dt>{t("activity.content")}</dt>
            <dd>{text(a.content)}</dd>
            <dt>{t("activity.partners")}</dt>
            <dd>{text(a.partners)}</dd>
            <dt>{t("activity.responsible")}</dt>
            <dd>{text(a.responsible)}</dd>
            <dt>{t("activity.period")}</dt>
            <dd>
              {date(a.startsOn) ?? t("activity.notGiven")} – {date(a.endsOn) ?? t("activity.openEnded")}
            </dd>
            <dt>{t("activity.updated")}</dt>
            <dd>{formatDateTime(lang, a.updatedAt)}</dd>
          </dl>
        </section>
        <section className="col-12 col-lg-5" aria-labelledby="money">
          <h2 id="money">{t("activity.money")}</h2>
          <dl className="fact-list">
            <dt>{t("activity.budget")}</dt>
            <dd className="num-strong">{formatMoney(lang, a.budget)}</dd>
            <dt>{t("activity.secured")}</dt>
            <dd className="num-strong">{formatMoney(lang, a.secured)}</dd>
            <dt>{t("activity.gap")}</dt>
            <dd className="num-strong">
              {formatMoney(lang, a.gap)}
              {a.surplus > 0 ? <> ({t("funding.surplus", { amount: formatMoney(lang, a.surplus) })})</> : null}
            </dd>
            <dt>{t("activity.fundingState")}</dt>
            <dd>
              <FundingBadge state={a.fundingState} />
            </dd>
            <dt>{t("activity.pipeline")}</dt>
            <dd className="num-strong">{formatMoney(lang, money.pipeline)}</dd>
          </dl>
        </section>
      </div>

      <ActivityMeetings items={meetingItems} followUps={followUps} today={todayIso} activityId={a.id} />

      {report ? (
        <section aria-labelledby="report-heading" className="report-section">
          <h2 id="report-heading">{t("update.heading")}</h2>
          <StatusUpdateForm
            activityId={a.id}
            version={report.version}
            statuses={report.statuses}
            indicators={report.indicators}
            today={todayIso}
            values={{ status: a.status, health: a.health, healthReason: a.healthReason }}
          />
        </section>
      ) : null}

      <div className="row">
        <section className="col-12 col-lg-7" aria-labelledby="indicators-heading">
          <h2 id="indicators-heading">{t("indicator.heading")}</h2>
          <IndicatorsTable indicators={indicators} editBase={report ? `/activities/${a.id}/indicators` : undefined} />
          {report ? <IndicatorForm activityId={a.id} sharedOptions={report.sharedOptions} /> : null}
        </section>
        <section className="col-12 col-lg-5" aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">{t("milestone.heading")}</h2>
          <MilestoneList milestones={milestones} activityId={a.id} canEdit={report !== null} today={todayIso} />
          {report ? <MilestoneForm activityId={a.id} /> : null}
        </section>
      </div>

      <section aria-labelledby="funding-heading">
        <h2 id="funding-heading">{t("funding.heading")}</h2>
        <CoFinancingWarnings warnings={warnings} />
        <FundingLinesTable lines={fundingLines} editBase={canFund ? `/activities/${a.id}/funding` : undefined} />
        {canFund ? (
          <p>
            <Link to={`/activities/${a.id}/funding`} className="button button-secondary">
              {t("funding.addLine")}
            </Link>
          </p>
        ) : null}
        <h3>{t("flag.heading")}</h3>
        <FlagPanel activityId={a.id} flags={flags} canEdit={canFlag} />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("timeline.heading")}</h2>
        {history.pageCount > 1 ? (
          <p className="results-range">
            {t("bounded.showing", { shown: formatNumber(lang, timeline.length), total: formatNumber(lang, history.total) })}
          </p>
        ) : null}
        <Timeline entries={timeline} />
        <Pager
          page={history.page}
          pageCount={history.pageCount}
          href={(p) => `/activities/${a.id}${p > 1 ? `?history=${p}` : ""}#timeline-heading`}
        />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
