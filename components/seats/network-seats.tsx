import { getTranslations } from "@/lib/i18n/translations";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/policy";
import type { Ctx } from "@/lib/context";
import { NETWORK_SEATS_SHOWN, networkSeatsPage } from "@/lib/seats/queries";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import type { SeatRow } from "@/lib/seats/queries";
import { EndingBadge, TermPeriod, TermStatusBadge } from "./term-badges";

const col = columnsOf<SeatRow>();

/**
 * The seats the city holds in one network (on the network or any of its bodies), for the
 * network page: who holds each one, until when, and which terms end soon — the first ten, and
 * a link to all of them in /cargos.
 */
export async function NetworkSeats({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const { rows, total } = await networkSeatsPage(ctx, networkId, undefined, NETWORK_SEATS_SHOWN);
  const t = await getTranslations("seats");
  const tEnum = await getTranslations("enums");
  const canManage = can(ctx.actor, "seat.manage");
  const columns = [
    col.accessor("title", {
      meta: { label: t("columns.seat") },
      cell: (info) => (
        <>
          <a
            href={`/cargos/${info.row.original.id}`}
            className="font-semibold underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </a>
          <span className="block text-xs text-muted">{tEnum(`seatKind.${info.row.original.kind}`)}</span>
        </>
      ),
    }),
    col.accessor("body", {
      meta: { label: t("columns.body") },
      cell: (info) => info.getValue() ?? <span className="text-muted">—</span>,
    }),
    col.accessor("holder", {
      meta: { label: t("columns.holder") },
      cell: (info) => (
        <span className="whitespace-nowrap">
          {info.getValue() ?? <span className="text-muted">{t("term.noHolder")}</span>}
        </span>
      ),
    }),
    col.display({
      id: "term",
      meta: { label: t("columns.term") },
      cell: (info) => <TermPeriod startsOn={info.row.original.startsOn} endsOn={info.row.original.endsOn} />,
    }),
    col.accessor("status", {
      meta: { label: t("columns.status") },
      cell: (info) => (
        <span className="flex flex-wrap items-center gap-1">
          <TermStatusBadge status={info.getValue()} />
          <EndingBadge daysLeft={info.row.original.endingSoon ? info.row.original.daysLeft : null} />
        </span>
      ),
    }),
  ];
  return (
    <section aria-labelledby="cargos" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="cargos" className="text-lg font-bold">
          {t("network.title")}
        </h2>
        {canManage ? (
          <ButtonLink href={`/cargos/nuevo?network=${networkId}`} variant="secondary">
            {t("network.new")}
          </ButtonLink>
        ) : null}
      </div>
      <SectionTable caption={t("network.title")} columns={columns} rows={rows} empty={t("network.empty")} />
      {total > rows.length ? (
        <p className="mt-3 text-sm">
          <span className="text-muted">{t("network.showing", { shown: rows.length, total })} </span>
          <a href={`/cargos?network=${networkId}&status=all`} className="font-semibold">
            {t("network.all")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
