import { columnsOf } from "@/components/data-table/columns";
import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { NetworkListParams } from "@/lib/networks/list-params";
import type { NetworkRow } from "@/lib/networks/queries";

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

const col = columnsOf<NetworkRow>();

/** The directory table: the server sorts, filters and pages; the header links change the URL. */
export async function NetworksTable(table: ListTableProps<NetworkRow, NetworkListParams>) {
  const t = await getTranslations("networks");
  const tEnum = await getTranslations("enums");
  const format = await getFormatter();
  const columns = [
    col.accessor("name", {
      meta: { label: t("columns.name"), sort: "name", alwaysVisible: true, rowHeader: true },
      cell: (info) => (
        <span className="flex flex-col">
          <a
            href={`/redes/${info.row.original.id}`}
            className="font-semibold underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </a>
          {info.row.original.archived ? (
            <span className="mt-1">
              <Badge>{t("directory.archivedBadge")}</Badge>
            </span>
          ) : null}
        </span>
      ),
    }),
    col.accessor("acronym", { meta: { label: t("columns.acronym"), sort: "acronym" } }),
    col.accessor("kind", {
      meta: { label: t("columns.kind"), sort: "kind" },
      cell: (info) => (
        <Badge tone={KIND_TONE[info.getValue()]}>{tEnum(`networkKind.${info.getValue()}`)}</Badge>
      ),
    }),
    col.accessor("membershipStatus", {
      meta: { label: t("columns.membership"), sort: "membership" },
      cell: (info) => (
        <Badge tone={MEMBERSHIP_TONE[info.getValue()]}>{tEnum(`membershipStatus.${info.getValue()}`)}</Badge>
      ),
    }),
    col.accessor("memberSince", {
      meta: { label: t("columns.since"), sort: "since", hideOnNarrow: true },
      cell: (info) => formatDate(format, info.getValue()),
    }),
    col.accessor("thematicAreas", {
      meta: { label: t("columns.areas"), hideOnNarrow: true },
      cell: (info) => <span className="text-xs text-muted">{info.getValue().join(" · ")}</span>,
    }),
    col.accessor("headquarters", { meta: { label: t("columns.headquarters"), hideOnNarrow: true } }),
    col.accessor("foundedYear", {
      meta: { label: t("columns.founded"), sort: "founded", hideOnNarrow: true },
    }),
  ];
  return (
    <ListTable
      listKey="networks"
      words={await getTranslations("networks.directory")}
      columns={columns}
      table={table}
    />
  );
}
