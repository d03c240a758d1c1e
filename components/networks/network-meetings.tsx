import { getTranslations } from "@/lib/i18n/translations";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import type { Ctx } from "@/lib/context";
import { networkMeetingsSection } from "@/lib/meetings/queries";
import { NetworkMeetingList } from "./network-meeting-list";

/**
 * Upcoming and past meetings of the network, read-only: the next ones and the latest ones
 * (NETWORK_MEETINGS_LIMIT each); when there are more, a link to the calendar's agenda
 * filtered by the network (from today, or from its first meeting).
 */
export async function NetworkMeetings({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const { upcoming, past, moreUpcoming, morePast, firstDay } = await networkMeetingsSection(ctx, networkId);
  const t = await getTranslations("networks.meetings");
  const agenda = `/calendario?view=agenda&network=${networkId}`;
  const more = (href: string, label: string) => (
    <p className="mt-2 text-sm">
      <a href={href} data-prefetch="false" className="font-semibold">
        {label} →
      </a>
    </p>
  );
  return (
    <Section
      id="reuniones"
      title={t("title")}
      actions={
        can(ctx.actor, "meeting.manage") ? (
          <ButtonLink href={`/reuniones/nueva?network=${networkId}`} variant="secondary">
            {t("new")}
          </ButtonLink>
        ) : null
      }
    >
      <div className="space-y-6">
        <div>
          <h3 className="mb-2 font-semibold">{t("upcoming")}</h3>
          <NetworkMeetingList caption={t("upcoming")} items={upcoming} empty={t("noUpcoming")} />
          {moreUpcoming ? more(agenda, t("allUpcoming")) : null}
        </div>
        <div>
          <h3 className="mb-2 font-semibold">{t("past")}</h3>
          <NetworkMeetingList caption={t("past")} items={past} empty={t("noPast")} />
          {morePast && firstDay ? more(`${agenda}&from=${firstDay}`, t("all")) : null}
        </div>
      </div>
    </Section>
  );
}
