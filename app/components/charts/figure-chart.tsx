import { lazy, type RefObject, Suspense, useEffect, useRef, useState } from "react";

import { useTranslation } from "../../i18n/use-translation";
import type { FigureTable as FigureTableData } from "../../views/dashboard-tables.server";
import { type ChartKind, DASHES, HEALTH_COLOURS, PALETTE } from "./chart-style";
import { FigureTable, useFormatCell } from "./figure-table";
import { useHydrated } from "./use-hydrated";

/** The recharts drawing, most of a chart page's JavaScript, in a chunk of its own (see `useSeen`). */
const ChartDrawing = lazy(() => import("./chart-drawing.client").then((m) => ({ default: m.ChartDrawing })));

/**
 * True once the element has come near the screen: the chart drawing is loaded and drawn only then, so the
 * page hydrates and answers first, and a chart never seen costs nothing. Always false on the server.
 */
function useSeen(ref: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          setSeen(true);
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return seen;
}

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
  const canvas = useRef<HTMLDivElement>(null);
  const seen = useSeen(canvas);
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
      <div className="chart-canvas" aria-hidden="true" ref={canvas}>
        {seen ? (
          <Suspense fallback={null}>
            <ChartDrawing kind={kind} data={data} columns={columns} colour={colour} tick={tick} kindOf={kindOf} />
          </Suspense>
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
