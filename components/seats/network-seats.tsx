import { getTranslations } from "@/lib/i18n/translations";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/policy";
import type { Ctx } from "@/lib/context";
import { NETWORK_SEATS_SHOWN, networkSeatsPage } from "@/lib/seats/queries";
import { EndingBadge, TermPeriod, TermStatusBadge } from "./term-badges";

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
  return (
    <section aria-labelledby="cargos" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="cargos" className="text-lg font-bold">
          {t("network.title")}
        </h2>
        {canManage ? (
          <ButtonLink href={`/cargos/nuevo?red=${networkId}`} variant="secondary">
            {t("network.new")}
          </ButtonLink>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("network.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("columns.seat")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("columns.body")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("columns.holder")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("columns.term")}
                </th>
                <th scope="col" className="py-2 font-semibold">
                  {t("columns.status")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="py-2 pr-4 align-top">
                    <a
                      href={`/cargos/${row.id}`}
                      className="font-semibold underline-offset-2 hover:underline"
                    >
                      {row.title}
                    </a>
                    <span className="block text-xs text-muted">{tEnum(`seatKind.${row.kind}`)}</span>
                  </td>
                  <td className="py-2 pr-4 align-top">{row.body ?? <span className="text-muted">—</span>}</td>
                  <td className="whitespace-nowrap py-2 pr-4 align-top">
                    {row.holder ?? <span className="text-muted">{t("term.noHolder")}</span>}
                  </td>
                  <td className="py-2 pr-4 align-top">
                    <TermPeriod startsOn={row.startsOn} endsOn={row.endsOn} />
                  </td>
                  <td className="py-2 align-top">
                    <span className="flex flex-wrap items-center gap-1">
                      <TermStatusBadge status={row.status} />
                      <EndingBadge daysLeft={row.endingSoon ? row.daysLeft : null} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
