import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
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

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getMeeting(await requireCtx(), (await params).id);
  return { title: meeting?.title };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const meeting = await getMeeting(ctx, id);
  if (!meeting) notFound();
  const t = await getTranslations("meetings");
  const tFeeds = await getTranslations("calendarFeeds");
  const tEnum = await getTranslations("enums");
  const today = todayInBuenosAires();
  const place = [meeting.venue, meeting.city, meeting.country].filter(Boolean).join(", ");

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={`/redes/${meeting.network.id}`}>← {meeting.network.name}</Link>
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
            {can(ctx.actor, "meeting.manage") ? (
              <ButtonLink href={`/reuniones/${meeting.id}/editar`}>{t("form.edit")}</ButtonLink>
            ) : null}
          </>
        }
      />
      {estado === "creada" || estado === "guardada" ? (
        <div className="mb-4">
          <Flash>{estado === "creada" ? t("form.created") : t("form.saved")}</Flash>
        </div>
      ) : null}
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
        <Section id="agenda" title={t("agenda")} className="lg:col-span-2">
          {meeting.agenda.length === 0 ? (
            <p className="text-sm text-muted">{t("noAgenda")}</p>
          ) : (
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {meeting.agenda.map((item) => (
                <li key={item.id}>
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
                </li>
              ))}
            </ol>
          )}
        </Section>
      </div>
      <div className="mt-6 grid gap-6">
        <Section id="delegacion" title={t("delegation")}>
          {meeting.delegation.length === 0 ? (
            <p className="text-sm text-muted">{t("noDelegation")}</p>
          ) : (
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t("delegation")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left">
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t("person")}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t("role")}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t("attendance")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {meeting.delegation.map((d) => (
                  <tr key={d.id}>
                    <td className="py-2 pr-4">
                      {d.person}
                      {d.department ? <span className="block text-xs text-muted">{d.department}</span> : null}
                    </td>
                    <td className="py-2 pr-4">{tEnum(`delegationRole.${d.role}`)}</td>
                    <td className="py-2 pr-4">{tEnum(`attendanceStatus.${d.attendance}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
        <Section id="acta" title={t("minutesTitle")}>
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
          <Section id="decisiones" title={t("decisions")}>
            {meeting.decisions.length === 0 ? (
              <p className="text-sm text-muted">{t("noDecisions")}</p>
            ) : (
              <ol className="list-decimal space-y-1 pl-5 text-sm">
                {meeting.decisions.map((d) => (
                  <li key={d.id}>{d.text}</li>
                ))}
              </ol>
            )}
          </Section>
          <Section id="compromisos" title={t("commitments")}>
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
                      <span className="flex items-center gap-2">
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
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
