import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { OwnAttendance } from "@/components/meetings/own-attendance";
import { Section } from "@/components/ui/section";
import { getTranslations } from "@/lib/i18n/translations";
import { MY_MEETINGS_MAX, type MyMeeting } from "@/lib/participation/queries";
import { myAttendanceAction } from "./actions";

const col = columnsOf<MyMeeting>();

/**
 * Mi participación's upcoming meetings with the user in the delegation: when, which, the
 * user's role and attendance, and the buttons to answer.
 */
export async function MyMeetings({ meetings }: { meetings: MyMeeting[] }) {
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
    col.display({
      id: "answer",
      meta: { label: t("answer") },
      cell: ({ row: { original: m } }) =>
        m.canAnswer ? (
          <OwnAttendance
            action={myAttendanceAction.bind(null, m.meeting.id, m.memberId)}
            version={m.memberVersion}
            attendance={m.attendance}
          />
        ) : (
          <span className="text-muted">{t("noAnswer")}</span>
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
