import { getFormatter } from "next-intl/server";
import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/translations";
import { DueBadge } from "@/components/commitments/badges";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { EndingBadge } from "@/components/seats/term-badges";
import type { Ctx } from "@/lib/context";
import { formatDate, formatDateTime } from "@/lib/format";
import { hrefs, UPCOMING_DAYS } from "@/lib/panel/figures";
import { panelLists } from "@/lib/panel/queries";
import type { PanelView } from "@/lib/panel/scope";
import { ENDING_SOON_DAYS } from "@/lib/seats/ending";
import { ScopeBadge } from "./scope-badge";

function ListCard({
  id,
  title,
  hint,
  badge,
  more,
  empty,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  badge?: ReactNode;
  more: ReactNode;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-1 flex flex-wrap items-start justify-between gap-2">
        <h3 id={id} className="text-base font-bold">
          {title}
        </h3>
        {badge}
      </div>
      <p className="mb-3 text-xs text-muted">{hint}</p>
      {empty ? (
        <p className="flex-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="flex-1 divide-y divide-slate-100">{children}</ul>
      )}
      <p className="mt-3 text-sm font-semibold">{more}</p>
    </section>
  );
}

/** Upcoming meetings, terms ending and overdue commitments: each row opens its record. */
export async function PanelLists({ ctx, view }: { ctx: Ctx; view: PanelView }) {
  const format = await getFormatter();
  const lists = await panelLists(ctx, view);
  const t = await getTranslations("panel.lists");
  const d = !!view.departmentId;
  const badge = <ScopeBadge view={view} />;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
      <ListCard
        id="list-upcoming"
        title={t("upcoming.title")}
        hint={t("upcoming.hint", { days: UPCOMING_DAYS })}
        empty={lists.upcoming.total ? null : t("upcoming.empty", { days: UPCOMING_DAYS })}
        more={
          <a
            href={hrefs.upcomingList(view.today)}
            data-figure="list.upcoming"
            data-count={lists.upcoming.total}
          >
            {t("upcoming.all", { count: lists.upcoming.total })}
          </a>
        }
      >
        {lists.upcoming.meetings.map((m) => (
          <li key={m.id} className="py-2">
            <a href={`/reuniones/${m.id}`} className="font-semibold">
              {m.title}
            </a>
            <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
              <span className="text-ink">{formatDateTime(format, m.startsAt)}</span>
              <span>{m.network.acronym ?? m.network.name}</span>
              <MeetingStatusBadge status={m.status} />
            </span>
          </li>
        ))}
      </ListCard>
      <ListCard
        id="list-ending"
        title={t("ending.title")}
        hint={t(d ? "ending.hintDepartment" : "ending.hint", { days: ENDING_SOON_DAYS })}
        badge={badge}
        empty={lists.ending.total ? null : t("ending.empty", { days: ENDING_SOON_DAYS })}
        more={
          <a href={hrefs.endingTerms(view)} data-figure="list.ending" data-count={lists.ending.total}>
            {t("ending.all", { count: lists.ending.total })}
          </a>
        }
      >
        {lists.ending.seats.map((s) => (
          <li key={s.id} className="py-2">
            <a href={`/cargos/${s.id}`} className="font-semibold">
              {s.title}
            </a>
            <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
              <span className="text-ink">{s.network.name}</span>
              {s.holder ? <span>{s.holder}</span> : null}
              {s.endsOn ? <span>{formatDate(format, s.endsOn)}</span> : null}
              <EndingBadge daysLeft={s.daysLeft} />
            </span>
          </li>
        ))}
      </ListCard>
      <ListCard
        id="list-overdue"
        title={t("overdue.title")}
        hint={t(d ? "overdue.hintDepartment" : "overdue.hint")}
        badge={badge}
        empty={lists.overdue.total ? null : t("overdue.empty")}
        more={
          <a href={hrefs.overdueList(view)} data-figure="list.overdue" data-count={lists.overdue.total}>
            {t("overdue.all", { count: lists.overdue.total })}
          </a>
        }
      >
        {lists.overdue.commitments.map((c) => (
          <li key={c.id} className="py-2">
            <a href={`/compromisos/${c.id}`} className="font-semibold">
              {c.title}
            </a>
            <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
              <span className="text-ink">{c.owner.name}</span>
              {c.dueOn ? <span>{formatDate(format, c.dueOn)}</span> : null}
              <DueBadge daysLeft={c.daysLeft} />
            </span>
          </li>
        ))}
      </ListCard>
    </div>
  );
}
