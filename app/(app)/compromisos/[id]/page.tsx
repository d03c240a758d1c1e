import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { recordPage, type RecordViewProps } from "@/app/_lib/record-page";
import { CommitmentStatusBadge, DueBadge } from "@/components/commitments/badges";
import { ProgressForm } from "@/components/commitments/progress-form";
import { RecordHistory } from "@/components/history/record-history";
import { ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { RecordHeader } from "@/components/ui/record-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { getCommitment } from "@/lib/commitments/queries";
import { formatDate } from "@/lib/format";
import { instantToZoned } from "@/lib/dates";
import { progressCommitmentAction } from "../actions";

const page = recordPage(getCommitment, (commitment) => commitment.title);
export const generateMetadata = page.generateMetadata;

export default async function CommitmentPage(props: RecordViewProps) {
  const format = await getFormatter();
  const { ctx, record: commitment, estado } = await page.read(props);
  const t = await getTranslations("commitments");
  const none = <span className="text-slate-600">{t("detail.none")}</span>;
  const canManage = can(ctx.actor, "commitment.manage");
  const canProgress = can(ctx.actor, "commitment.progress", { personId: commitment.owner.id });
  const meeting = commitment.meeting;

  return (
    <>
      <RecordHeader
        back={{ href: "/compromisos", label: t("detail.back") }}
        title={commitment.title}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <a href={`/redes/${commitment.network.id}`}>{commitment.network.name}</a>
            <CommitmentStatusBadge status={commitment.status} />
            <DueBadge daysLeft={commitment.daysLeft} />
          </span>
        }
        actions={
          canManage ? (
            <ButtonLink href={`/compromisos/${commitment.id}/editar`} variant="secondary">
              {t("detail.edit")}
            </ButtonLink>
          ) : null
        }
        state={estado}
        flashes={{
          creado: t("detail.created"),
          guardado: t("detail.saved"),
          "estado-actualizado": t("detail.progressed"),
        }}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="datos" title={t("detail.sectionData")}>
          <DetailList>
            <DetailItem label={t("detail.owner")}>
              <span className="font-semibold">{commitment.owner.name}</span>
            </DetailItem>
            <DetailItem label={t("detail.department")}>{commitment.department?.name ?? none}</DetailItem>
            <DetailItem label={t("detail.dueOn")}>
              <span className="flex flex-wrap items-center gap-2">
                {commitment.dueOn ? formatDate(format, commitment.dueOn) : t("due.noDue")}
                <DueBadge daysLeft={commitment.daysLeft} />
              </span>
            </DetailItem>
            <DetailItem label={t("detail.status")}>
              <CommitmentStatusBadge status={commitment.status} />
            </DetailItem>
            {commitment.completedOn ? (
              <DetailItem label={t("detail.completedOn")}>
                {formatDate(format, commitment.completedOn)}
              </DetailItem>
            ) : null}
            <DetailItem label={t("detail.network")}>
              <a href={`/redes/${commitment.network.id}`}>{commitment.network.name}</a>
            </DetailItem>
            <DetailItem label={t("detail.meeting")}>
              {meeting ? (
                <a href={`/reuniones/${meeting.id}`}>
                  {t("detail.meetingOn", {
                    title: meeting.title,
                    date: formatDate(format, instantToZoned(meeting.startsAt, meeting.timeZone).date),
                  })}
                </a>
              ) : (
                <span className="text-slate-600">{t("detail.noMeeting")}</span>
              )}
            </DetailItem>
            <DetailItem label={t("detail.body")}>{commitment.body?.name ?? t("detail.noBody")}</DetailItem>
            <DetailItem label={t("detail.notes")}>
              {commitment.notes ? <span className="whitespace-pre-line">{commitment.notes}</span> : none}
            </DetailItem>
          </DetailList>
        </Section>
        {canProgress ? (
          <Section id="actualizar-estado" title={t("progress.title")}>
            <p className="mb-4 text-sm text-muted">{t("progress.intro")}</p>
            <ProgressForm
              commitmentId={commitment.id}
              version={commitment.version}
              initialValues={{
                status: commitment.status,
                completedOn: commitment.completedOn ?? "",
                notes: commitment.notes ?? "",
              }}
              action={progressCommitmentAction.bind(null, commitment.id)}
            />
          </Section>
        ) : null}
      </div>

      <div className="mt-6">
        <RecordHistory ctx={ctx} entityType="commitment" entityId={commitment.id} />
      </div>
    </>
  );
}
