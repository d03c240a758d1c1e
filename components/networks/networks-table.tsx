"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { useTranslations, useFormatter } from "next-intl";
import { useMemo } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { NETWORK_LIST_DEFAULTS } from "@/lib/networks/list-defaults";
import type { NetworkListParams } from "@/lib/networks/list-params";
import type { NetworkRow } from "@/lib/networks/queries";
import { hrefWith } from "@/lib/url";

const KIND_TONE: Record<NetworkRow["kind"], BadgeTone> = {
  regional: "blue",
  global: "violet",
  thematic: "green",
};
const MEMBERSHIP_TONE: Record<NetworkRow["membershipStatus"], BadgeTone> = {
  member: "green",
  observer: "blue",
  candidate: "amber",
  former: "neutral",
};

type SortKey = NetworkListParams["sort"];
const column = createColumnHelper<NetworkRow>();

/**
 * The directory table. Sorting and paging are done by the server (manual mode): header
 * links change the URL, the page re-renders with the new rows.
 */
export function NetworksTable({ rows, params }: { rows: NetworkRow[]; params: NetworkListParams }) {
  const format = useFormatter();
  const t = useTranslations("networks");
  const tEnum = useTranslations("enums");
  const tTable = useTranslations("common.table");

  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: t("columns.name"),
        meta: { sort: "name" as SortKey },
        cell: (info) => (
          <span className="flex flex-col">
            <Link
              href={`/redes/${info.row.original.id}`}
              className="font-semibold underline-offset-2 hover:underline"
            >
              {info.getValue()}
            </Link>
            {info.row.original.archived ? (
              <span className="mt-1">
                <Badge>{t("directory.archivedBadge")}</Badge>
              </span>
            ) : null}
          </span>
        ),
      }),
      column.accessor("acronym", { header: t("columns.acronym"), meta: { sort: "acronym" as SortKey } }),
      column.accessor("kind", {
        header: t("columns.kind"),
        meta: { sort: "kind" as SortKey },
        cell: (info) => (
          <Badge tone={KIND_TONE[info.getValue()]}>{tEnum(`networkKind.${info.getValue()}`)}</Badge>
        ),
      }),
      column.accessor("membershipStatus", {
        header: t("columns.membership"),
        meta: { sort: "membership" as SortKey },
        cell: (info) => (
          <Badge tone={MEMBERSHIP_TONE[info.getValue()]}>
            {tEnum(`membershipStatus.${info.getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor("memberSince", {
        header: t("columns.since"),
        meta: { sort: "since" as SortKey },
        cell: (info) => formatDate(format, info.getValue()),
      }),
      column.accessor("thematicAreas", {
        header: t("columns.areas"),
        cell: (info) => <span className="text-xs text-muted">{info.getValue().join(" · ")}</span>,
      }),
      column.accessor("headquarters", { header: t("columns.headquarters") }),
      column.accessor("foundedYear", { header: t("columns.founded"), meta: { sort: "founded" as SortKey } }),
    ],
    [t, tEnum, format],
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
  const caption = t("directory.tableCaption", {
    column: String(sortedHeader?.header ?? params.sort),
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
                          "/redes",
                          params,
                          { sort: sortKey, dir: nextDir, page: 1 },
                          NETWORK_LIST_DEFAULTS,
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
            <tr key={row.id} className="hover:bg-slate-50">
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
