import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { SeatForm } from "@/components/seats/seat-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { seatFormOptions } from "@/lib/seats/queries";
import { param, renamedHref } from "@/lib/list-params";
import type { SearchParams } from "@/lib/url";
import { createSeatAction } from "../actions";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seats.form"))("createTitle") };
}

export default async function NewSeatPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const t = await getTranslations("seats.form");
  if (!can(ctx.actor, "seat.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const query = await searchParams;
  const moved = renamedHref("/cargos/nuevo", query, { red: "network" });
  if (moved) permanentRedirect(moved);
  const network = param.id().parse(query.network);
  const options = await seatFormOptions(ctx);
  // "Nuevo cargo" on a network page (?network=<id>, ?red= before) preselects that network (when it is one of the options).
  const networkId = options.networks.find((n) => n.id === network)?.id;
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <SeatForm
        seat={null}
        networkId={networkId}
        action={createSeatAction}
        options={options}
        cancelHref={networkId ? `/redes/${networkId}` : "/cargos"}
      />
    </>
  );
}
