import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/states";
import { Badge } from "@/components/ui/badge";
import { getTranslations } from "@/lib/i18n/translations";
import { personList, type PersonListParams } from "@/lib/people/list-params";
import type { PersonRow } from "@/lib/people/queries";

const col = columnsOf<PersonRow>();

/** The people directory: sorted and paged by the server, the header links change the URL. */
export async function PeopleTable({
  rows,
  params,
  hidden,
  filtered,
}: {
  rows: PersonRow[];
  params: PersonListParams;
  hidden: string[];
  filtered: boolean;
}) {
  const t = await getTranslations("people");
  const columns = [
    col.accessor("fullName", {
      meta: { label: t("columns.name"), sort: "name", alwaysVisible: true, rowHeader: true },
      cell: (info) => (
        <>
          <a
            href={`/personas/${info.row.original.id}`}
            className="font-semibold underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </a>
          {info.row.original.hasUser ? (
            <span className="ml-2">
              <Badge>{t("directory.userBadge")}</Badge>
            </span>
          ) : null}
        </>
      ),
    }),
    col.accessor("position", {
      meta: { label: t("columns.position"), sort: "position" },
      cell: (info) => <span className="text-muted">{info.getValue()}</span>,
    }),
    col.accessor("department", {
      meta: { label: t("columns.department"), sort: "department" },
      cell: (info) => {
        const department = info.getValue();
        return department ? <a href={`/areas/${department.id}`}>{department.name}</a> : null;
      },
    }),
    col.display({
      id: "contact",
      meta: { label: t("columns.contact"), hideOnNarrow: true },
      cell: ({ row: { original } }) => (
        <>
          {original.email ? (
            <a href={`mailto:${original.email}`} className="block whitespace-nowrap">
              {original.email}
            </a>
          ) : null}
          {original.phone ? (
            <span className="block whitespace-nowrap text-muted">{original.phone}</span>
          ) : null}
        </>
      ),
    }),
    col.accessor("activeAssignments", {
      meta: { label: t("columns.assignments"), align: "end" },
    }),
    col.accessor("seatsHeld", { meta: { label: t("columns.seats"), align: "end" } }),
  ];
  return (
    <DataTable
      listKey="people"
      caption={(sorted) => t("directory.tableCaption", sorted)}
      columns={columns}
      rows={rows}
      rowId={(row) => row.id}
      list={{ pathname: "/personas", params, defaults: personList.defaults }}
      hidden={hidden}
      empty={
        <EmptyState title={t("directory.emptyTitle")}>
          {filtered ? t("directory.emptyFiltered") : t("directory.emptyNone")}
        </EmptyState>
      }
    />
  );
}
