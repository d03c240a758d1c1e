import { columnsOf } from "@/components/data-table/columns";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { SectionTable } from "@/components/ui/section-table";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingSummary } from "@/lib/meetings/queries";

const col = columnsOf<MeetingSummary>();

/**
 * A network's upcoming or past meetings as a table: title (to the meeting), status, time (with
 * Buenos Aires time) and place. A tentative meeting's row is marked with a dashed edge, as in
 * the calendar.
 */
export async function NetworkMeetingList({
  caption,
  items,
  empty,
}: {
  caption: string;
  items: MeetingSummary[];
  empty: string;
}) {
  const t = await getTranslations("networks.meetings");
  const tEnum = await getTranslations("enums");
  const columns = [
    col.accessor("title", {
      meta: { label: t("meeting"), rowHeader: true },
      cell: ({ row: { original: m } }) => (
        <a href={`/reuniones/${m.id}`} className="font-medium">
          {m.title}
        </a>
      ),
    }),
    col.accessor("status", {
      meta: { label: t("status") },
      cell: (info) => <MeetingStatusBadge status={info.getValue()} />,
    }),
    col.accessor("startsAt", {
      meta: { label: t("when") },
      cell: ({ row: { original: m } }) => (
        <MeetingTime startsAt={m.startsAt} timeZone={m.timeZone} baLabel={t("baTime")} />
      ),
    }),
    col.display({
      id: "where",
      meta: { label: t("where"), hideOnNarrow: true },
      cell: ({ row: { original: m } }) => (
        <>
          {m.mode === "online"
            ? tEnum("meetingMode.online")
            : [m.city, m.country].filter(Boolean).join(", ") || t("placeTbd")}
          {m.body ? <span className="block text-xs text-muted">{m.body}</span> : null}
        </>
      ),
    }),
  ];
  return (
    <SectionTable
      caption={caption}
      columns={columns}
      rows={items}
      empty={empty}
      rowClassName={(m) =>
        m.status === "tentative" ? "border-l-4 border-dashed border-slate-300" : undefined
      }
    />
  );
}
