import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentRoleBadge } from "@/components/assignments/badges";
import { CommitmentStatusBadge, DueCell } from "@/components/commitments/badges";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { OwnAttendance } from "@/components/meetings/own-attendance";
import { ProgressForm } from "@/components/commitments/progress-form";
import { QuietFlag, UpdateList } from "@/components/participation/update-list";
import { UpdateForm } from "@/components/participation/update-form";
import { Alert } from "@/components/ui/alert";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { todayInBuenosAires } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { MY_MEETINGS_MAX, myParticipation } from "@/lib/participation/queries";
import { createParticipationUpdateAction, myAttendanceAction, myCommitmentProgressAction } from "./actions";

type Props = { searchParams: Promise<{ estado?: string | string[] }> };

const FLASH = [
  "novedad-registrada",
  "asistencia-confirmada",
  "asistencia-declinada",
  "compromiso-actualizado",
] as const;
type FlashKey = (typeof FLASH)[number];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participation"))("title") };
}

export default async function MyParticipationPage({ searchParams }: Props) {
  const format = await getFormatter();
  const ctx = await requireCtx();
  const { estado } = await searchParams;
  const today = todayInBuenosAires();
  const mine = await myParticipation(ctx, today);
  const t = await getTranslations("participation");
  const tEnum = await getTranslations("enums");

  if (!mine) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Alert tone="info" title={t("noPerson.title")}>
          {t("noPerson.body")}
        </Alert>
      </>
    );
  }

  const flash = typeof estado === "string" && (FLASH as readonly string[]).includes(estado) ? estado : null;
  const target = (a: (typeof mine.assignments)[number]) =>
    a.body?.name ?? a.thematicArea ?? t("assignments.general");

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro", { person: mine.person.name, department: mine.person.department ?? "none" })}
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{t(`flash.${flash as FlashKey}`)}</Flash>
        </div>
      ) : null}

      <div className="flex flex-col gap-6">
        <Section
          id="mis-asignaciones"
          title={t("assignments.title")}
          actions={
            <a href={`/personas/${mine.person.id}`} className="text-sm">
              {t("assignments.allLink")}
            </a>
          }
        >
          {mine.assignments.length === 0 ? (
            <p className="text-sm text-muted">{t("assignments.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {mine.assignments.map((a) => {
                const headingId = `asignacion-${a.id}`;
                const formTitleId = `novedad-${a.id}-titulo`;
                const names = { network: a.network.name, target: target(a) };
                return (
                  <li key={a.id}>
                    <article
                      aria-labelledby={headingId}
                      data-assignment={a.id}
                      className="rounded-md border border-slate-200 p-4"
                    >
                      <h3 id={headingId} className="text-base font-bold">
                        {t("assignments.heading", names)}
                      </h3>
                      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
                        <div>
                          <dt className="font-semibold text-muted">{t("assignments.role")}</dt>
                          <dd className="mt-1">
                            <AssignmentRoleBadge role={a.role} />
                          </dd>
                        </div>
                        <div>
                          <dt className="font-semibold text-muted">{t("assignments.since")}</dt>
                          <dd className="mt-1">{formatDate(format, a.startsOn)}</dd>
                        </div>
                        <div>
                          <dt className="font-semibold text-muted">{t("assignments.lastUpdate")}</dt>
                          <dd className="mt-1 flex flex-wrap items-center gap-2" data-last-update="true">
                            <span>
                              {a.lastUpdatedAt
                                ? formatDateTime(format, a.lastUpdatedAt)
                                : t("assignments.never")}
                            </span>
                            {a.stale ? <QuietFlag /> : null}
                          </dd>
                        </div>
                      </dl>

                      <div className="mt-4 grid gap-6 lg:grid-cols-2">
                        <div>
                          <h4 className="text-sm font-bold">{t("assignments.latest")}</h4>
                          <UpdateList updates={a.latestUpdates} empty={t("assignments.noUpdates")} />
                          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                            {a.canPost && a.updateCount > 0 ? (
                              <a
                                href={`/mi-participacion/asignaciones/${a.id}`}
                                aria-label={t("assignments.seeAllLabel", names)}
                              >
                                {t("assignments.seeAll", { count: a.updateCount })}
                              </a>
                            ) : null}
                            <a
                              href={`/asignaciones/${a.id}`}
                              aria-label={t("assignments.detailsLabel", names)}
                            >
                              {t("assignments.details")}
                            </a>
                          </p>
                        </div>
                        <div>
                          <h4 id={formTitleId} className="mb-2 text-sm font-bold">
                            {t("update.formTitle")}
                          </h4>
                          {a.canPost ? (
                            <UpdateForm
                              // A new update changes the count: the form starts empty again.
                              key={`${a.id}-${a.updateCount}`}
                              action={createParticipationUpdateAction.bind(null, a.id, "panel")}
                              idPrefix={`novedad-${a.id}`}
                              today={today}
                              titleId={formTitleId}
                            />
                          ) : (
                            <p className="text-sm text-muted">{t("assignments.readOnly")}</p>
                          )}
                        </div>
                      </div>
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>

        <Section
          id="mis-reuniones"
          title={t("meetings.title")}
          actions={
            <a href="/calendario?mine=1" className="text-sm">
              {t("meetings.calendarLink")}
            </a>
          }
        >
          <p className="mb-3 text-sm text-muted">{t("meetings.intro")}</p>
          {mine.meetings.length === 0 ? (
            <p className="text-sm text-muted">{t("meetings.empty")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("meetings.title")}</caption>
                <thead className="border-b border-slate-200 text-muted">
                  <tr>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("meetings.when")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("meetings.meeting")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("meetings.role")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("meetings.attendance")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("meetings.answer")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {mine.meetings.map((m) => (
                    <tr key={m.memberId} className="align-top" data-meeting={m.meeting.id}>
                      <td className="py-2 pr-4">
                        <MeetingTime
                          startsAt={m.meeting.startsAt}
                          timeZone={m.meeting.timeZone}
                          baLabel={t("meetings.baTime")}
                        />
                      </td>
                      <td className="py-2 pr-4">
                        <a href={`/reuniones/${m.meeting.id}`} className="font-semibold">
                          {m.meeting.title}
                        </a>
                        <span className="block text-xs text-muted">
                          {[m.network.name, m.body, tEnum(`meetingMode.${m.meeting.mode}`), m.meeting.city]
                            .filter(Boolean)
                            .join(" · ")}
                        </span>
                        {m.meeting.status !== "confirmed" ? (
                          <span className="mt-1 block">
                            <MeetingStatusBadge status={m.meeting.status} />
                          </span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-4">{tEnum(`delegationRole.${m.role}`)}</td>
                      <td className="py-2 pr-4" data-attendance={m.attendance}>
                        {tEnum(`attendanceStatus.${m.attendance}`)}
                      </td>
                      <td className="py-2 pr-4">
                        {m.canAnswer ? (
                          <OwnAttendance
                            action={myAttendanceAction.bind(null, m.meeting.id, m.memberId)}
                            version={m.memberVersion}
                            attendance={m.attendance}
                          />
                        ) : (
                          <span className="text-muted">{t("meetings.noAnswer")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {mine.meetings.length >= MY_MEETINGS_MAX ? (
                <p className="mt-2 text-sm text-muted">{t("meetings.limited", { count: MY_MEETINGS_MAX })}</p>
              ) : null}
            </div>
          )}
        </Section>

        <Section
          id="mis-compromisos"
          title={t("commitments.title")}
          actions={
            <a href={`/compromisos?owner=${mine.person.id}`} className="text-sm">
              {t("commitments.allLink")}
            </a>
          }
        >
          <p className="mb-3 text-sm text-muted">{t("commitments.intro")}</p>
          {mine.commitments.length === 0 ? (
            <p className="text-sm text-muted">{t("commitments.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {mine.commitments.map((c) => {
                const headingId = `compromiso-${c.id}`;
                const formTitleId = `compromiso-${c.id}-estado`;
                return (
                  <li key={c.id}>
                    <article
                      aria-labelledby={headingId}
                      data-commitment={c.id}
                      className={`rounded-md border p-4 ${c.overdue ? "border-red-300" : "border-slate-200"}`}
                    >
                      <h3 id={headingId} className="text-base font-bold">
                        <a href={`/compromisos/${c.id}`}>{c.title}</a>
                      </h3>
                      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
                        <div>
                          <dt className="font-semibold text-muted">{t("commitments.due")}</dt>
                          <dd className="mt-1">
                            <DueCell
                              dueOn={c.dueOn}
                              daysLeft={c.daysLeft}
                              status={c.status}
                              completedOn={c.completedOn}
                            />
                          </dd>
                        </div>
                        <div>
                          <dt className="font-semibold text-muted">{t("commitments.status")}</dt>
                          <dd className="mt-1">
                            <CommitmentStatusBadge status={c.status} />
                          </dd>
                        </div>
                        <div>
                          <dt className="font-semibold text-muted">{t("commitments.network")}</dt>
                          <dd className="mt-1">
                            {c.network.name}
                            {c.meeting ? (
                              <span className="block text-xs">
                                <a href={`/reuniones/${c.meeting.id}`}>{c.meeting.title}</a>
                              </span>
                            ) : null}
                          </dd>
                        </div>
                      </dl>
                      {c.canProgress ? (
                        <div className="mt-4">
                          <h4 id={formTitleId} className="mb-2 text-sm font-bold">
                            {t("commitments.formTitle")}
                          </h4>
                          <ProgressForm
                            key={`${c.id}-${c.version}`}
                            commitmentId={c.id}
                            version={c.version}
                            initialValues={{
                              status: c.status,
                              completedOn: c.completedOn ?? "",
                              notes: c.notes ?? "",
                            }}
                            action={myCommitmentProgressAction.bind(null, c.id)}
                            idPrefix={`compromiso-${c.id}`}
                            titleId={formTitleId}
                          />
                        </div>
                      ) : c.notes ? (
                        <p className="mt-2 whitespace-pre-line text-sm">
                          <span className="font-semibold text-muted">{t("commitments.notes")}: </span>
                          {c.notes}
                        </p>
                      ) : null}
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
          {mine.commitmentTotal > mine.commitments.length ? (
            <p className="mt-2 text-sm text-muted">
              {t("commitments.limited", { shown: mine.commitments.length, total: mine.commitmentTotal })}
            </p>
          ) : null}
        </Section>
      </div>
    </>
  );
}
