import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { IgnoredNotice } from "../components/filters";
import { Pager } from "../components/pager";
import { ScrollArea } from "../components/scroll-area";
import { formatDateTime } from "../i18n/format";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { auditFacets, listAudit } from "../models/audit.server";
import { requireUserWith } from "../utils/auth.server";
import { isIsoDate } from "../utils/dates";
import { pageTitle } from "../utils/meta";
import { auditFacetLabels, describeAudit } from "../views/audit.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("audit.title"));

/** Filters that do not parse are dropped (and named), like the activity list's. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "audit:read");
  const params = new URL(request.url).searchParams;
  const facets = auditFacets();
  const ignored: { param: string; value: string }[] = [];
  const pick = (name: string, ok: (v: string) => boolean) => {
    const value = params.get(name)?.trim();
    if (!value) return undefined;
    if (ok(value)) return value;
    ignored.push({ param: name, value: value.slice(0, 60) });
    return undefined;
  };
  const entity = pick("entity", (v) => facets.entities.includes(v));
  const action = pick("action", (v) => facets.actions.includes(v));
  const from = pick("from", isIsoDate);
  const to = pick("to", isIsoDate);
  const email = pick("user", (v) => v.length <= 254);
  const page = Number(pick("page", (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1) ?? "1");
  const result = listAudit({ entity, action, from, to, userEmail: email, entityId: pick("entityId", (v) => v.length <= 40), page });
  const lang = await getLang(request);
  return json({
    entries: describeAudit(result.rows, lang),
    total: result.total,
    pageCount: result.pageCount,
    facets: auditFacetLabels(facets, lang),
    filters: { entity, action, from, to, user: email ?? "" },
    ignored,
    page,
  });
}

export default function AuditLog() {
  const { entries, total, facets, filters, ignored, page, pageCount } = useLoaderData<typeof loader>();
  const { t, tn, lang } = useTranslation();
  const pageLink = (p: number) => {
    const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
    q.set("page", String(p));
    return `/admin/audit?${q}`;
  };
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p className="font-lead">{t("audit.intro")}</p>
      <IgnoredNotice ignored={ignored} />
      <Form method="get" className="audit-filters">
        <div className="form-group">
          <label className="form-label" htmlFor="entity">
            {t("audit.filter.entity")}
          </label>
          <select className="form-select" id="entity" name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">{t("audit.filter.any")}</option>
            {facets.entities.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="action">
            {t("audit.filter.action")}
          </label>
          <select className="form-select" id="action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("audit.filter.any")}</option>
            {facets.actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="user">
            {t("audit.filter.user")}
          </label>
          <input className="form-input" id="user" name="user" type="email" defaultValue={filters.user} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="from">
            {t("audit.filter.from")}
          </label>
          <input className="form-input" id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="to">
            {t("audit.filter.to")}
          </label>
          <input className="form-input" id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <button type="submit" className="button button-primary">
          {t("audit.filter.apply")}
        </button>
      </Form>
      <h2 className="h3">{tn("audit.count", total)}</h2>
      {entries.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <ScrollArea label={t("audit.title")}>
          <table className="table table--compact audit-table">
            <thead>
              <tr>
                <th scope="col">{t("audit.col.at")}</th>
                <th scope="col">{t("audit.col.user")}</th>
                <th scope="col">{t("audit.col.what")}</th>
                <th scope="col">{t("audit.col.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(lang, e.at)}</td>
                  <td>{e.who ?? t("audit.system")}</td>
                  <td>
                    <strong>{e.what}</strong>
                    {e.subject ? (
                      <>
                        <br />
                        {e.subject.href ? <Link to={e.subject.href}>{e.subject.label}</Link> : e.subject.label}
                      </>
                    ) : null}
                  </td>
                  <td>
                    {e.changes.length === 0 ? (
                      <span className="muted">{t("audit.change.none")}</span>
                    ) : (
                      <table className="audit-changes">
                        <thead>
                          <tr>
                            <th scope="col">{t("audit.change.field")}</th>
                            <th scope="col">{t("audit.change.before")}</th>
                            <th scope="col">{t("audit.change.after")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {e.changes.map((c) => (
                            <tr key={c.field}>
                              <th scope="row">{c.field}</th>
                              <td>{c.before}</td>
                              <td>{c.after}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <Pager page={page} pageCount={pageCount} href={pageLink} />
    </>
  );
}
