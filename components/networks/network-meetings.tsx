import { getTranslations } from "next-intl/server";
import { MeetingTime } from "@/components/meetings/meeting-time";
import Link from "next/link";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import type { Ctx } from "@/lib/context";
import { networkMeetingsSection, type MeetingSummary } from "@/lib/meetings/queries";

/**
 * Upcoming and past meetings of the network, read-only: the next ones and the latest ones
 * (NETWORK_MEETINGS_LIMIT each); when there are more, a link to the calendar's agenda
 * filtered by the network (from today, or from its first meeting).
 */
export async function NetworkMeetings({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const { upcoming, past, moreUpcoming, morePast, firstDay } = await networkMeetingsSection(ctx, networkId);
  const t = await getTranslations("networks.meetings");
  const tEnum = await getTranslations("enums");
  const agenda = `/calendario?vista=agenda&red=${networkId}`;
  const more = (href: string, label: string) => (
    <p className="mt-2 text-sm">
      <Link href={href} prefetch={false} className="font-semibold">
        {label} →
      </Link>
    </p>
  );
  const list = (items: MeetingSummary[], empty: string) =>
    items.length === 0 ? (
      <p className="text-sm text-muted">{empty}</p>
    ) : (
      <ul className="divide-y divide-slate-100">
        {items.map((m) => (
          <li
            key={m.id}
            className={`py-2 text-sm ${m.status === "tentative" ? "border-l-4 border-dashed border-slate-300 pl-3" : "pl-4"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/reuniones/${m.id}`} className="font-medium">
                {m.title}
              </Link>
              <MeetingStatusBadge status={m.status} />
            </div>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-muted">
              <MeetingTime startsAt={m.startsAt} timeZone={m.timeZone} baLabel={t("baTime")} />
              <span>
                {m.mode === "online"
                  ? tEnum("meetingMode.online")
                  : [m.city, m.country].filter(Boolean).join(", ") || t("placeTbd")}
              </span>
              {m.body ? <span>{m.body}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    );
  return (
    <Section
      id="reuniones"
      title={t("title")}
      actions={
        can(ctx.actor, "meeting.manage") ? (
          <ButtonLink href={`/reuniones/nueva?red=${networkId}`} variant="secondary">
            {t("new")}
          </ButtonLink>
        ) : null
      }
    >
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="mb-2 font-semibold">{t("upcoming")}</h3>
          {list(upcoming, t("noUpcoming"))}
          {moreUpcoming ? more(agenda, t("allUpcoming")) : null}
        </div>
        <div>
          <h3 className="mb-2 font-semibold">{t("past")}</h3>
          {list(past, t("noPast"))}
          {morePast && firstDay ? more(`${agenda}&desde=${firstDay}`, t("all")) : null}
        </div>
      </div>
    </Section>
  );
}
