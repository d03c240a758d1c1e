import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { BriefingPrintButton } from "@/components/meetings/briefing-print-button";
import { BriefingItem, BriefingSection } from "@/components/meetings/briefing-section";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { PreviousMeetingContent } from "@/components/meetings/previous-meeting";
import { EndingBadge, TermPeriod, TermStatusBadge } from "@/components/seats/term-badges";
import { requireCtx } from "@/lib/auth/context";
import { getBriefing } from "@/lib/briefing/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { getMeeting } from "@/lib/meetings/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getMeeting(await requireCtx(), (await params).id);
  const t = await getTranslations("briefing.ficha");
  return { title: meeting ? t("metaTitle", { title: meeting.title }) : t("title") };
}

const cell = "py-1.5 pr-3 align-top";
const headCell = "py-1.5 pr-3 text-left font-semibold";

/**
 * The briefing pack of a meeting for the city's delegation: one page that prints on A4 without
 * the app's navigation (see the print rules in app/globals.css).
 */
export default async function BriefingPage({ params }: Props) {
  const format = await getFormatter();
  const { id } = await params;
  const ctx = await requireCtx();
  const briefing = await getBriefing(ctx, id);
  if (!briefing) notFound();
  const t = await getTranslations("briefing.ficha");
  const tMeetings = await getTranslations("meetings");
  const tEnum = await getTranslations("enums");
  const { meeting, network, seats, delegation, previous, today } = briefing;
  const none = <span className="text-muted">{t("none")}</span>;
  const place = [meeting.venue, meeting.city, meeting.country].filter(Boolean).join(", ");

  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-3">
        <a href={`/reuniones/${meeting.id}`} className="text-sm">
          ← {t("back")}
        </a>
        <div className="flex flex-wrap items-center gap-3">
          <p id="ficha-imprimir" className="text-xs text-muted">
            {t("downloadPdfHint")}
          </p>
          <BriefingPrintButton label={t("downloadPdf")} describedBy="ficha-imprimir" />
        </div>
      </div>

      <article
        aria-labelledby="ficha-titulo"
        className="briefing mx-auto max-w-4xl rounded-lg border border-slate-200 bg-white p-8 text-sm leading-snug shadow-sm"
      >
        <header className="mb-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("title")}</p>
          <h1 id="ficha-titulo" className="mt-1 text-2xl font-bold tracking-tight text-ink">
            {meeting.title}
          </h1>
          <p className="mt-1 text-base">
            {[network.acronym ? `${network.name} (${network.acronym})` : network.name, meeting.body]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-1 text-xs text-muted">{t("preparedOn", { date: formatDate(format, today) })}</p>
        </header>

        <div className="flex flex-col gap-5">
          <BriefingSection id="ficha-reunion" title={t("meeting")}>
            {meeting.status === "tentative" ? (
              <p className="mb-2 rounded-md border border-dashed border-slate-400 px-3 py-2">
                {tMeetings("tentativeNotice")}
              </p>
            ) : null}
            <dl className="grid gap-x-8 sm:grid-cols-2">
              <BriefingItem label={t("when")}>
                <MeetingTime
                  startsAt={meeting.startsAt}
                  timeZone={meeting.timeZone}
                  baLabel={tMeetings("baTime")}
                />
                <span className="block text-xs text-muted">
                  {t("until", { end: formatDateTime(format, meeting.endsAt, meeting.timeZone) })}
                </span>
              </BriefingItem>
              <BriefingItem label={t("place")}>
                {place || (meeting.mode === "online" ? t("placeOnline") : t("placeTbd"))}
              </BriefingItem>
              <BriefingItem label={t("mode")}>{tEnum(`meetingMode.${meeting.mode}`)}</BriefingItem>
              <BriefingItem label={t("status")}>
                <MeetingStatusBadge status={meeting.status} />
              </BriefingItem>
              <BriefingItem label={t("kind")}>{tEnum(`meetingKind.${meeting.kind}`)}</BriefingItem>
              <BriefingItem label={t("body")}>{meeting.body ?? none}</BriefingItem>
              {meeting.onlineUrl ? (
                <BriefingItem label={t("onlineLink")}>
                  <span className="break-all">{meeting.onlineUrl}</span>
                </BriefingItem>
              ) : null}
            </dl>
          </BriefingSection>

          <BriefingSection id="ficha-red" title={t("network")}>
            <dl className="grid gap-x-8 sm:grid-cols-2">
              <BriefingItem label={t("networkName")}>
                {network.name}
                {network.acronym ? ` (${network.acronym})` : ""}
              </BriefingItem>
              <BriefingItem label={t("networkKind")}>{tEnum(`networkKind.${network.kind}`)}</BriefingItem>
              <BriefingItem label={t("membership")}>
                {network.memberSince
                  ? t("membershipSince", {
                      status: tEnum(`membershipStatus.${network.membershipStatus}`),
                      date: formatDate(format, network.memberSince),
                    })
                  : tEnum(`membershipStatus.${network.membershipStatus}`)}
              </BriefingItem>
              <BriefingItem label={t("focalPerson")}>{network.focalPerson?.name ?? none}</BriefingItem>
              <BriefingItem label={t("scope")}>{network.scope ?? none}</BriefingItem>
              <BriefingItem label={t("headquarters")}>{network.headquarters ?? none}</BriefingItem>
              <BriefingItem label={t("founded")}>{network.foundedYear ?? none}</BriefingItem>
              <BriefingItem label={t("languages")}>
                {network.languages.length
                  ? network.languages.map((code) => tEnum(`language.${code}`)).join(", ")
                  : none}
              </BriefingItem>
              <BriefingItem label={t("areas")}>
                {network.thematicAreas.length ? network.thematicAreas.map((a) => a.name).join(", ") : none}
              </BriefingItem>
              <BriefingItem label={t("website")}>
                {network.website ? <span className="break-all">{network.website}</span> : none}
              </BriefingItem>
            </dl>
            {network.description ? (
              <p className="mt-2 whitespace-pre-line">
                <span className="font-semibold text-muted">{t("description")}: </span>
                {network.description}
              </p>
            ) : null}
          </BriefingSection>

          <BriefingSection id="ficha-cargos" title={t("seats")}>
            {seats.length === 0 ? (
              <p className="text-muted">{t("noSeats")}</p>
            ) : (
              <table className="w-full">
                <caption className="sr-only">{t("seats")}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className={headCell}>
                      {t("seatCol")}
                    </th>
                    <th scope="col" className={headCell}>
                      {t("bodyCol")}
                    </th>
                    <th scope="col" className={headCell}>
                      {t("holderCol")}
                    </th>
                    <th scope="col" className={headCell}>
                      {t("termCol")}
                    </th>
                    <th scope="col" className={headCell}>
                      {t("statusCol")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {seats.map((seat) => (
                    <tr key={seat.id}>
                      <td className={cell}>
                        <span className="font-medium">{seat.title}</span>
                        <span className="block text-xs text-muted">{tEnum(`seatKind.${seat.kind}`)}</span>
                      </td>
                      <td className={cell}>{seat.body ?? "—"}</td>
                      <td className={cell}>
                        {seat.holder ?? <span className="text-muted">{t("noHolder")}</span>}
                      </td>
                      <td className={cell}>
                        <TermPeriod startsOn={seat.startsOn} endsOn={seat.endsOn} />
                      </td>
                      <td className={cell}>
                        <span className="flex flex-wrap items-center gap-1">
                          <TermStatusBadge status={seat.status} />
                          <EndingBadge daysLeft={seat.endingSoon ? seat.daysLeft : null} />
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </BriefingSection>

          <BriefingSection id="ficha-delegacion" title={t("delegation")}>
            {delegation.length === 0 ? (
              <p className="text-muted">{t("noDelegation")}</p>
            ) : (
              <table className="w-full">
                <caption className="sr-only">{t("delegation")}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className={headCell}>
                      {t("personCol")}
                    </th>
                    <th scope="col" className={headCell}>
                      {t("roleCol")}
                    </th>
                    <th scope="col" className={headCell}>
                      {t("attendanceCol")}
                    </th>
                    <th scope="col" className={headCell}>
                      {t("contactCol")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {delegation.map((d) => (
                    <tr key={d.id}>
                      <td className={cell}>
                        <span className="font-medium">{d.name}</span>
                        {d.position || d.department ? (
                          <span className="block text-xs text-muted">
                            {[d.position, d.department].filter(Boolean).join(" · ")}
                          </span>
                        ) : null}
                      </td>
                      <td className={cell}>{tEnum(`delegationRole.${d.role}`)}</td>
                      <td className={cell}>{tEnum(`attendanceStatus.${d.attendance}`)}</td>
                      <td className={cell}>
                        {d.email || d.phone ? (
                          <>
                            {d.email ? (
                              <a href={`mailto:${d.email}`} className="block break-all leading-6">
                                <span className="sr-only">{t("emailLabel")}: </span>
                                {d.email}
                              </a>
                            ) : null}
                            {d.phone ? (
                              <a
                                href={`tel:${d.phone.replace(/[^+\d]/g, "")}`}
                                className="block whitespace-nowrap leading-6"
                              >
                                <span className="sr-only">{t("phoneLabel")}: </span>
                                {d.phone}
                              </a>
                            ) : null}
                          </>
                        ) : (
                          <span className="text-muted">{t("noContact")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </BriefingSection>

          <BriefingSection id="ficha-agenda" title={t("agenda")}>
            {meeting.agenda.length === 0 ? (
              <p className="text-muted">{t("noAgenda")}</p>
            ) : (
              <ol className="list-decimal space-y-1 pl-5">
                {meeting.agenda.map((item) => (
                  <li key={item.id}>
                    <span className="font-medium">{item.title}</span>
                    {item.presenter || item.durationMinutes ? (
                      <span className="text-muted">
                        {" — "}
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
          </BriefingSection>

          <BriefingSection id="ficha-anterior" title={t("previous")}>
            <PreviousMeetingContent result={previous} />
          </BriefingSection>
        </div>
      </article>
    </>
  );
}
