import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { ENDING_URGENT_DAYS } from "@/lib/seats/ending";
import { SEAT_LIST_DEFAULTS, type SeatListParams } from "@/lib/seats/list-params";
import type { SeatRow } from "@/lib/seats/queries";
import { hrefWith } from "@/lib/url";
import { EndingBadge, TermStatusBadge } from "./term-badges";

type SortKey = SeatListParams["sort"];

/** Left edge of a flagged row: a second cue beside the badge's words. */
const flagClass = (row: SeatRow) =>
  !row.endingSoon
    ? "border-l-transparent"
    : (row.daysLeft ?? 0) <= ENDING_URGENT_DAYS
      ? "border-l-red-600"
      : "border-l-amber-500";

/**
 * The /cargos table, rendered on the server: sorting and paging are URL changes, the flag of
 * a term ending soon is a badge with words.
 */
export async function SeatsTable({ rows, params }: { rows: SeatRow[]; params: SeatListParams }) {
  const format = await getFormatter();
  const t = await getTranslations("seats");
  const tEnum = await getTranslations("enums");
  const tTable = await getTranslations("common.table");

  const columns: { key: string; label: string; sort?: SortKey }[] = [
    { key: "seat", label: t("columns.seat"), sort: "title" },
    { key: "network", label: t("columns.network"), sort: "network" },
    { key: "holder", label: t("columns.holder"), sort: "holder" },
    { key: "startsOn", label: t("columns.startsOn") },
    { key: "endsOn", label: t("columns.endsOn"), sort: "end" },
    { key: "status", label: t("columns.status") },
  ];
  const sorted = columns.find((c) => c.sort === params.sort);
  const direction = tTable(params.dir === "asc" ? "sortAscending" : "sortDescending");

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("list.caption", { column: sorted?.label ?? "", direction })}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((c) => {
              const active = c.sort === params.sort;
              const nextDir = active && params.dir === "asc" ? "desc" : "asc";
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
                  className="whitespace-nowrap px-4 py-3 text-left font-semibold text-ink"
                >
                  {c.sort ? (
                    <a
                      href={hrefWith(
                        "/cargos",
                        params,
                        { sort: c.sort, dir: nextDir, page: 1 },
                        SEAT_LIST_DEFAULTS,
                      )}
                      className="inline-flex items-center gap-1 text-ink no-underline hover:underline"
                    >
                      {c.label}
                      <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-500"}>
                        {active ? (params.dir === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                      <span className="sr-only">{active ? `(${direction})` : ""}</span>
                    </a>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className={`border-l-4 px-4 py-3 align-top ${flagClass(row)}`}>
                <a href={`/cargos/${row.id}`} className="font-semibold underline-offset-2 hover:underline">
                  {row.title}
                </a>
                <span className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-muted">
                  {tEnum(`seatKind.${row.kind}`)}
                  {row.archived ? <Badge>{t("list.archivedBadge")}</Badge> : null}
                </span>
              </td>
              <td className="px-4 py-3 align-top">
                <a href={`/redes/${row.network.id}`} className="underline-offset-2 hover:underline">
                  {row.network.name}
                </a>
                {row.body ? <span className="mt-0.5 block text-xs text-muted">{row.body}</span> : null}
              </td>
              <td className="whitespace-nowrap px-4 py-3 align-top">
                {row.holder ?? <span className="text-muted">{t("term.noHolder")}</span>}
              </td>
              <td className="whitespace-nowrap px-4 py-3 align-top">{formatDate(format, row.startsOn)}</td>
              <td className="px-4 py-3 align-top">
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
              </td>
              <td className="px-4 py-3 align-top">
                <TermStatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
