import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import type { MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { requireUserWith } from "../utils/auth.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("admin.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "users:manage");
  return json({});
}

const LINKS: { to: string; title: MessageKey; text: MessageKey }[] = [
  { to: "/admin/areas", title: "admin.link.areas", text: "admin.link.areasText" },
  { to: "/admin/plans", title: "admin.link.plans", text: "admin.link.plansText" },
  { to: "/admin/users", title: "admin.link.users", text: "admin.link.usersText" },
  { to: "/funding/sources", title: "admin.link.sources", text: "admin.link.sourcesText" },
  { to: "/admin/statistics", title: "statistics.title", text: "statistics.adminLinkText" },
  { to: "/admin/shared-indicators", title: "shared.title", text: "shared.short" },
  { to: "/admin/audit", title: "admin.link.audit", text: "admin.link.auditText" },
];

/** The administrator's starting point: every admin page, with a line on what it is for. */
export default function Admin() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="font-lead">{t("admin.intro")}</p>
      <ul className="admin-links">
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{t(link.title)}</Link>
            <p>{t(link.text)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
