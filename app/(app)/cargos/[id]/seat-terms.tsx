import { getFormatter } from "next-intl/server";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import { EndingBadge, TermStatusBadge } from "@/components/seats/term-badges";
import { formatDate } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/translations";
import type { SeatDetail, SeatTerm } from "@/lib/seats/queries";

const col = columnsOf<SeatTerm>();

/**
 * A seat's terms, newest first: who held it, from when to when, how it stands; the current one
 * is marked. Those who manage seats get a link to edit each term.
 */
export async function SeatTerms({ seat, canManage }: { seat: SeatDetail; canManage: boolean }) {
  const t = await getTranslations("seats");
  const format = await getFormatter();
  const current = seat.current;
  // "Actual" only for the term running today, never for one recorded ahead of time.
  const isCurrent = (term: SeatTerm) => term.state === "current";
  const isShown = (term: SeatTerm) => term.id === current?.id;
  const columns = [
    col.accessor("holder", {
      meta: { label: t("columns.holder"), rowHeader: true },
      cell: ({ row: { original: term } }) => (
        <>
          <span className="font-semibold">{term.holder.name}</span>
          {isCurrent(term) ? <span className="text-xs text-muted"> ({t("term.current")})</span> : null}
        </>
      ),
    }),
    col.accessor("startsOn", {
      meta: { label: t("columns.startsOn") },
      cell: (info) => <span className="whitespace-nowrap">{formatDate(format, info.getValue())}</span>,
    }),
    col.accessor("endsOn", {
      meta: { label: t("columns.endsOn") },
      cell: (info) => (
        <span className="whitespace-nowrap">
          {info.getValue() ? (
            formatDate(format, info.getValue())
          ) : (
            <span className="text-muted">{t("term.openEnd")}</span>
          )}
        </span>
      ),
    }),
    col.accessor("status", {
      meta: { label: t("columns.status") },
      cell: ({ row: { original: term } }) => (
        <span className="flex flex-wrap items-center gap-1">
          <TermStatusBadge status={term.state} />
          {isShown(term) ? <EndingBadge daysLeft={current?.endingSoon ? current.daysLeft : null} /> : null}
        </span>
      ),
    }),
    col.accessor("notes", {
      meta: { label: t("columns.notes") },
      cell: (info) => <span className="block max-w-xs text-muted">{info.getValue()}</span>,
    }),
    ...(canManage
      ? [
          col.display({
            id: "actions",
            header: () => <span className="sr-only">{t("columns.actions")}</span>,
            cell: ({ row: { original: term } }) => (
              <a
                href={`/cargos/${seat.id}/mandatos/${term.id}/editar`}
                aria-label={t("detail.editTermLabel", {
                  holder: term.holder.name,
                  date: formatDate(format, term.startsOn),
                })}
                className="font-semibold"
              >
                {t("detail.editTerm")}
              </a>
            ),
          }),
        ]
      : []),
  ];
  return (
    <SectionTable
      caption={t("detail.sectionTerms")}
      columns={columns}
      rows={seat.terms}
      rowClassName={(term) => (isCurrent(term) ? "bg-brand-50/60" : undefined)}
      empty={t("detail.noTerms")}
    />
  );
}
