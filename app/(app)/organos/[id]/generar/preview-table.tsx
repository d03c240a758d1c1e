import { getFormatter } from "next-intl/server";
import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatMonth } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/translations";
import {
  monthKey,
  PLACEHOLDER_END,
  PLACEHOLDER_START,
  type Occurrence,
} from "@/lib/meetings/cadence-planner";
import type { BodyMeeting } from "@/lib/meetings/cadence-queries";

type Row = Occurrence<BodyMeeting>;
const col = columnsOf<Row>();

/** "marzo de 2027" with a capital: it starts a table cell. */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase("es") + text.slice(1);
const zoneCity = (zone: string) => zone.split("/").pop()?.replace(/_/g, " ") ?? zone;

/**
 * The months a body's cadence expects in the window: the meeting that already is each one, or
 * the tentative date a run would create (with the placeholder hours, in the meetings' zone).
 */
export async function PreviewTable({ occurrences, timeZone }: { occurrences: Row[]; timeZone: string }) {
  const t = await getTranslations("briefing.generate");
  const format = await getFormatter();
  const columns = [
    col.display({
      id: "month",
      meta: { label: t("colMonth"), rowHeader: true },
      cell: ({ row: { original: o } }) => (
        <>
          <span className="font-semibold">{capitalised(formatMonth(format, o))}</span>
          <span className="block text-xs text-muted">
            {t("covers", { from: formatMonth(format, o.from), to: formatMonth(format, o.to) })}
          </span>
        </>
      ),
    }),
    col.accessor("date", {
      meta: { label: t("colDate") },
      cell: ({ row: { original: o } }) =>
        o.existing
          ? formatDate(format, o.existing.startDate)
          : `${formatDate(format, o.date)} ${PLACEHOLDER_START}–${PLACEHOLDER_END} (${zoneCity(timeZone)})`,
    }),
    col.accessor("existing", {
      meta: { label: t("colStatus") },
      cell: (info) => {
        const existing = info.getValue();
        return existing ? (
          <span className="flex flex-wrap items-center gap-2">
            <Badge>{t("exists")}</Badge>
            <a href={`/reuniones/${existing.id}`}>{existing.title}</a>
            <MeetingStatusBadge status={existing.status} />
          </span>
        ) : (
          <Badge tone="blue">{t("willCreate")}</Badge>
        );
      },
    }),
  ];
  return (
    <DataTable
      listKey="cadence-preview"
      caption={t("caption")}
      columns={columns}
      rows={occurrences}
      rowId={monthKey}
      columnMenu={false}
      rowData={(o) => ({ month: monthKey(o) })}
      empty={null}
    />
  );
}
