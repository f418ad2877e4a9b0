import { Link } from "@remix-run/react";

import { useTranslation } from "../i18n/use-translation";

/**
 * Previous / "page x of y" / next, for a list split into pages; nothing when there is one page. A page with
 * two pagers names each (`label`), and may say what the page shows instead of its number (`status`).
 */
export function Pager({
  page,
  pageCount,
  href,
  label,
  status,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
  status?: string;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label ?? t("pagination.label")} className="pager">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : null}
      <span>{status ?? t("pagination.page", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next">
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
