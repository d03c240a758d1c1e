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
import { meetingsToClose } from "@/lib/panel/to-close";
import { can } from "@/lib/auth/policy";
import { Badge } from "@/components/ui/badge";
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

/**
 * Upcoming meetings, terms ending and overdue commitments: each row opens its record. Those
 * who record meetings also see the meetings to close (started, not marked as held, or held
 * without minutes).
 */
export async function PanelLists({ ctx, view }: { ctx: Ctx; view: PanelView }) {
  const format = await getFormatter();
  const closes = can(ctx.actor, "meeting.manage");
  const [lists, toClose] = await Promise.all([
    panelLists(ctx, view),
    closes ? meetingsToClose(ctx, view) : null,
  ]);
  const t = await getTranslations("panel.lists");
  const d = !!view.departmentId;
  const badge = <ScopeBadge view={view} />;
  // A card's texts and link from its key: "<key>.title", "<key>.hint" (".hintDepartment" for a
  // card of the chosen scope when a department is chosen), "<key>.empty" and "<key>.all".
  const card = (
    key: string,
    href: string,
    total: number,
    { scoped = false, values }: { scoped?: boolean; values?: Record<string, number> } = {},
  ) => ({
    id: `list-${key}`,
    title: t(`${key}.title`),
    hint: t(scoped && d ? `${key}.hintDepartment` : `${key}.hint`, values),
    badge: scoped ? badge : undefined,
    empty: total ? null : t(`${key}.empty`, values),
    more: (
      <a href={href} data-figure={`list.${key}`} data-count={total}>
        {t(`${key}.all`, { count: total })}
      </a>
    ),
  });
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
      <ListCard
        {...card("upcoming", hrefs.upcomingList(view.today), lists.upcoming.total, {
          values: { days: UPCOMING_DAYS },
        })}
      >
        {lists.upcoming.meetings.map((m) => (
          <RecordItem key={m.id} href={`/reuniones/${m.id}`} title={m.title}>
            <span className="text-ink">{formatDateTime(format, m.startsAt)}</span>
            <span>{m.network.acronym ?? m.network.name}</span>
            <MeetingStatusBadge status={m.status} />
          </RecordItem>
        ))}
      </ListCard>
      <ListCard
        {...card("ending", hrefs.endingTerms(view), lists.ending.total, {
          scoped: true,
          values: { days: ENDING_SOON_DAYS },
        })}
      >
        {lists.ending.seats.map((s) => (
          <RecordItem key={s.id} href={`/cargos/${s.id}`} title={s.title}>
            <span className="text-ink">{s.network.name}</span>
            {s.holder ? <span>{s.holder}</span> : null}
            {s.endsOn ? <span>{formatDate(format, s.endsOn)}</span> : null}
            <EndingBadge daysLeft={s.daysLeft} />
          </RecordItem>
        ))}
      </ListCard>
      <ListCard {...card("overdue", hrefs.overdueList(view), lists.overdue.total, { scoped: true })}>
        {lists.overdue.commitments.map((c) => (
          <RecordItem key={c.id} href={`/compromisos/${c.id}`} title={c.title}>
            <span className="text-ink">{c.owner.name}</span>
            {c.dueOn ? <span>{formatDate(format, c.dueOn)}</span> : null}
            <DueBadge daysLeft={c.daysLeft} />
          </RecordItem>
        ))}
      </ListCard>
      {toClose ? (
        <ListCard
          id="list-toClose"
          title={t("toClose.title")}
          hint={t(d ? "toClose.hintDepartment" : "toClose.hint")}
          badge={badge}
          empty={toClose.total ? null : t("toClose.empty")}
          more={
            toClose.total > toClose.meetings.length ? (
              <span data-count={toClose.total}>{t("toClose.more", { count: toClose.total })}</span>
            ) : null
          }
        >
          {toClose.meetings.map((m) => (
            <RecordItem key={m.id} href={`/reuniones/${m.id}`} title={m.title}>
              <span className="text-ink">{formatDateTime(format, m.startsAt)}</span>
              <span>{m.network.acronym ?? m.network.name}</span>
              {m.missingMinutes ? (
                <Badge tone="amber">{t("toClose.missingMinutes")}</Badge>
              ) : (
                <MeetingStatusBadge status={m.status} />
              )}
            </RecordItem>
          ))}
        </ListCard>
      ) : null}
    </div>
  );
}

/** One record of a list card: its title as a link to it, then what to know about it in a line. */
function RecordItem({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <li className="py-2">
      <a href={href} className="font-semibold">
        {title}
      </a>
      <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
        {children}
      </span>
    </li>
  );
}
