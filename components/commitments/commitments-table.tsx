import { columnsOf } from "@/components/data-table/columns";
import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import type { CommitmentListParams } from "@/lib/commitments/list-params";
import type { CommitmentRow } from "@/lib/commitments/queries";
import { getTranslations } from "@/lib/i18n/translations";
import { CommitmentStatusBadge, DueCell } from "./badges";

const col = columnsOf<CommitmentRow>();

/** The /compromisos table: the server sorts, filters and pages; the header links change the URL. */
export async function CommitmentsTable(table: ListTableProps<CommitmentRow, CommitmentListParams>) {
  const t = await getTranslations("commitments");
  const columns = [
    col.accessor("title", {
      meta: { label: t("columns.title"), sort: "title", alwaysVisible: true, rowHeader: true },
      cell: (info) => {
        const row = info.row.original;
        return (
          <span className="flex max-w-md flex-col gap-0.5">
            <a href={`/compromisos/${row.id}`} className="font-semibold underline-offset-2 hover:underline">
              {info.getValue()}
            </a>
            {row.meeting ? (
              <span className="text-xs text-muted">
                {t("list.fromMeeting", { title: row.meeting.title })}
              </span>
            ) : null}
          </span>
        );
      },
    }),
    col.accessor((row) => row.network.name, {
      id: "network",
      meta: { label: t("columns.network"), sort: "network", hideOnNarrow: true },
    }),
    col.accessor((row) => row.owner.name, {
      id: "owner",
      meta: { label: t("columns.owner"), sort: "owner" },
      cell: (info) => (
        <span className="flex flex-col">
          <span>{info.getValue()}</span>
          {info.row.original.department ? (
            <span className="text-xs text-muted">{info.row.original.department}</span>
          ) : null}
        </span>
      ),
    }),
    col.accessor("dueOn", {
      meta: { label: t("columns.due"), sort: "due" },
      cell: (info) => {
        const row = info.row.original;
        return (
          <DueCell
            dueOn={row.dueOn}
            daysLeft={row.daysLeft}
            status={row.status}
            completedOn={row.completedOn}
          />
        );
      },
    }),
    col.accessor("status", {
      meta: { label: t("columns.status"), sort: "status" },
      cell: (info) => <CommitmentStatusBadge status={info.getValue()} />,
    }),
  ];
  return (
    <ListTable
      listKey="commitments"
      words={await getTranslations("commitments.list")}
      columns={columns}
      table={table}
      rowClassName={(row) => (row.overdue ? "bg-red-50/40" : undefined)}
      rowData={(row) => ({ overdue: row.overdue ? "true" : undefined })}
    />
  );
}
