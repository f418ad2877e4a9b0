import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { FilterFieldset, IgnoredNotice } from "../components/filters";
import { SavedNotice } from "../components/forms";
import { ScrollArea } from "../components/scroll-area";
import { MEETING_BODIES } from "../domain/constants";
import { formatDate, formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { listMeetings, meetingYears } from "../models/meeting.server";
import { requireUserWith } from "../utils/auth.server";
import { parseMeetingFilters } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { can } from "../utils/permissions";
import { useOptionalUser } from "../utils/user";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("meetings.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const years = meetingYears();
  const { filters, ignored } = parseMeetingFilters(new URL(request.url).searchParams, years);
  return json({ filters, ignored, years, meetings: listMeetings(filters) });
}

export default function Meetings() {
  const { filters, ignored, years, meetings } = useLoaderData<typeof loader>();
  const { t, tn, lang } = useTranslation();
  const user = useOptionalUser();
  const filtered = filters.bodies.length > 0 || filters.years.length > 0;
  return (
    <>
      <h1>{t("meetings.title")}</h1>
      <p className="font-lead">{t("meetings.intro")}</p>
      <SavedNotice />
      <IgnoredNotice ignored={ignored} />
      {can(user, "meetings:manage") ? (
        <p>
          <Link to="/meetings/new" className="button button-primary">
            {t("meetings.new")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filter-bar" aria-label={t("activities.filters")}>
        <FilterFieldset
          legend={t("meetings.filter.body")}
          name="body"
          chosen={filters.bodies}
          options={MEETING_BODIES.map((b) => ({ value: b, label: t(`body.${b}`) }))}
        />
        {years.length > 0 ? (
          <FilterFieldset
            legend={t("meetings.filter.year")}
            name="year"
            chosen={filters.years.map(String)}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
        ) : null}
        <div className="filter-bar-actions">
          <button type="submit" className="button button-secondary">
            {t("meetings.filter.apply")}
          </button>
          {filtered ? <Link to="/meetings">{t("activities.filter.clear")}</Link> : null}
        </div>
      </Form>
      <h2 className="h3" aria-live="polite">
        {tn("meetings.count", meetings.length)}
      </h2>
      {meetings.length === 0 ? (
        <p>{filtered ? t("meetings.none") : t("meetings.empty")}</p>
      ) : (
        <ScrollArea label={t("meetings.title")}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("meetings.col.date")}</th>
                <th scope="col">{t("meetings.col.meeting")}</th>
                <th scope="col">{t("meetings.col.body")}</th>
                <th scope="col" className="num">
                  {t("meetings.col.items")}
                </th>
                <th scope="col" className="num">
                  {t("meetings.col.decisions")}
                </th>
                <th scope="col" className="num">
                  {t("meetings.col.openFollowUps")}
                </th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td>
                    {formatDate(lang, m.heldOn)}
                    {m.dateNote ? <span className="muted"> ({t("meeting.dateApproximate", { note: m.dateNote })})</span> : null}
                  </td>
                  <th scope="row">
                    <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                  </th>
                  <td>{t(`body.${m.body}`)}</td>
                  <td className="num">{formatNumber(lang, m.itemCount)}</td>
                  <td className="num">{formatNumber(lang, m.decisionCount)}</td>
                  <td className="num">{formatNumber(lang, m.openFollowUps)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
