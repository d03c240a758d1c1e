import { useFormatter } from "next-intl";
import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/translations";
import { COMMITMENT_STATUSES, NETWORK_KINDS, type NetworkKind } from "@/db/schema/values";
import type { Ctx } from "@/lib/context";
import { hrefs } from "@/lib/panel/figures";
import { panelCharts } from "@/lib/panel/queries";
import type { PanelView } from "@/lib/panel/scope";
import { ScopeBadge } from "./scope-badge";
import { GroupedBars, Legend, StackedColumns, type Series } from "./svg-charts";

const KIND_COLORS: Record<NetworkKind, string> = {
  regional: "#0a4a8a",
  global: "#b45309",
  thematic: "#15803d",
};

const cell = "border-b border-slate-100 px-3 py-1.5";
const head = "border-b border-slate-300 px-3 py-1.5 text-left font-semibold";

/** A chart with its title, meaning, legend and the same data as a table (each number a link). */
function ChartFigure({
  id,
  title,
  hint,
  badge,
  chart,
  legend,
  table,
  tableLabel,
}: {
  id: string;
  title: string;
  hint: string;
  badge?: ReactNode;
  chart: ReactNode;
  legend?: ReactNode;
  table: ReactNode;
  tableLabel: string;
}) {
  return (
    <figure
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-1 flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${id}-heading`} className="text-base font-bold">
          {title}
        </h3>
        {badge}
      </div>
      <p className="mb-3 text-xs text-muted">{hint}</p>
      {chart}
      {legend}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">{tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

function Count({ href, value, figure }: { href: string; value: number; figure: string }) {
  const format = useFormatter();
  return (
    <a href={href} data-figure={figure} data-count={value} className="tabular-nums">
      {format.number(value, "integer")}
    </a>
  );
}

type CountCell = { href: string; value: number; figure: string };

/** A chart's data as a table: a row heading, then one linked count per column. */
function FigureTable({
  caption,
  heading,
  columns,
  rows,
}: {
  caption: string;
  /** The header of the rows' column. */
  heading: string;
  columns: readonly { key: string; label: string }[];
  rows: readonly { key: string; label: ReactNode; counts: CountCell[] }[];
}) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>
            {heading}
          </th>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={`${head} text-right`}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={`${cell} text-left font-normal`}>
              {row.label}
            </th>
            {row.counts.map((count) => (
              <td key={count.figure} className={`${cell} text-right`}>
                <Count {...count} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function PanelCharts({ ctx, view }: { ctx: Ctx; view: PanelView }) {
  const charts = await panelCharts(ctx, view);
  const t = await getTranslations("panel.charts");
  const tCal = await getTranslations("calendar.months");
  const tEnum = await getTranslations("enums");
  const d = !!view.departmentId;

  const kinds: Series[] = NETWORK_KINDS.map((k) => ({
    key: k,
    label: tEnum(`networkKind.${k}`),
    color: KIND_COLORS[k],
  }));
  const monthName = (month: string) => tCal(String(Number(month.slice(5, 7))));
  const shortMonth = (month: string) =>
    `${monthName(month).slice(0, 3)}${view.period.months.length > 12 || view.period.kind === "personalizado" ? ` ${month.slice(2, 4)}` : ""}`;
  const monthTotals = NETWORK_KINDS.map((k) =>
    charts.meetingsByMonth.reduce((sum, m) => sum + m.counts[k], 0),
  );
  const meetingsTotal = monthTotals.reduce((a, b) => a + b, 0);
  const kindDetail = NETWORK_KINDS.map((k, i) => `${tEnum(`networkKind.${k}`)}: ${monthTotals[i]}`).join(
    ", ",
  );

  const participationSeries: Series[] = [
    { key: "meetings", label: t("participation.meetings"), color: "#0a4a8a" },
    { key: "assignments", label: t("participation.assignments"), color: "#b45309" },
  ];
  const commitmentsTotal = COMMITMENT_STATUSES.reduce((sum, s) => sum + charts.commitmentsByStatus[s], 0);
  const statusDetail = COMMITMENT_STATUSES.map(
    (s) => `${tEnum(`commitmentStatus.${s}`)}: ${charts.commitmentsByStatus[s]}`,
  ).join(", ");
  const participating = charts.participation.filter((p) => p.meetings > 0).length;

  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <ChartFigure
        id="chart-months"
        title={t("byMonth.title")}
        hint={t("byMonth.hint")}
        tableLabel={t("table")}
        chart={
          <StackedColumns
            id="chart-months-svg"
            title={t("byMonth.title")}
            description={t("byMonth.summary", { total: meetingsTotal, detail: kindDetail })}
            categories={charts.meetingsByMonth.map((m) => shortMonth(m.month))}
            series={kinds}
            values={charts.meetingsByMonth.map((m) => NETWORK_KINDS.map((k) => m.counts[k]))}
          />
        }
        legend={<Legend series={kinds} />}
        table={
          <FigureTable
            caption={t("byMonth.title")}
            heading={t("byMonth.month")}
            columns={kinds}
            rows={charts.meetingsByMonth.map((m) => ({
              key: m.month,
              label: t("byMonth.monthLabel", { month: monthName(m.month), year: m.month.slice(0, 4) }),
              counts: NETWORK_KINDS.map((k) => ({
                href: hrefs.monthKind(view, m.month, k),
                value: m.counts[k],
                figure: `month.${m.month}.${k}`,
              })),
            }))}
          />
        }
      />
      <ChartFigure
        id="chart-commitments"
        title={t("commitments.title")}
        hint={t(d ? "commitments.hintDepartment" : "commitments.hint")}
        badge={<ScopeBadge view={view} />}
        tableLabel={t("table")}
        chart={
          <GroupedBars
            id="chart-commitments-svg"
            title={t("commitments.title")}
            description={t("commitments.summary", { total: commitmentsTotal, detail: statusDetail })}
            rows={COMMITMENT_STATUSES.map((s) => ({
              key: s,
              label: tEnum(`commitmentStatus.${s}`),
              values: [charts.commitmentsByStatus[s]],
            }))}
            series={[{ key: "count", label: t("commitments.count"), color: "#0a4a8a" }]}
          />
        }
        table={
          <FigureTable
            caption={t("commitments.title")}
            heading={t("commitments.status")}
            columns={[{ key: "count", label: t("commitments.count") }]}
            rows={COMMITMENT_STATUSES.map((s) => ({
              key: s,
              label: tEnum(`commitmentStatus.${s}`),
              counts: [
                {
                  href: hrefs.commitments(view, { status: s }),
                  value: charts.commitmentsByStatus[s],
                  figure: `commitments.status.${s}`,
                },
              ],
            }))}
          />
        }
      />
      <div className="xl:col-span-2">
        <ChartFigure
          id="chart-participation"
          title={t("participation.title")}
          hint={t("participation.hint")}
          tableLabel={t("table")}
          chart={
            charts.participation.length ? (
              <GroupedBars
                id="chart-participation-svg"
                title={t("participation.title")}
                description={t("participation.summary", { count: participating })}
                rows={charts.participation.map((p) => ({
                  key: p.department.id,
                  label: p.department.shortName ?? p.department.name,
                  values: [p.meetings, p.assignments],
                  highlight: p.department.id === view.departmentId,
                }))}
                series={participationSeries}
                width={1200}
              />
            ) : (
              <p className="text-sm text-muted">{t("participation.empty")}</p>
            )
          }
          legend={charts.participation.length ? <Legend series={participationSeries} /> : null}
          table={
            <FigureTable
              caption={t("participation.title")}
              heading={t("participation.department")}
              columns={participationSeries}
              rows={charts.participation.map((p) => ({
                key: p.department.id,
                label: `${p.department.name}${p.department.id === view.departmentId ? ` ${t("participation.chosen")}` : ""}`,
                counts: [
                  {
                    href: hrefs.departmentMeetings(view, p.department.id),
                    value: p.meetings,
                    figure: `participation.meetings.${p.department.id}`,
                  },
                  {
                    href: hrefs.activeAssignments(p.department.id),
                    value: p.assignments,
                    figure: `participation.assignments.${p.department.id}`,
                  },
                ],
              }))}
            />
          }
        />
      </div>
    </div>
  );
}
