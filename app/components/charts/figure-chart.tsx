import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { useTranslation } from "../../i18n/use-translation";
import type { FigureTable as FigureTableData } from "../../views/dashboard-tables.server";
import { FigureTable, useFormatCell } from "./figure-table";
import { useHydrated } from "./use-hydrated";

/** Okabe–Ito: a palette that colour-blind readers can tell apart. Health has fixed colours and its words. */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];
const HEALTH_COLOURS: Record<string, string> = { green: "#009E73", amber: "#E69F00", red: "#D55E00" };
const DASHES = ["", "6 3", "2 2", "8 3 2 3", "1 3", "10 4"];

type ChartKind = "bars" | "stacked" | "lines";

/**
 * A chart with its figures never more than a click away: the table and a CSV link are in the server
 * HTML; the chart itself is drawn after hydration (recharts does not render on the server).
 */
export function FigureChart({
  table,
  kind,
  seriesKeys,
  csvHref,
}: {
  table: FigureTableData;
  kind: ChartKind;
  /** Which columns to draw (default: all). */
  seriesKeys?: string[];
  csvHref: string;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const format = useFormatCell();
  const columns = table.columns.filter((c) => !seriesKeys || seriesKeys.includes(c.key));
  const data = table.rows.map((r) => ({
    label: r.label,
    ...Object.fromEntries(columns.map((c) => [c.key, r.cells[c.key]?.value ?? null])),
  }));
  const colour = (key: string, i: number): string => HEALTH_COLOURS[key] ?? PALETTE[i % PALETTE.length] ?? "#000000";
  const kindOf = columns[0]?.kind ?? "count";
  const tick = (v: number) => (kindOf === "money" ? format(v, "money").replace(/\s*kr\.$/, "") : format(v, kindOf));

  return (
    <figure className="chart-figure" aria-labelledby={`${table.id}-title`}>
      <figcaption>
        <h3 id={`${table.id}-title`}>{table.title}</h3>
      </figcaption>
      {/* The chart repeats the table below for sighted readers; assistive technology reads the table. */}
      <div className="chart-canvas" aria-hidden="true">
        {hydrated ? (
          <ResponsiveContainer width="100%" height={300}>
            {kind === "lines" ? (
              <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" />
                <YAxis tickFormatter={tick} domain={kindOf === "share" ? [0, 1] : undefined} width={80} />
                <Tooltip formatter={(v) => format(typeof v === "number" ? v : null, kindOf)} />
                {columns.map((c, i) => (
                  <Line
                    key={c.key}
                    dataKey={c.key}
                    name={c.label}
                    stroke={colour(c.key, i)}
                    strokeDasharray={DASHES[i % DASHES.length]}
                    strokeWidth={c.key === "total" ? 3 : 2}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            ) : (
              <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
                <YAxis tickFormatter={tick} width={90} />
                <Tooltip formatter={(v) => format(typeof v === "number" ? v : null, kindOf)} />
                {columns.map((c, i) => (
                  <Bar
                    key={c.key}
                    dataKey={c.key}
                    name={c.label}
                    fill={colour(c.key, i)}
                    stackId={kind === "stacked" ? "stack" : undefined}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            )}
          </ResponsiveContainer>
        ) : null}
      </div>
      {/* Outside the hidden drawing, so its text is checked (and read) like any other. */}
      {hydrated ? (
        <ul className="chart-legend" aria-label={t("dashboard.legend")}>
          {columns.map((c, i) => (
            <li key={c.key}>
              <LegendMarker kind={kind} colour={colour(c.key, i)} dash={DASHES[i % DASHES.length] ?? ""} />
              {c.label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="chart-figures" open={!hydrated || undefined}>
        <summary>{t("dashboard.showFigures")}</summary>
        <FigureTable table={table} />
      </details>
      {table.note ? <p className="muted small">{table.note}</p> : null}
      <p className="small">
        <a href={csvHref} download>
          {t("dashboard.downloadCsv", { title: table.title })}
        </a>
      </p>
    </figure>
  );
}

/**
 * One marker per legend entry, in the series' colour and (for lines) its dash pattern; the entry's text
 * stays in the body colour, so it reads at full contrast whatever the series' colour.
 */
function LegendMarker({ kind, colour, dash }: { kind: ChartKind; colour: string; dash: string }) {
  return (
    <svg className="chart-legend-marker" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
      {kind === "lines" ? (
        <line x1="1" y1="6" x2="23" y2="6" stroke={colour} strokeWidth="3" strokeDasharray={dash || undefined} />
      ) : (
        <rect x="4" y="0" width="16" height="12" fill={colour} />
      )}
    </svg>
  );
}
