import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { TermForm } from "@/components/seats/term-form";
import { TermsReference } from "@/components/seats/terms-reference";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getSeat } from "@/lib/seats/queries";
import { addTermAction } from "../../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seats.termForm"))("createTitle") };
}

export default async function NewTermPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const tSeat = await getTranslations("seats.form");
  if (!can(ctx.actor, "seat.manage"))
    return <Forbidden title={tSeat("forbiddenTitle")} body={tSeat("forbiddenBody")} />;
  const seat = await getSeat(ctx, id);
  if (!seat) notFound();
  const t = await getTranslations("seats.termForm");
  const active = seat.terms.find((term) => term.status === "active");
  return (
    <>
      <PageHeader
        title={t("createTitle")}
        intro={`${t("seat", { title: seat.title })} · ${seat.network.name}`}
      />
      <TermForm
        seatId={seat.id}
        term={null}
        action={addTermAction.bind(null, seat.id)}
        activeTerm={active ? { holder: active.holder.name, startsOn: active.startsOn } : null}
        cancelHref={`/cargos/${seat.id}`}
      />
      <TermsReference terms={seat.terms} />
    </>
  );
}
