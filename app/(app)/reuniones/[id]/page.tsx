import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { RecordHistory } from "@/components/history/record-history";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { PreviousMeeting } from "@/components/meetings/previous-meeting";
import { AgendaSection } from "@/components/meetings/sections/agenda";
import { CommitmentsSection } from "@/components/meetings/sections/commitments";
import { DecisionsSection } from "@/components/meetings/sections/decisions";
import { DelegationSection } from "@/components/meetings/sections/delegation";
import { MeetingDetailsSection } from "@/components/meetings/sections/details";
import { MinutesSection } from "@/components/meetings/sections/minutes";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { meetingIcsPath } from "@/lib/calendar-feeds/paths";
import { getMeeting } from "@/lib/meetings/queries";
import { formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { moveAgendaItemAction, moveDecisionAction, ownAttendanceAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

/** Confirmations after a redirect, shown (and focused) in the section that changed. */
const FLASH: Record<string, "page" | "agenda" | "delegacion" | "acta" | "decisiones" | "compromisos"> = {
  creada: "page",
  guardada: "page",
  cerrada: "page",
  "punto-creado": "agenda",
  "punto-guardado": "agenda",
  "punto-eliminado": "agenda",
  "persona-agregada": "delegacion",
  "persona-guardada": "delegacion",
  "persona-quitada": "delegacion",
  "asistencia-confirmada": "delegacion",
  "asistencia-declinada": "delegacion",
  "acta-guardada": "acta",
  "decision-creada": "decisiones",
  "decision-guardada": "decisiones",
  "decision-eliminada": "decisiones",
  "compromiso-creado": "compromisos",
};

/** Read once per request: the page title and the page both need it. */
const loadMeeting = cache(async (id: string) => getMeeting(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await loadMeeting((await params).id);
  return { title: meeting?.title };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const meeting = await loadMeeting(id);
  if (!meeting) notFound();
  const t = await getTranslations("meetings");
  const tFeeds = await getTranslations("calendarFeeds");
  const tBriefing = await getTranslations("briefing.ficha");
  const tEnum = await getTranslations("enums");
  const manage = can(ctx.actor, "meeting.manage");
  const format = await getFormatter();
  const base = `/reuniones/${meeting.id}`;
  const closed = meeting.status === "held" || meeting.status === "cancelled";
  const canClose = manage && !closed && meeting.startsAt <= new Date();
  // Before the meeting starts there is nothing to mark as held; those who will do it are told
  // when the action appears, so it is not a surprise that it is missing.
  const closesLater = manage && !closed && !canClose;

  const flashAt = estado ? FLASH[estado] : undefined;
  const flash = (section: string): ReactNode =>
    flashAt === section && estado ? (
      <div className="mb-4">
        <Flash>
          {estado === "creada"
            ? t("form.created")
            : estado === "guardada"
              ? t("form.saved")
              : t(`flash.${estado}`)}
        </Flash>
      </div>
    ) : null;

  // Before a meeting, what was decided and left open at the previous one is the first thing
  // to review; once it is held or cancelled, that review moves to the end of the page.
  const reviewFirst = !closed;
  const previous = meeting.bodyId ? <PreviousMeeting ctx={ctx} meetingId={meeting.id} /> : null;

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <a href={`/redes/${meeting.network.id}`}>← {meeting.network.name}</a>
      </p>
      <PageHeader
        title={meeting.title}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <MeetingStatusBadge status={meeting.status} />
            <Badge>{tEnum(`meetingKind.${meeting.kind}`)}</Badge>
            {meeting.body ? <span>{meeting.body}</span> : null}
          </span>
        }
        actions={
          <>
            {/* A download, not a page: a plain anchor so the router does not try to render it. */}
            <a href={meetingIcsPath(meeting.id)} download className={buttonClass("secondary")}>
              {tFeeds("download")}
            </a>
            <ButtonLink href={`${base}/ficha`} variant="secondary">
              {tBriefing("link")}
            </ButtonLink>
            {manage ? (
              <ButtonLink href={`${base}/editar`} variant={canClose ? "secondary" : "primary"}>
                {t("form.edit")}
              </ButtonLink>
            ) : null}
            {canClose ? <ButtonLink href={`${base}/cerrar`}>{t("log.markHeld")}</ButtonLink> : null}
          </>
        }
      />
      {closesLater ? (
        <p className="no-print mb-4 text-sm text-muted" data-mark-held-from>
          {t("log.markHeldFrom", { date: formatDateTime(format, meeting.startsAt, meeting.timeZone) })}
        </p>
      ) : null}
      {flash("page")}
      {meeting.status === "tentative" ? (
        <p className="mb-4 rounded-md border border-dashed border-slate-400 bg-white px-4 py-3 text-sm">
          {t("tentativeNotice")}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <MeetingDetailsSection meeting={meeting} />
        <AgendaSection
          meeting={meeting}
          manage={manage}
          flash={flash("agenda")}
          moveAction={(itemId) => moveAgendaItemAction.bind(null, meeting.id, itemId)}
        />
      </div>
      <div className="mt-6 grid gap-6">
        {reviewFirst ? previous : null}
        <DelegationSection
          meeting={meeting}
          actor={ctx.actor}
          manage={manage}
          flash={flash("delegacion")}
          attendanceAction={(memberId) => ownAttendanceAction.bind(null, meeting.id, memberId)}
        />
        <MinutesSection meeting={meeting} manage={manage} flash={flash("acta")} />
        <div className="grid gap-6 lg:grid-cols-2">
          <DecisionsSection
            meeting={meeting}
            manage={manage}
            flash={flash("decisiones")}
            moveAction={(decisionId) => moveDecisionAction.bind(null, meeting.id, decisionId)}
          />
          <CommitmentsSection
            meeting={meeting}
            manageCommitments={can(ctx.actor, "commitment.manage")}
            flash={flash("compromisos")}
          />
        </div>
        {reviewFirst ? null : previous}
        <RecordHistory ctx={ctx} entityType="meeting" entityId={meeting.id} />
      </div>
    </>
  );
}
