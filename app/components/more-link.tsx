import { Link } from "@remix-run/react";

import { formatNumber } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";

/**
 * Under a list that shows only its first rows: how many it shows of how many, and where the rest are
 * (a page, or a CSV download). Nothing when the list shows them all.
 */
export function MoreLink({
  shown,
  total,
  href,
  label,
  download = false,
}: {
  shown: number;
  total: number;
  href: string;
  label: string;
  download?: boolean;
}) {
  const { t, lang } = useTranslation();
  if (total <= shown) return null;
  return (
    <p className="more-link">
      {t("bounded.showing", { shown: formatNumber(lang, shown), total: formatNumber(lang, total) })}{" "}
      {download ? (
        <a href={href} download>
          {label}
        </a>
      ) : (
        <Link to={href}>{label}</Link>
      )}
    </p>
  );
}
