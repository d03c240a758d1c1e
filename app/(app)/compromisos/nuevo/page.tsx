import { getFormatter } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { titleFrom } from "@/app/_lib/page-title";
import { NewRecordPage } from "@/app/_lib/record-page";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { Alert } from "@/components/ui/alert";
import { Flash } from "@/components/ui/flash";
import { commitmentFormOptions, meetingForCommitment } from "@/lib/commitments/queries";
import { formatDate } from "@/lib/format";
import { instantToZoned } from "@/lib/dates";
import { param, renamedHref } from "@/lib/list-params";
import type { SearchParams } from "@/lib/url";
import { createCommitmentAction } from "../actions";

export const generateMetadata = titleFrom(() => getTranslations("commitments.form"), "createTitle");

/**
 * A new commitment, from a meeting (?meeting=<id>: network and body come from the meeting,
 * and the page says which meeting) or from a network page (?network=<id>). The Spanish names
 * of before (?reunion=, ?red=) are redirected once. From a meeting, saving goes back to it, or
 * ("Guardar y agregar otro") here again, empty, with ?estado=creado&tras=<the one just saved>.
 */
export default async function NewCommitmentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const format = await getFormatter();
  const t = await getTranslations("commitments.form");
  return (
    <NewRecordPage action="commitment.manage" forbidden={t} title={t("createTitle")}>
      {async (ctx) => {
        const query = await searchParams;
        const moved = renamedHref("/compromisos/nuevo", query, { reunion: "meeting", red: "network" });
        if (moved) permanentRedirect(moved);
        const meetingParam = param.text().parse(query.meeting);
        const added = query.estado === "creado" ? param.id().parse(query.tras) : undefined;
        const meeting = meetingParam ? await meetingForCommitment(ctx, meetingParam) : null;
        const networkId = meeting?.networkId ?? param.id().parse(query.network) ?? "";
        const cancelHref = meeting
          ? `/reuniones/${meeting.id}`
          : networkId
            ? `/redes/${networkId}`
            : "/compromisos";
        // The meeting's network and body are offered even when archived.
        const options = await commitmentFormOptions(ctx, { networkId, bodyId: meeting?.bodyId ?? undefined });
        const meetingDate = meeting ? instantToZoned(meeting.startsAt, meeting.timeZone).date : "";
        return (
          <>
            {meeting && added ? (
              <div className="mb-4">
                <Flash>{t("createdAddAnother")}</Flash>
              </div>
            ) : null}
            {meeting ? (
              <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-900">
                {t.rich("fromMeeting", {
                  title: meeting.title,
                  network: meeting.networkName,
                  date: formatDate(format, meetingDate),
                  link: (chunks) => (
                    <a href={`/reuniones/${meeting.id}`} className="font-semibold">
                      {chunks}
                    </a>
                  ),
                })}
              </p>
            ) : meetingParam ? (
              <div className="mb-4">
                <Alert tone="warning">{t("meetingNotFound")}</Alert>
              </div>
            ) : null}
            <CommitmentForm
              // Each one added in a row gets a new, empty form.
              key={added ?? "new"}
              fromMeeting={meeting ? { id: meeting.id, startsOn: meetingDate } : undefined}
              initialValues={{
                networkId,
                meetingId: meeting?.id ?? "",
                bodyId: meeting?.bodyId ?? "",
                status: "open",
              }}
              action={createCommitmentAction}
              options={options}
              cancelHref={cancelHref}
            />
          </>
        );
      }}
    </NewRecordPage>
  );
}
