import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { SeatForm } from "@/components/seats/seat-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getSeat, seatFormOptions } from "@/lib/seats/queries";
import { updateSeatAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the page title and the page both need it. */
const loadSeat = cache(async (id: string) => getSeat(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const seat = await loadSeat((await params).id);
  const t = await getTranslations("seats.form");
  return { title: seat ? t("editTitle", { title: seat.title }) : undefined };
}

export default async function EditSeatPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("seats.form");
  if (!can(ctx.actor, "seat.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const seat = await loadSeat(id);
  if (!seat) notFound();
  const options = await seatFormOptions(ctx, { networkId: seat.network.id, bodyId: seat.body?.id });
  return (
    <>
      <PageHeader title={t("editTitle", { title: seat.title })} intro={seat.network.name} />
      <SeatForm
        seat={seat}
        action={updateSeatAction.bind(null, seat.id)}
        options={options}
        cancelHref={`/cargos/${seat.id}`}
      />
    </>
  );
}
