// Charts drawn on the server as SVG: no chart library and no JavaScript in the browser. Each
// SVG is one image (role="img") named by its <title> and described by a <desc> that says the
// totals in words; the figure that holds it also offers the data as a table (with links).
import { useFormatter } from "next-intl";
import type { ReactNode } from "react";

export interface Series {
  key: string;
  label: string;
  /** A fill with at least 3:1 contrast against white (segments are separated by white lines). */
  color: string;
}

/** A "nice" top for the value axis (1, 2, 5 × 10ⁿ) and its ticks. */
function axis(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.max(0, Math.round(v)));
  return [...new Set(ticks)];
}

export function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1.5">
          <svg viewBox="0 0 12 12" className="h-3 w-3">
            <rect width={12} height={12} rx={2} fill={s.color} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** Columns stacked by series (e.g. meetings per month by network kind). */
export function StackedColumns({
  id,
  title,
  description,
  categories,
  series,
  values,
}: {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: Series[];
  /** values[category][series] */
  values: number[][];
}) {
  const format = useFormatter();
  const width = 640;
  const height = 240;
  const left = 36;
  const bottom = 28;
  const top = 10;
  const plotH = height - top - bottom;
  const plotW = width - left - 8;
  const totals = values.map((v) => v.reduce((a, b) => a + b, 0));
  const ticks = axis(Math.max(0, ...totals));
  const max = ticks.at(-1) || 1;
  const slot = plotW / Math.max(1, categories.length);
  const barW = Math.max(4, Math.min(40, slot * 0.6));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  // Thin labels when the months are many: every nth one.
  const every = Math.ceil(categories.length / 12);
  return (
    <ChartSvg id={id} title={title} description={description} width={width} height={height}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - 8} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeWidth={1} />
          <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#4b5563">
            {format.number(tick, "integer")}
          </text>
        </g>
      ))}
      {categories.map((label, i) => {
        const x = left + i * slot + (slot - barW) / 2;
        let base = 0;
        return (
          <g key={label}>
            {series.map((s, j) => {
              const v = values[i]?.[j] ?? 0;
              if (!v) return null;
              const rect = (
                <rect
                  key={s.key}
                  x={x}
                  y={y(base + v)}
                  width={barW}
                  height={y(base) - y(base + v)}
                  fill={s.color}
                  stroke="#fff"
                  strokeWidth={1}
                />
              );
              base += v;
              return rect;
            })}
            {i % every === 0 ? (
              <text x={x + barW / 2} y={height - 10} textAnchor="middle" fontSize={11} fill="#1b2430">
                {label}
              </text>
            ) : null}
          </g>
        );
      })}
    </ChartSvg>
  );
}

/** A chart's drawing, named by its title and described by its summary (the figures in words). */
function ChartSvg({
  id,
  title,
  description,
  width,
  height,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Horizontal bars, one group per row and one bar per series (e.g. departments × two figures). */
export function GroupedBars({
  id,
  title,
  description,
  rows,
  series,
  width = 640,
}: {
  id: string;
  title: string;
  description: string;
  rows: { key: string; label: string; values: number[]; highlight?: boolean }[];
  series: Series[];
  /** The drawing's width in user units: wider for a chart that spans the page, so text stays small. */
  width?: number;
}) {
  const format = useFormatter();
  const labelW = 180;
  const barH = 12;
  const gap = 4;
  const rowH = series.length * (barH + gap) + 12;
  const height = Math.max(40, rows.length * rowH + 8);
  const plotW = width - labelW - 48;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  return (
    <ChartSvg id={id} title={title} description={description} width={width} height={height}>
      {rows.map((row, i) => {
        const y0 = 4 + i * rowH;
        const label = row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label;
        return (
          <g key={row.key}>
            {row.highlight ? <rect x={0} y={y0 - 2} width={width} height={rowH - 4} fill="#eef5fc" /> : null}
            <text
              x={labelW - 8}
              y={y0 + (rowH - 12) / 2 + 4}
              textAnchor="end"
              fontSize={12}
              fontWeight={row.highlight ? 700 : 400}
              fill="#1b2430"
            >
              {label}
            </text>
            {series.map((s, j) => {
              const v = row.values[j] ?? 0;
              const w = (v / max) * plotW;
              const y = y0 + j * (barH + gap);
              return (
                <g key={s.key}>
                  <rect x={labelW} y={y} width={Math.max(v ? 2 : 0, w)} height={barH} fill={s.color} />
                  <text x={labelW + w + 6} y={y + barH - 2} fontSize={11} fill="#1b2430">
                    {format.number(v, "integer")}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartSvg>
  );
}
