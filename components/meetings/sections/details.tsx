import { MeetingTime } from "@/components/meetings/meeting-time";
import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingDetail } from "@/lib/meetings/queries";

/**
 * When and where: the meeting's own clock (and Buenos Aires'), its mode, place and link. A
 * virtual meeting has no place: its link stands there instead (or that it is still to come).
 */
export async function MeetingDetailsSection({ meeting }: { meeting: MeetingDetail }) {
  const format = await getFormatter();
  const t = await getTranslations("meetings");
  const tEnum = await getTranslations("enums");
  const place = [meeting.venue, meeting.city, meeting.country].filter(Boolean).join(", ");
  const online = meeting.mode === "online";
  return (
    <Section id="datos" title={t("details")} className="lg:col-span-1">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-muted">{t("starts")}</dt>
          <dd>
            <MeetingTime startsAt={meeting.startsAt} timeZone={meeting.timeZone} baLabel={t("baTime")} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-muted">{t("ends")}</dt>
          <dd>{formatDateTime(format, meeting.endsAt, meeting.timeZone)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-muted">{t("mode")}</dt>
          <dd>{tEnum(`meetingMode.${meeting.mode}`)}</dd>
        </div>
        {online ? null : (
          <div>
            <dt className="font-semibold text-muted">{t("place")}</dt>
            <dd>{place || t("placeTbd")}</dd>
          </div>
        )}
        {online && !meeting.onlineUrl ? (
          <div>
            <dt className="font-semibold text-muted">{t("onlineLink")}</dt>
            <dd>{t("onlineLinkTbd")}</dd>
          </div>
        ) : null}
        {meeting.onlineUrl ? (
          <div>
            <dt className="font-semibold text-muted">{t("onlineLink")}</dt>
            <dd className="break-all">
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {meeting.onlineUrl}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </Section>
  );
}
