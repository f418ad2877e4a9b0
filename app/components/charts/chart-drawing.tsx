import type * as Recharts from "recharts";

import type { ColumnKind } from "../../views/dashboard-tables.server";
import { type ChartKind, DASHES } from "./chart-style";

export type ChartDrawingProps = {
  kind: ChartKind;
  data: Record<string, string | number | null>[];
  columns: { key: string; label: string }[];
  colour: (key: string, i: number) => string;
  tick: (v: number) => string;
  format: (v: number | null) => string;
  kindOf: ColumnKind;
};

/** Tooltip text in the body colour (recharts takes the series' colour, too light to read on white). */
const TOOLTIP_TEXT = { color: "#1a1a1a" };

/**
 * The recharts drawing of a FigureChart, in a chunk of its own that loads when the chart is seen. recharts
 * comes in as an argument, imported beside this module by FigureChart, so that the server, which never draws
 * a chart, never loads it (about 30 MB of memory).
 */
export function chartDrawing({
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
}: typeof Recharts) {
  return function ChartDrawing({ kind, data, columns, colour, tick, format, kindOf }: ChartDrawingProps) {
    return (
      <ResponsiveContainer width="100%" height={300}>
        {kind === "lines" ? (
          <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={tick} domain={kindOf === "share" ? [0, 1] : undefined} width={80} />
            <Tooltip formatter={(v) => format(typeof v === "number" ? v : null)} itemStyle={TOOLTIP_TEXT} />
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
            <Tooltip formatter={(v) => format(typeof v === "number" ? v : null)} itemStyle={TOOLTIP_TEXT} />
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
    );
  };
}
