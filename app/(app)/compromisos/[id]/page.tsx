import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { CommitmentStatusBadge, DueBadge } from "@/components/commitments/badges";
import { ProgressForm } from "@/components/commitments/progress-form";
import { RecordHistory } from "@/components/history/record-history";
import { ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getCommitment } from "@/lib/commitments/queries";
import { formatDate } from "@/lib/format";
import { instantToZoned } from "@/lib/dates";
import { progressCommitmentAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

const FLASH = { creado: "created", guardado: "saved", "estado-actualizado": "progressed" } as const;

/** Read once per request: the page title and the page both need it. */
const loadCommitment = cache(async (id: string) => getCommitment(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await loadCommitment((await params).id);
  return { title: commitment?.title };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-sm text-ink sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default async function CommitmentPage({ params, searchParams }: Props) {
  const format = await getFormatter();
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const commitment = await loadCommitment(id);
  if (!commitment) notFound();
  const t = await getTranslations("commitments");
  const flash = estado && estado in FLASH ? FLASH[estado as keyof typeof FLASH] : null;
  const none = <span className="text-slate-600">{t("detail.none")}</span>;
  const canManage = can(ctx.actor, "commitment.manage");
  const canProgress = can(ctx.actor, "commitment.progress", { personId: commitment.owner.id });
  const meeting = commitment.meeting;

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <a href="/compromisos">← {t("detail.back")}</a>
      </p>
      <PageHeader
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
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{t(`detail.${flash}`)}</Flash>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="datos" title={t("detail.sectionData")}>
          <dl className="divide-y divide-slate-100">
            <Item label={t("detail.owner")}>
              <span className="font-semibold">{commitment.owner.name}</span>
            </Item>
            <Item label={t("detail.department")}>{commitment.department?.name ?? none}</Item>
            <Item label={t("detail.dueOn")}>
              <span className="flex flex-wrap items-center gap-2">
                {commitment.dueOn ? formatDate(format, commitment.dueOn) : t("due.noDue")}
                <DueBadge daysLeft={commitment.daysLeft} />
              </span>
            </Item>
            <Item label={t("detail.status")}>
              <CommitmentStatusBadge status={commitment.status} />
            </Item>
            {commitment.completedOn ? (
              <Item label={t("detail.completedOn")}>{formatDate(format, commitment.completedOn)}</Item>
            ) : null}
            <Item label={t("detail.network")}>
              <a href={`/redes/${commitment.network.id}`}>{commitment.network.name}</a>
            </Item>
            <Item label={t("detail.meeting")}>
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
            </Item>
            <Item label={t("detail.body")}>{commitment.body?.name ?? t("detail.noBody")}</Item>
            <Item label={t("detail.notes")}>
              {commitment.notes ? <span className="whitespace-pre-line">{commitment.notes}</span> : none}
            </Item>
          </dl>
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
