import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { OwnAttendance } from "@/components/meetings/own-attendance";
import { Section } from "@/components/ui/section";
import { CardFlash, OrphanFlash } from "@/components/participation/card-flash";
import { noticeFor, orphanNotice, type CardNotice } from "@/components/participation/card-notice";
import { getTranslations } from "@/lib/i18n/translations";
import { MY_MEETINGS_MAX, type MyMeeting } from "@/lib/participation/queries";
import { myAttendanceAction } from "./actions";

const col = columnsOf<MyMeeting>();

/**
 * Mi participación's upcoming meetings with the user in the delegation: when, which, the
 * user's role and attendance. The buttons to answer sit in the meeting's own cell, under its
 * title — the one cell every width shows — rather than in a last column off a phone's screen.
 */
export async function MyMeetings({ meetings, notice }: { meetings: MyMeeting[]; notice: CardNotice | null }) {
  const t = await getTranslations("participation.meetings");
  const tEnum = await getTranslations("enums");
  const columns = [
    col.display({
      id: "when",
      meta: { label: t("when") },
      cell: ({ row: { original: m } }) => (
        <MeetingTime startsAt={m.meeting.startsAt} timeZone={m.meeting.timeZone} baLabel={t("baTime")} />
      ),
    }),
    col.accessor("meeting", {
      meta: { label: t("meeting"), rowHeader: true },
      cell: ({ row: { original: m } }) => (
        <>
          <a
            id={`reunion-${m.meeting.id}`}
            href={`/reuniones/${m.meeting.id}`}
            className="scroll-mt-4 font-semibold"
          >
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
          <CardFlash text={noticeFor(notice, `reunion-${m.meeting.id}`)} />
          {m.canAnswer ? (
            <div className="mt-2 font-normal">
              <OwnAttendance
                action={myAttendanceAction.bind(null, m.meeting.id, m.memberId)}
                version={m.memberVersion}
                attendance={m.attendance}
              />
            </div>
          ) : null}
        </>
      ),
    }),
    col.accessor("role", {
      meta: { label: t("role") },
      cell: (info) => tEnum(`delegationRole.${info.getValue()}`),
    }),
    col.accessor("attendance", {
      meta: { label: t("attendance") },
      cell: (info) => (
        <span data-attendance={info.getValue()}>{tEnum(`attendanceStatus.${info.getValue()}`)}</span>
      ),
    }),
  ];
  return (
    <Section
      id="mis-reuniones"
      title={t("title")}
      actions={
        <a href="/calendario?mine=1" className="text-sm">
          {t("calendarLink")}
        </a>
      }
    >
      <p className="mb-3 text-sm text-muted">{t("intro")}</p>
      <OrphanFlash
        text={orphanNotice(
          notice,
          "reunion",
          meetings.map((m) => `reunion-${m.meeting.id}`),
        )}
      />
      <DataTable
        listKey="my-meetings"
        caption={t("title")}
        columns={columns}
        rows={meetings}
        rowId={(m) => m.memberId}
        columnMenu={false}
        rowData={(m) => ({ meeting: m.meeting.id })}
        empty={<p className="text-sm text-muted">{t("empty")}</p>}
      />
      {meetings.length >= MY_MEETINGS_MAX ? (
        <p className="mt-2 text-sm text-muted">{t("limited", { count: MY_MEETINGS_MAX })}</p>
      ) : null}
    </Section>
  );
}
