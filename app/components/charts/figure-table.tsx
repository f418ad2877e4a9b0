import { formatMoney, formatNumber, formatPercent } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { ColumnKind, FigureTable as FigureTableData } from "../../views/dashboard-tables.server";
import { ScrollArea } from "../scroll-area";

export function useFormatCell() {
  const { t, lang } = useTranslation();
  return (value: number | null | undefined, kind: ColumnKind) => {
    if (value === null || value === undefined) return t("common.none");
    switch (kind) {
      case "money":
        return formatMoney(lang, value);
      case "share":
        return formatPercent(lang, value);
      case "rate":
        return formatNumber(lang, value, 1);
      case "count":
        return formatNumber(lang, value);
    }
  };
}

/**
 * A chart's figures as an accessible table; every figure links to the activities behind it (plain links,
 * which ScrollArea makes navigate within the app: a table of 30 areas holds 300 of them).
 */
export function FigureTable({ table }: { table: FigureTableData }) {
  const format = useFormatCell();
  return (
    <ScrollArea label={table.title}>
      <table className="table table--compact figure-table">
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((c) => (
              <th scope="col" className="num" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.href ? <a href={r.href}>{r.label}</a> : r.label}</th>
              {table.columns.map((c) => {
                const cell = r.cells[c.key];
                const text = format(cell?.value, r.kind ?? c.kind);
                return (
                  <td className="num" key={c.key}>
                    {cell?.href && cell.value !== null ? <a href={cell.href}>{text}</a> : text}
                    {cell?.note ? (
                      <>
                        <br />
                        <span className="small muted">{cell.note}</span>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
