import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { SeatForm } from "@/components/seats/seat-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { seatFormOptions } from "@/lib/seats/queries";
import { createSeatAction } from "../actions";

type Props = { searchParams: Promise<{ red?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seats.form"))("createTitle") };
}

export default async function NewSeatPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const t = await getTranslations("seats.form");
  if (!can(ctx.actor, "seat.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const { red } = await searchParams;
  const options = await seatFormOptions(ctx);
  // "Nuevo cargo" on a network page preselects that network (when it is one of the options).
  const networkId = options.networks.find((n) => n.id === red)?.id;
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
