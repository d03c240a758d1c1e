import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { RecordHistory } from "@/components/history/record-history";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { MoveButtons } from "@/components/meetings/move-buttons";
import { OwnAttendance } from "@/components/meetings/own-attendance";
import { PreviousMeeting } from "@/components/meetings/previous-meeting";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { meetingIcsPath } from "@/lib/calendar-feeds/paths";
import { todayInBuenosAires } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { getMeeting } from "@/lib/meetings/queries";
import { moveAgendaItemAction, moveDecisionAction, ownAttendanceAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

/** Confirmations after a redirect, shown (and focused) in the section that changed. */
const FLASH: Record<string, "page" | "agenda" | "delegacion" | "acta" | "decisiones"> = {
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
};

/** Read once per request: the page title and the page both need it. */
const loadMeeting = cache(async (id: string) => getMeeting(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await loadMeeting((await params).id);
  return { title: meeting?.title };
}

/** "Editar" with the row's name for screen readers (the visible word stays in the accessible name). */
function EditLink({ href, label, name }: { href: string; label: string; name: string }) {
  return (
    <a href={href} className={buttonClass("secondary", "min-h-9 px-2 py-1")}>
      {label}
      <span className="sr-only"> {name}</span>
    </a>
  );
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
  const today = todayInBuenosAires();
  const place = [meeting.venue, meeting.city, meeting.country].filter(Boolean).join(", ");
  const manage = can(ctx.actor, "meeting.manage");
  const manageCommitments = can(ctx.actor, "commitment.manage");
  const base = `/reuniones/${meeting.id}`;
  const closed = meeting.status === "held" || meeting.status === "cancelled";
  const canClose = manage && !closed && meeting.startsAt <= new Date();
  /** A delegation member answers for themself (technical staff: only on their own row). */
  const answers = (personId: string) =>
    !closed &&
    !!ctx.actor.personId &&
    personId === ctx.actor.personId &&
    can(ctx.actor, "meeting.attendance.own", { personId });
  const rowActions = manage || meeting.delegation.some((d) => answers(d.personId));

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
  const reviewFirst = meeting.status !== "held" && meeting.status !== "cancelled";
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
            {canClose ? <ButtonLink href={`${base}/cerrar`}>{t("log.close")}</ButtonLink> : null}
          </>
        }
      />
      {flash("page")}
      {meeting.status === "tentative" ? (
        <p className="mb-4 rounded-md border border-dashed border-slate-400 bg-white px-4 py-3 text-sm">
          {t("tentativeNotice")}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
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
              <dd>{formatDateTime(meeting.endsAt, meeting.timeZone)}</dd>
            </div>
            <div>
              <dt className="font-semibold text-muted">{t("mode")}</dt>
              <dd>{tEnum(`meetingMode.${meeting.mode}`)}</dd>
            </div>
            <div>
              <dt className="font-semibold text-muted">{t("place")}</dt>
              <dd>{place || t("placeTbd")}</dd>
            </div>
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
        <Section
          id="agenda"
          title={t("agenda")}
          className="lg:col-span-2"
          actions={
            manage ? (
              <ButtonLink href={`${base}/agenda/nuevo`} variant="secondary">
                {t("log.addAgendaItem")}
              </ButtonLink>
            ) : null
          }
        >
          {flash("agenda")}
          {meeting.agenda.length === 0 ? (
            <p className="text-sm text-muted">{t("noAgenda")}</p>
          ) : (
            <ol className="divide-y divide-slate-100 text-sm">
              {meeting.agenda.map((item, index) => (
                <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                  <div className="flex min-w-0 flex-1 gap-2">
                    <span className="w-6 shrink-0 text-right font-semibold text-muted">{index + 1}.</span>
                    <div className="min-w-0">
                      <span className="font-medium">{item.title}</span>
                      {item.presenter || item.durationMinutes ? (
                        <span className="block text-xs text-muted">
                          {[
                            item.presenter,
                            item.durationMinutes ? t("minutes", { n: item.durationMinutes }) : null,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </span>
                      ) : null}
                      {item.notes ? (
                        <span className="block text-xs whitespace-pre-line">{item.notes}</span>
                      ) : null}
                    </div>
                  </div>
                  {manage ? (
                    <div className="no-print flex flex-wrap items-center gap-1">
                      <MoveButtons
                        action={moveAgendaItemAction.bind(null, meeting.id, item.id)}
                        version={item.version}
                        title={item.title}
                        position={index + 1}
                        total={meeting.agenda.length}
                      />
                      <EditLink
                        href={`${base}/agenda/${item.id}/editar`}
                        label={t("log.editAgendaItem")}
                        name={t("log.editAgendaItemName", { title: item.title })}
                      />
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </Section>
      </div>
      <div className="mt-6 grid gap-6">
        {reviewFirst ? previous : null}
        <Section
          id="delegacion"
          title={t("delegation")}
          actions={
            manage ? (
              <ButtonLink href={`${base}/delegacion/nueva`} variant="secondary">
                {t("log.addMember")}
              </ButtonLink>
            ) : null
          }
        >
          {flash("delegacion")}
          {meeting.delegation.length === 0 ? (
            <p className="text-sm text-muted">{t("noDelegation")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">{t("delegation")}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left">
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("person")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("contact")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("role")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("attendance")}
                    </th>
                    {rowActions ? (
                      <th scope="col" className="py-2 pr-4 font-semibold">
                        <span className="sr-only">{t("log.actions")}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {meeting.delegation.map((d) => {
                    const mine = !!ctx.actor.personId && d.personId === ctx.actor.personId;
                    const answer = answers(d.personId);
                    return (
                      <tr key={d.id} className="align-top">
                        <td className="py-2 pr-4">
                          {d.person}
                          {mine ? (
                            <>
                              {" "}
                              <Badge tone="blue">{t("log.you")}</Badge>
                            </>
                          ) : null}
                          {d.department ? (
                            <span className="block text-xs text-muted">{d.department}</span>
                          ) : null}
                          {d.notes ? <span className="block text-xs">{d.notes}</span> : null}
                        </td>
                        <td className="py-2 pr-4">
                          {d.email ? (
                            <a href={`mailto:${d.email}`} className="block py-1 break-all">
                              {d.email}
                            </a>
                          ) : null}
                          {d.phone ? (
                            <a href={`tel:${d.phone.replace(/[^\d+]/g, "")}`} className="block py-1">
                              {d.phone}
                            </a>
                          ) : null}
                          {!d.email && !d.phone ? <span className="text-muted">—</span> : null}
                        </td>
                        <td className="py-2 pr-4">{tEnum(`delegationRole.${d.role}`)}</td>
                        <td className="py-2 pr-4">{tEnum(`attendanceStatus.${d.attendance}`)}</td>
                        {rowActions ? (
                          <td className="no-print py-2 pr-4">
                            <div className="flex flex-col gap-2">
                              {answer ? (
                                <OwnAttendance
                                  action={ownAttendanceAction.bind(null, meeting.id, d.id)}
                                  version={d.version}
                                  attendance={d.attendance}
                                />
                              ) : null}
                              {manage ? (
                                <span>
                                  <EditLink
                                    href={`${base}/delegacion/${d.id}/editar`}
                                    label={t("log.editMember")}
                                    name={t("log.editMemberName", { person: d.person })}
                                  />
                                </span>
                              ) : null}
                            </div>
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Section>
        <Section
          id="acta"
          title={t("minutesTitle")}
          actions={
            manage ? (
              <ButtonLink href={`${base}/acta`} variant="secondary">
                {meeting.minutesHtml ? t("log.editMinutes") : t("log.writeMinutes")}
              </ButtonLink>
            ) : null
          }
        >
          {flash("acta")}
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
        <div className="grid gap-6 lg:grid-cols-2">
          <Section
            id="decisiones"
            title={t("decisions")}
            actions={
              manage ? (
                <ButtonLink href={`${base}/decisiones/nueva`} variant="secondary">
                  {t("log.addDecision")}
                </ButtonLink>
              ) : null
            }
          >
            {flash("decisiones")}
            {meeting.decisions.length === 0 ? (
              <p className="text-sm text-muted">{t("noDecisions")}</p>
            ) : (
              <ol className="divide-y divide-slate-100 text-sm">
                {meeting.decisions.map((d, index) => (
                  <li key={d.id} className="flex flex-col gap-2 py-2">
                    <div className="flex gap-2">
                      <span className="w-6 shrink-0 text-right font-semibold text-muted">{index + 1}.</span>
                      <span className="whitespace-pre-line">{d.text}</span>
                    </div>
                    {manage ? (
                      <div className="no-print flex flex-wrap items-center gap-1 pl-8">
                        <MoveButtons
                          action={moveDecisionAction.bind(null, meeting.id, d.id)}
                          version={d.version}
                          title={t("log.editDecisionName", { n: index + 1 })}
                          position={index + 1}
                          total={meeting.decisions.length}
                        />
                        <EditLink
                          href={`${base}/decisiones/${d.id}/editar`}
                          label={t("log.editDecision")}
                          name={t("log.editDecisionName", { n: index + 1 })}
                        />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </Section>
          <Section
            id="compromisos"
            title={t("commitments")}
            actions={
              manageCommitments ? (
                <ButtonLink href={`/compromisos/nuevo?meeting=${meeting.id}`} variant="secondary">
                  {t("log.addCommitment")}
                </ButtonLink>
              ) : null
            }
          >
            {meeting.commitments.length === 0 ? (
              <p className="text-sm text-muted">{t("noCommitments")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {meeting.commitments.map((c) => {
                  const overdue =
                    (c.status === "open" || c.status === "in_progress") &&
                    c.dueOn !== null &&
                    c.dueOn < today;
                  return (
                    <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                      <span>
                        <span className="font-medium">{c.title}</span>
                        <span className="block text-xs text-muted">{c.owner}</span>
                      </span>
                      <span className="flex flex-wrap items-center gap-2">
                        {c.dueOn ? (
                          <span className={overdue ? "font-semibold text-red-800" : "text-muted"}>
                            {formatDate(c.dueOn)}
                          </span>
                        ) : null}
                        {overdue ? (
                          <Badge tone="red">{t("overdue")}</Badge>
                        ) : (
                          <Badge>{tEnum(`commitmentStatus.${c.status}`)}</Badge>
                        )}
                        {manageCommitments ? (
                          <EditLink
                            href={`/compromisos/${c.id}/editar`}
                            label={t("log.editCommitment")}
                            name={t("log.editCommitmentName", { title: c.title })}
                          />
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
        </div>
        {reviewFirst ? null : previous}
        <RecordHistory ctx={ctx} entityType="meeting" entityId={meeting.id} />
      </div>
    </>
  );
}
