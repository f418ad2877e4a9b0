import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

import type { ColumnKind } from "../../views/dashboard-tables.server";
import { type ChartKind, DASHES } from "./chart-style";

export type ChartDrawingProps = {
  kind: ChartKind;
  data: Record<string, string | number | null>[];
  columns: { key: string; label: string }[];
  colour: (key: string, i: number) => string;
  tick: (v: number) => string;
  kindOf: ColumnKind;
};

/**
 * The recharts drawing of a FigureChart, in a chunk of its own that loads when the chart is seen. A `.client`
 * module: the server build replaces it with an empty one, so the server, which never draws a chart, never
 * loads recharts (about 30 MB of memory); the browser's chunk holds only the parts of recharts named above.
 * No hover tooltip: it was 6.7 KB of the page's JavaScript (a chart page may load 250 KB, issue 16), and every
 * figure is in the table under the chart, which keyboard and screen reader users read anyway.
 */
export function ChartDrawing({ kind, data, columns, colour, tick, kindOf }: ChartDrawingProps) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      {kind === "lines" ? (
        <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={tick} domain={kindOf === "share" ? [0, 1] : undefined} width={80} />
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
}
