import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingDetail } from "@/lib/meetings/queries";

/** The minutes, as stored (sanitised HTML), with "Redactar/Editar acta" for those who manage meetings. */
export async function MinutesSection({
  meeting,
  manage,
  flash,
}: {
  meeting: MeetingDetail;
  manage: boolean;
  flash: ReactNode;
}) {
  const t = await getTranslations("meetings");
  return (
    <Section
      id="acta"
      title={t("minutesTitle")}
      actions={
        manage ? (
          <ButtonLink href={`/reuniones/${meeting.id}/acta`} variant="secondary">
            {meeting.minutesHtml ? t("log.editMinutes") : t("log.writeMinutes")}
          </ButtonLink>
        ) : null
      }
    >
      {flash}
      {meeting.minutesHtml ? (
        // Sanitised to a small set of text tags in lib/meetings/minutes.ts.
        <div
          className="prose-minutes space-y-2 text-sm"
          dangerouslySetInnerHTML={{ __html: meeting.minutesHtml }}
        />
      ) : (
        <p className="text-sm text-muted">{t("noMinutes")}</p>
      )}
    </Section>
  );
}
