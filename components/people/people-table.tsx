import { columnsOf } from "@/components/data-table/columns";
import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import { Badge } from "@/components/ui/badge";
import { getTranslations } from "@/lib/i18n/translations";
import type { PersonListParams } from "@/lib/people/list-params";
import type { PersonRow } from "@/lib/people/queries";
import { STALE_AFTER_DAYS } from "@/lib/assignments/queries";
import { hrefWith } from "@/lib/url";

const col = columnsOf<PersonRow>();

/** A count that asks for attention: bold when there is any, a link to the items when given. */
function AttentionCount({ value, href }: { value: number; href?: string }) {
  if (value === 0) return <span className="text-muted">0</span>;
  return href ? (
    <a href={href} className="font-semibold text-red-800">
      {value}
    </a>
  ) : (
    <span className="font-semibold text-red-800">{value}</span>
  );
}

/** The people directory: sorted and paged by the server, the header links change the URL. */
export async function PeopleTable(table: ListTableProps<PersonRow, PersonListParams>) {
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
    // What needs a head's attention, per person: sortable, so the ones with most come first.
    col.accessor("staleAssignments", {
      meta: { label: t("columns.staleAssignments", { days: STALE_AFTER_DAYS }), sort: "stale", align: "end" },
      cell: (info) => <AttentionCount value={info.getValue()} />,
    }),
    col.accessor("overdueCommitments", {
      meta: { label: t("columns.overdueCommitments"), sort: "overdue", align: "end" },
      cell: (info) => (
        <AttentionCount
          value={info.getValue()}
          href={hrefWith("/compromisos", {}, { owner: info.row.original.id, overdue: true })}
        />
      ),
    }),
  ];
  return (
    <ListTable
      listKey="people"
      words={await getTranslations("people.directory")}
      columns={columns}
      table={table}
    />
  );
}
