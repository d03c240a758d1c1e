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

type FigureProps = Parameters<typeof Figure>[0];

const figure = (key: string, href: string | null, label: string, count: number): FigureProps => ({
  figure: key,
  href,
  label,
  count,
});

/** A card's figures, in order. */
function Figures({ items }: { items: FigureProps[] }) {
  return (
    <ul>
      {items.map((item) => (
        <Figure key={item.figure} {...item} />
      ))}
    </ul>
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
  // A card's id, title and hint from its key; a card of the chosen scope wears its badge and
  // its hint says so when a department is chosen.
  const card = (key: string, scope?: "scoped", values?: Record<string, number>) => ({
    id: `kpi-${key}`,
    title: t(`${key}.title`),
    badge: scope ? badge : undefined,
    hint: t(scope && d ? `${key}.hintDepartment` : `${key}.hint`, values),
  });
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      <Card {...card("networks")}>
        <Figures
          items={NETWORK_KINDS.map((kind) =>
            figure(
              `networks.${kind}`,
              hrefs.networks(kind),
              tEnum(`networkKind.${kind}`),
              kpis.networks[kind],
            ),
          )}
        />
      </Card>
      <Card {...card("seats", "scoped")}>
        <Figures
          items={SEAT_KINDS.map((kind) =>
            figure(`seats.${kind}`, hrefs.seats(view, kind), tEnum(`seatKind.${kind}`), kpis.seats[kind]),
          )}
        />
      </Card>
      <Card {...card("meetings", "scoped")}>
        <Figures
          items={[
            figure("meetings.held", hrefs.meetings(view, "held"), t("meetings.held"), kpis.meetings.held),
            figure(
              "meetings.upcoming",
              upcomingHref,
              upcomingHref
                ? t("meetings.upcoming")
                : `${t("meetings.upcoming")} (${t("meetings.periodOver")})`,
              kpis.meetings.upcoming,
            ),
            figure(
              "meetings.cancelled",
              hrefs.meetings(view, "cancelled"),
              t("meetings.cancelled"),
              kpis.meetings.cancelled,
            ),
          ]}
        />
      </Card>
      <Card {...card("attendance", "scoped")}>
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
      <Card {...card("commitments", "scoped")}>
        <Figures
          items={[
            figure(
              "commitments.pending",
              hrefs.commitments(view, { status: "pending" }),
              t("commitments.pending"),
              kpis.commitments.pending,
            ),
            figure(
              "commitments.overdue",
              hrefs.commitments(view, { overdue: true }),
              t("commitments.overdue"),
              kpis.commitments.overdue,
            ),
          ]}
        />
      </Card>
      <Card {...card("staff", "scoped", { days: STALE_AFTER_DAYS })}>
        <Figures
          items={[
            figure("staff.people", hrefs.staff(view), t("staff.people"), kpis.staff.people),
            figure(
              "staff.stale",
              hrefs.staleAssignments(view),
              t("staff.stale", { days: STALE_AFTER_DAYS }),
              kpis.staff.stale,
            ),
          ]}
        />
      </Card>
    </ul>
  );
}
