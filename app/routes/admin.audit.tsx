import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";

import { IgnoredNotice } from "../components/filters";
import { Pager } from "../components/pager";
import { ScrollArea } from "../components/scroll-area";
import { formatDateTime } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { auditFacets, listAudit } from "../models/audit.server";
import { requireUserWith } from "../utils/auth.server";
import { isIsoDate } from "../utils/dates";
import { pageTitle } from "../utils/meta";

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
  return json({ ...result, facets, filters: { entity, action, from, to, user: email ?? "" }, ignored, page });
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  return <pre className="audit-json">{JSON.stringify(value, null, 1)}</pre>;
}

export default function AuditLog() {
  const { rows, total, facets, filters, ignored, page, pageCount } = useLoaderData<typeof loader>();
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
              <option key={e}>{e}</option>
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
              <option key={a}>{a}</option>
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
      {rows.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <ScrollArea label={t("audit.title")}>
          <table className="table table--compact audit-table">
            <thead>
              <tr>
                <th scope="col">{t("audit.col.at")}</th>
                <th scope="col">{t("audit.col.user")}</th>
                <th scope="col">{t("audit.col.action")}</th>
                <th scope="col">{t("audit.col.entity")}</th>
                <th scope="col">{t("audit.col.before")}</th>
                <th scope="col">{t("audit.col.after")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(lang, r.at)}</td>
                  <td>{r.userEmail ?? t("audit.system")}</td>
                  <td>{r.action}</td>
                  <td>
                    {r.entity} #{r.entityId}
                  </td>
                  <td>
                    <Json value={r.before} />
                  </td>
                  <td>
                    <Json value={r.after} />
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
