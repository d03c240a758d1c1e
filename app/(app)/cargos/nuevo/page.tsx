import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { titleFrom } from "@/app/_lib/page-title";
import { NewRecordPage } from "@/app/_lib/record-page";
import { SeatForm } from "@/components/seats/seat-form";
import { seatFormOptions } from "@/lib/seats/queries";
import { param, renamedHref } from "@/lib/list-params";
import type { SearchParams } from "@/lib/url";
import { createSeatAction } from "../actions";

type Props = { searchParams: Promise<SearchParams> };

export const generateMetadata = titleFrom(() => getTranslations("seats.form"), "createTitle");

export default async function NewSeatPage({ searchParams }: Props) {
  const t = await getTranslations("seats.form");
  return (
    <NewRecordPage action="seat.manage" forbidden={t} title={t("createTitle")}>
      {async (ctx) => {
        const query = await searchParams;
        const moved = renamedHref("/cargos/nuevo", query, { red: "network" });
        if (moved) permanentRedirect(moved);
        const network = param.id().parse(query.network);
        const options = await seatFormOptions(ctx);
        // "Nuevo cargo" on a network page (?network=<id>, ?red= before) preselects that network (when it is one of the options).
        const networkId = options.networks.find((n) => n.id === network)?.id;
        return (
          <SeatForm
            seat={null}
            networkId={networkId}
            action={createSeatAction}
            options={options}
            cancelHref={networkId ? `/redes/${networkId}` : "/cargos"}
          />
        );
      }}
    </NewRecordPage>
  );
}
