import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/states";
import { getTranslations } from "@/lib/i18n/translations";
import type { ThematicAreaUsage } from "@/lib/thematic-areas/queries";

const col = columnsOf<ThematicAreaUsage>();

/** The thematic areas with their use; managers get a rename link per row. */
export async function AreasTable({
  areas,
  canManage,
  highlightId,
  hidden,
}: {
  areas: ThematicAreaUsage[];
  canManage: boolean;
  highlightId?: string;
  hidden: string[];
}) {
  const t = await getTranslations("thematicAreas");
  const columns = [
    col.accessor("name", {
      meta: { label: t("columns.name"), alwaysVisible: true, rowHeader: true },
      cell: ({ row: { original: area } }) => (
        <span className="font-semibold">
          {area.networks > 0 ? <a href={`/redes?area=${area.id}`}>{area.name}</a> : area.name}
        </span>
      ),
    }),
    col.accessor("networks", { meta: { label: t("columns.networks"), align: "end" } }),
    col.accessor("bodies", { meta: { label: t("columns.bodies"), align: "end" } }),
    col.accessor("assignments", { meta: { label: t("columns.assignments"), align: "end" } }),
    ...(canManage
      ? [
          col.display({
            id: "actions",
            meta: { label: t("columns.actions"), alwaysVisible: true },
            cell: ({ row: { original: area } }) => (
              <a href={`/areas-tematicas/${area.id}/renombrar`} className="font-semibold">
                {t("list.rename")}
                <span className="sr-only">: {area.name}</span>
              </a>
            ),
          }),
        ]
      : []),
  ];
  return (
    <DataTable
      listKey="thematic-areas"
      caption={t("list.caption")}
      columns={columns}
      rows={areas}
      hidden={hidden}
      rowClassName={(area) => (area.id === highlightId ? "bg-green-50" : undefined)}
      empty={<EmptyState title={t("list.empty")} />}
    />
  );
}
