import { getFormatter } from "next-intl/server";
import { useFormatter } from "next-intl";
import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/translations";
import { NETWORK_KINDS, SEAT_KINDS } from "@/db/schema/values";
import { STALE_AFTER_DAYS } from "@/lib/assignments/queries";
import type { Ctx } from "@/lib/context";
import { hrefs } from "@/lib/panel/figures";
import { panelKpis } from "@/lib/panel/queries";
import type { PanelView } from "@/lib/panel/scope";
import { ScopeBadge } from "./scope-badge";

/** A card of figures: a title, whose figures they are, the figures (each a link), what they mean. */
function Card({
  id,
  title,
  badge,
  hint,
  children,
}: {
  id: string;
  title: string;
  badge?: ReactNode;
  hint: string;
  children: ReactNode;
}) {
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="text-base font-bold text-ink">
          {title}
        </h3>
        {badge}
      </div>
      <div className="flex-1">{children}</div>
      <p className="mt-3 border-t border-slate-100 pt-2 text-xs text-muted">{hint}</p>
    </li>
  );
}

/** One figure of a card as a link to the list behind it ("Regional … 5"). */
function Figure({
  figure,
  href,
  label,
  count,
}: {
  figure: string;
  href: string | null;
  label: string;
  count: number;
}) {
  const format = useFormatter();
  const content = (
    <>
      <span className="text-sm font-semibold text-ink">{label}</span>
      <span className="text-2xl font-bold tabular-nums text-brand-800">
        {format.number(count, "integer")}
      </span>
    </>
  );
  const className = "flex min-h-10 items-baseline justify-between gap-3 rounded-md px-2 py-1";
  return (
    <li>
      {href ? (
        <a
          href={href}
          data-figure={figure}
          data-count={count}
          className={`${className} no-underline hover:bg-brand-50`}
        >
          {content}
        </a>
      ) : (
        <span data-figure={figure} data-count={count} className={className}>
          {content}
        </span>
      )}
    </li>
  );
}

/** The KPI cards (streamed: the page shows its skeleton until these figures are ready). */
export async function KpiCards({ ctx, view }: { ctx: Ctx; view: PanelView }) {
  const format = await getFormatter();
  const kpis = await panelKpis(ctx, view);
  const t = await getTranslations("panel.kpis");
  const tEnum = await getTranslations("enums");
  const d = !!view.departmentId;
  const badge = <ScopeBadge view={view} />;
  const upcomingHref = hrefs.upcoming(view);
  const recorded = kpis.attendance.attended + kpis.attendance.absent;
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      <Card id="kpi-networks" title={t("networks.title")} hint={t("networks.hint")}>
        <ul>
          {NETWORK_KINDS.map((kind) => (
            <Figure
              key={kind}
              figure={`networks.${kind}`}
              href={hrefs.networks(kind)}
              label={tEnum(`networkKind.${kind}`)}
              count={kpis.networks[kind]}
            />
          ))}
        </ul>
      </Card>
      <Card
        id="kpi-seats"
        title={t("seats.title")}
        badge={badge}
        hint={t(d ? "seats.hintDepartment" : "seats.hint")}
      >
        <ul>
          {SEAT_KINDS.map((kind) => (
            <Figure
              key={kind}
              figure={`seats.${kind}`}
              href={hrefs.seats(view, kind)}
              label={tEnum(`seatKind.${kind}`)}
              count={kpis.seats[kind]}
            />
          ))}
        </ul>
      </Card>
      <Card id="kpi-meetings" title={t("meetings.title")} hint={t("meetings.hint")}>
        <ul>
          <Figure
            figure="meetings.held"
            href={hrefs.meetings(view, "held")}
            label={t("meetings.held")}
            count={kpis.meetings.held}
          />
          <Figure
            figure="meetings.upcoming"
            href={upcomingHref}
            label={
              upcomingHref
                ? t("meetings.upcoming")
                : `${t("meetings.upcoming")} (${t("meetings.periodOver")})`
            }
            count={kpis.meetings.upcoming}
          />
          <Figure
            figure="meetings.cancelled"
            href={hrefs.meetings(view, "cancelled")}
            label={t("meetings.cancelled")}
            count={kpis.meetings.cancelled}
          />
        </ul>
      </Card>
      <Card
        id="kpi-attendance"
        title={t("attendance.title")}
        badge={badge}
        hint={t(d ? "attendance.hintDepartment" : "attendance.hint")}
      >
        <a
          href={hrefs.attendance(view)}
          data-figure="attendance.meetings"
          data-count={kpis.attendance.meetings}
          className="block rounded-md px-2 py-1 no-underline hover:bg-brand-50"
        >
          <span className="block text-3xl font-bold tabular-nums text-brand-800">
            {kpis.attendance.rate === null
              ? t("attendance.none")
              : format.number(kpis.attendance.rate, "percent")}
          </span>
          {recorded ? (
            <span className="block text-sm text-ink">
              {t("attendance.detail", { attended: kpis.attendance.attended, recorded })}
            </span>
          ) : null}
          <span className="block text-sm font-semibold text-ink">
            {t("attendance.meetings", { count: kpis.attendance.meetings })}
          </span>
        </a>
      </Card>
      <Card
        id="kpi-commitments"
        title={t("commitments.title")}
        badge={badge}
        hint={t(d ? "commitments.hintDepartment" : "commitments.hint")}
      >
        <ul>
          <Figure
            figure="commitments.pending"
            href={hrefs.commitments(view, { status: "pending" })}
            label={t("commitments.pending")}
            count={kpis.commitments.pending}
          />
          <Figure
            figure="commitments.overdue"
            href={hrefs.commitments(view, { overdue: true })}
            label={t("commitments.overdue")}
            count={kpis.commitments.overdue}
          />
        </ul>
      </Card>
      <Card
        id="kpi-staff"
        title={t("staff.title")}
        badge={badge}
        hint={t(d ? "staff.hintDepartment" : "staff.hint", { days: STALE_AFTER_DAYS })}
      >
        <ul>
          <Figure
            figure="staff.people"
            href={hrefs.staff(view)}
            label={t("staff.people")}
            count={kpis.staff.people}
          />
          <Figure
            figure="staff.stale"
            href={hrefs.staleAssignments(view)}
            label={t("staff.stale", { days: STALE_AFTER_DAYS })}
            count={kpis.staff.stale}
          />
        </ul>
      </Card>
    </ul>
  );
}
