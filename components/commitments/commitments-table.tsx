"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { COMMITMENT_LIST_DEFAULTS } from "@/lib/commitments/list-defaults";
import type { CommitmentListParams } from "@/lib/commitments/list-params";
import type { CommitmentRow } from "@/lib/commitments/queries";
import { hrefWith } from "@/lib/url";
import { CommitmentStatusBadge, DueCell } from "./badges";

type SortKey = CommitmentListParams["sort"];
const column = createColumnHelper<CommitmentRow>();

/**
 * The /compromisos table. Sorting and paging are done by the server (manual mode): header
 * links change the URL, the page re-renders with the new rows.
 */
export function CommitmentsTable({ rows, params }: { rows: CommitmentRow[]; params: CommitmentListParams }) {
  const t = useTranslations("commitments");
  const tTable = useTranslations("common.table");

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: t("columns.title"),
        meta: { sort: "title" as SortKey },
        cell: (info) => {
          const row = info.row.original;
          return (
            <span className="flex max-w-md flex-col gap-0.5">
              <Link
                href={`/compromisos/${row.id}`}
                className="font-semibold underline-offset-2 hover:underline"
              >
                {info.getValue()}
              </Link>
              {row.meeting ? (
                <span className="text-xs text-muted">
                  {t("list.fromMeeting", { title: row.meeting.title })}
                </span>
              ) : null}
            </span>
          );
        },
      }),
      column.accessor((row) => row.network.name, {
        id: "network",
        header: t("columns.network"),
        meta: { sort: "network" as SortKey },
      }),
      column.accessor((row) => row.owner.name, {
        id: "owner",
        header: t("columns.owner"),
        meta: { sort: "owner" as SortKey },
        cell: (info) => (
          <span className="flex flex-col">
            <span>{info.getValue()}</span>
            {info.row.original.department ? (
              <span className="text-xs text-muted">{info.row.original.department}</span>
            ) : null}
          </span>
        ),
      }),
      column.accessor("dueOn", {
        header: t("columns.due"),
        meta: { sort: "due" as SortKey },
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
      column.accessor("status", {
        header: t("columns.status"),
        meta: { sort: "status" as SortKey },
        cell: (info) => <CommitmentStatusBadge status={info.getValue()} />,
      }),
    ],
    [t],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table v8 returns fresh functions; this app does not use the React Compiler.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    getRowId: (row) => row.id,
  });

  const sortedHeader = columns.find((c) => (c.meta as { sort?: SortKey } | undefined)?.sort === params.sort);
  const caption = t("list.caption", {
    column: params.sort === "urgency" ? t("list.sortUrgency") : String(sortedHeader?.header ?? params.sort),
    direction: params.dir === "asc" ? tTable("sortAscending") : tTable("sortDescending"),
  });

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sortKey = (header.column.columnDef.meta as { sort?: SortKey } | undefined)?.sort;
                const active = sortKey === params.sort;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const nextDir = active && params.dir === "asc" ? "desc" : "asc";
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
                    className="whitespace-nowrap px-4 py-3 text-left font-semibold text-ink"
                  >
                    {sortKey ? (
                      <Link
                        href={hrefWith(
                          "/compromisos",
                          params,
                          { sort: sortKey, dir: nextDir, page: 1 },
                          COMMITMENT_LIST_DEFAULTS,
                        )}
                        className="inline-flex items-center gap-1 text-ink no-underline hover:underline"
                      >
                        {label}
                        <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-500"}>
                          {active ? (params.dir === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                        <span className="sr-only">
                          {active
                            ? `(${tTable(params.dir === "asc" ? "sortAscending" : "sortDescending")})`
                            : ""}
                        </span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-overdue={row.original.overdue ? "true" : undefined}
              className={row.original.overdue ? "bg-red-50/40 hover:bg-red-50" : "hover:bg-slate-50"}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className="px-4 py-3 align-top">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
