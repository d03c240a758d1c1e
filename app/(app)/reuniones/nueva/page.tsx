import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/config";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { timeZoneOptions } from "@/lib/meetings/time-zones";
import { param, renamedHref } from "@/lib/list-params";
import type { SearchParams } from "@/lib/url";
import { createMeetingAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.form"))("createTitle") };
}

/** A new meeting; from a network page (?network=<id>, ?red= before) with that network chosen. */
export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const t = await getTranslations("meetings.form");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const query = await searchParams;
  const moved = renamedHref("/reuniones/nueva", query, { red: "network" });
  if (moved) permanentRedirect(moved);
  const networkId = param.id().parse(query.network) ?? "";
  const options = await meetingFormOptions(ctx, { networkId });
  return (
    <>
      <PageHeader title={t("createTitle")} />
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
        cancelHref={networkId ? `/redes/${networkId}` : "/redes"}
      />
    </>
  );
}
