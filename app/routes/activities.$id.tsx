import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { FundingBadge, HealthBadge, StatusBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { formatDate, formatDateTime, formatMoney } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { getActivity } from "../models/activity.server";
import { invariantResponse, requireId } from "../utils/http.server";
import { requireUserWith } from "../utils/auth.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.activity.title} – Overblik` : "Overblik" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const activity = getActivity(requireId(params.id));
  invariantResponse(activity, 404);
  return json({ activity });
}

export default function ActivityPage() {
  const { activity: a } = useLoaderData<typeof loader>();
  const { t, lang } = useTranslation();
  const text = (value: string) => (value.trim() ? value : <span className="muted">{t("activity.notGiven")}</span>);
  const date = (value: string | null) => (value ? formatDate(lang, value) : null);

  return (
    <>
      <p>
        <Link to="/activities" className="back-link">
          {t("activity.back")}
        </Link>
      </p>
      <h1>{a.title}</h1>
      <p className="activity-badges">
        <StatusBadge status={a.status} /> <HealthBadge health={a.health} /> <FundingBadge state={a.fundingState} />
      </p>
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
          </dl>
        </section>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
