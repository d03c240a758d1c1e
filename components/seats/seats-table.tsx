import { columnsOf } from "@/components/data-table/columns";
import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { ENDING_URGENT_DAYS } from "@/lib/seats/ending";
import type { SeatListParams } from "@/lib/seats/list-params";
import type { SeatRow } from "@/lib/seats/queries";
import { EndingBadge, TermStatusBadge } from "./term-badges";

/** Left edge of a flagged row: a second cue beside the badge's words. */
const flagClass = (row: SeatRow) =>
  !row.endingSoon
    ? "border-l-4 border-l-transparent"
    : (row.daysLeft ?? 0) <= ENDING_URGENT_DAYS
      ? "border-l-4 border-l-red-600"
      : "border-l-4 border-l-amber-500";

const col = columnsOf<SeatRow>();

/**
 * The /cargos table: the server sorts, filters and pages; the flag of a term ending soon is a
 * badge with words.
 */
export async function SeatsTable(table: ListTableProps<SeatRow, SeatListParams>) {
  const t = await getTranslations("seats");
  const format = await getFormatter();
  const tEnum = await getTranslations("enums");
  const columns = [
    col.accessor("title", {
      meta: { label: t("columns.seat"), sort: "title", alwaysVisible: true },
      cell: (info) => (
        <>
          <a
            href={`/cargos/${info.row.original.id}`}
            className="font-semibold underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </a>
          <span className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-muted">
            {tEnum(`seatKind.${info.row.original.kind}`)}
            {info.row.original.archived ? <Badge>{t("list.archivedBadge")}</Badge> : null}
          </span>
        </>
      ),
    }),
    col.accessor("network", {
      meta: { label: t("columns.network"), sort: "network" },
      cell: (info) => (
        <>
          <a href={`/redes/${info.getValue().id}`} className="underline-offset-2 hover:underline">
            {info.getValue().name}
          </a>
          {info.row.original.body ? (
            <span className="mt-0.5 block text-xs text-muted">{info.row.original.body}</span>
          ) : null}
        </>
      ),
    }),
    col.accessor("holder", {
      meta: { label: t("columns.holder"), sort: "holder" },
      cell: (info) => (
        <span className="whitespace-nowrap">
          {info.getValue() ?? <span className="text-muted">{t("term.noHolder")}</span>}
        </span>
      ),
    }),
    col.accessor("startsOn", {
      meta: { label: t("columns.startsOn"), hideOnNarrow: true },
      cell: (info) => <span className="whitespace-nowrap">{formatDate(format, info.getValue())}</span>,
    }),
    col.accessor("endsOn", {
      meta: { label: t("columns.endsOn"), sort: "end" },
      cell: (info) => {
        const row = info.row.original;
        return (
          <>
            <span className="block whitespace-nowrap">
              {row.endsOn ? (
                formatDate(format, row.endsOn)
              ) : row.startsOn ? (
                <span className="text-muted">{t("term.openEnd")}</span>
              ) : null}
            </span>
            {row.endingSoon ? (
              <span className="mt-1 block">
                <EndingBadge daysLeft={row.daysLeft} />
              </span>
            ) : null}
          </>
        );
      },
    }),
    col.accessor("status", {
      meta: { label: t("columns.status") },
      cell: (info) => <TermStatusBadge status={info.getValue()} />,
    }),
  ];
  return (
    <ListTable
      listKey="seats"
      words={await getTranslations("seats.list")}
      columns={columns}
      table={table}
      rowClassName={flagClass}
    />
  );
}
