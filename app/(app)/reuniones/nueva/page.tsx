import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { titleFrom } from "@/app/_lib/page-title";
import { NewRecordPage } from "@/app/_lib/record-page";
import { returnPath } from "@/app/_lib/return-path";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/config";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { timeZoneOptions } from "@/lib/meetings/time-zones";
import { param, renamedHref } from "@/lib/list-params";
import type { SearchParams } from "@/lib/url";
import { createMeetingAction } from "../actions";

export const generateMetadata = titleFrom(() => getTranslations("meetings.form"), "createTitle");

/**
 * A new meeting; from a network page (?network=<id>, ?red= before) with that network chosen.
 * "Cancelar" goes back where the user came from (?volver=, else the page that linked here).
 */
export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("meetings.form");
  return (
    <NewRecordPage action="meeting.manage" forbidden={t} title={t("createTitle")}>
      {async (ctx) => {
        const query = await searchParams;
        const moved = renamedHref("/reuniones/nueva", query, { red: "network" });
        if (moved) permanentRedirect(moved);
        const networkId = param.id().parse(query.network) ?? "";
        const [options, cancelHref] = await Promise.all([
          meetingFormOptions(ctx, { networkId }),
          returnPath(query.volver, networkId ? `/redes/${networkId}` : "/calendario", "/reuniones/nueva"),
        ]);
        return (
          <MeetingForm
            initialValues={{
              networkId,
              status: "confirmed",
              mode: "in_person",
              timeZone: DISPLAY_TIME_ZONE,
              startTime: "09:00",
              endTime: "18:00",
            }}
            action={createMeetingAction}
            options={{ ...options, timeZones: timeZoneOptions() }}
            cancelHref={cancelHref}
          />
        );
      }}
    </NewRecordPage>
  );
}
