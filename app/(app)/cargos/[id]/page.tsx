import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { recordPage, type RecordViewProps } from "@/app/_lib/record-page";
import { RecordHistory } from "@/components/history/record-history";
import { ArchiveSeatForm } from "@/components/seats/archive-seat-form";
import { EndingBadge, TermStatusBadge } from "@/components/seats/term-badges";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { RecordHeader } from "@/components/ui/record-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { formatDate } from "@/lib/format";
import { ENDING_URGENT_DAYS } from "@/lib/seats/ending";
import { getSeat } from "@/lib/seats/queries";
import { setSeatArchivedAction } from "../actions";
import { SeatTerms } from "./seat-terms";

const page = recordPage(getSeat, (seat) => seat.title);
export const generateMetadata = page.generateMetadata;

export default async function SeatPage(props: RecordViewProps) {
  const format = await getFormatter();
  const { ctx, record: seat, estado } = await page.read(props);
  const t = await getTranslations("seats");
  const tEnum = await getTranslations("enums");
  const canManage = can(ctx.actor, "seat.manage");
  const none = <span className="text-slate-500">{t("detail.none")}</span>;
  const current = seat.current;

  return (
    <>
      <RecordHeader
        back={{ href: "/cargos", label: t("detail.back") }}
        title={seat.title}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <a href={`/redes/${seat.network.id}`}>{seat.network.name}</a>
            {seat.body ? <span>· {seat.body.name}</span> : null}
            <Badge tone="blue">{tEnum(`seatKind.${seat.kind}`)}</Badge>
            <TermStatusBadge status={current?.state ?? null} />
            <EndingBadge daysLeft={current?.endingSoon ? current.daysLeft : null} />
          </span>
        }
        actions={
          canManage ? (
            <>
              <ButtonLink href={`/cargos/${seat.id}/editar`} variant="secondary">
                {t("detail.edit")}
              </ButtonLink>
              {seat.archived ? null : (
                <ButtonLink href={`/cargos/${seat.id}/mandatos/nuevo`}>{t("detail.newTerm")}</ButtonLink>
              )}
            </>
          ) : null
        }
        state={estado}
        flashes={{
          creado: t("detail.created"),
          guardado: t("detail.saved"),
          archivado: t("detail.archived"),
          restaurado: t("detail.restored"),
          "mandato-creado": t("detail.termCreated"),
          "mandato-reemplazo": t("detail.termReplaced"),
          "mandato-proximo": t("detail.termScheduled"),
          "mandato-guardado": t("detail.termSaved"),
        }}
      />
      {seat.archived ? (
        <div className="mb-4">
          <Alert tone="warning">{t("detail.archivedNotice")}</Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="mandato-actual" title={t("detail.sectionCurrent")}>
          {current ? (
            <DetailList>
              <DetailItem label={t("detail.holder")}>
                <span className="text-base font-semibold">{current.holder.name}</span>
              </DetailItem>
              <DetailItem label={t("detail.startsOn")}>{formatDate(format, current.startsOn)}</DetailItem>
              <DetailItem label={t("detail.endsOn")}>
                <span className="flex flex-wrap items-center gap-2">
                  {current.endsOn ? formatDate(format, current.endsOn) : t("term.openEnd")}
                  <EndingBadge daysLeft={current.endingSoon ? current.daysLeft : null} />
                </span>
              </DetailItem>
              <DetailItem label={t("detail.status")}>
                <TermStatusBadge status={current.state} />
              </DetailItem>
            </DetailList>
          ) : null}
          {current?.endingSoon ? (
            <div
              className={`mt-3 rounded-md border px-4 py-3 text-sm ${
                (current.daysLeft ?? 0) <= ENDING_URGENT_DAYS
                  ? "border-red-300 bg-red-50 text-red-900"
                  : "border-amber-300 bg-amber-50 text-amber-950"
              }`}
            >
              <p>{(current.daysLeft ?? 0) < 0 ? t("detail.overdueNote") : t("detail.endingSoonNote")}</p>
              {seat.renewal ? (
                <p className="mt-1">{t("detail.renewalReminder", { renewal: seat.renewal })}</p>
              ) : null}
              {canManage && !seat.archived ? (
                <p className="mt-2">
                  <a
                    href={`/cargos/${seat.id}/mandatos/nuevo`}
                    className="font-semibold text-inherit underline"
                  >
                    {t("detail.registerNext")}
                  </a>
                </p>
              ) : null}
            </div>
          ) : null}
          {current ? null : <p className="text-sm text-muted">{t("detail.noTerms")}</p>}
        </Section>
        <Section id="datos-cargo" title={t("detail.sectionSeat")}>
          <DetailList>
            <DetailItem label={t("detail.network")}>
              <a href={`/redes/${seat.network.id}`}>{seat.network.name}</a>
              {seat.network.archived ? (
                <span className="ml-2">
                  <Badge>{t("detail.networkArchived")}</Badge>
                </span>
              ) : null}
            </DetailItem>
            <DetailItem label={t("detail.body")}>{seat.body?.name ?? t("detail.noBody")}</DetailItem>
            <DetailItem label={t("detail.kind")}>{tEnum(`seatKind.${seat.kind}`)}</DetailItem>
            <DetailItem label={t("detail.renewal")}>{seat.renewal ?? none}</DetailItem>
            <DetailItem label={t("detail.notes")}>
              {seat.notes ? <span className="whitespace-pre-line">{seat.notes}</span> : none}
            </DetailItem>
          </DetailList>
        </Section>
      </div>

      <Section id="mandatos" title={t("detail.sectionTerms")} className="mt-6">
        <p className="-mt-2 mb-3 text-sm text-muted">{t("detail.termsIntro")}</p>
        <SeatTerms seat={seat} canManage={canManage} />
      </Section>

      {canManage ? (
        <Section id="archivo" title={t("detail.sectionArchive")} className="mt-6">
          <ArchiveSeatForm
            archived={seat.archived}
            version={seat.version}
            action={setSeatArchivedAction.bind(null, seat.id, !seat.archived)}
          />
        </Section>
      ) : null}

      <div className="mt-6">
        <RecordHistory ctx={ctx} entityType="seat" entityId={seat.id} />
      </div>
    </>
  );
}
