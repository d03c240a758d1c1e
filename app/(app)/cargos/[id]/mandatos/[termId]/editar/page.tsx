import { cache } from "react";
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
import { updateTermAction } from "../../../../actions";

type Props = { params: Promise<{ id: string; termId: string }> };

/** Read once per request: the page title and the page both need it. */
const loadSeat = cache(async (id: string) => getSeat(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, termId } = await params;
  const seat = await loadSeat(id);
  const term = seat?.terms.find((t) => t.id === termId);
  const t = await getTranslations("seats.termForm");
  return { title: term ? t("editTitle", { holder: term.holder.name }) : undefined };
}

export default async function EditTermPage({ params }: Props) {
  const { id, termId } = await params;
  const ctx = await requireCtx();
  const tSeat = await getTranslations("seats.form");
  if (!can(ctx.actor, "seat.manage"))
    return <Forbidden title={tSeat("forbiddenTitle")} body={tSeat("forbiddenBody")} />;
  const seat = await loadSeat(id);
  const term = seat?.terms.find((t) => t.id === termId);
  if (!seat || !term) notFound();
  const t = await getTranslations("seats.termForm");
  // Saving this term as active closes the seat's other active term, if there is one.
  const otherActive = seat.terms.find((other) => other.status === "active" && other.id !== term.id);
  return (
    <>
      <PageHeader
        title={t("editTitle", { holder: term.holder.name })}
        intro={`${t("seat", { title: seat.title })} · ${seat.network.name}`}
      />
      <TermForm
        seatId={seat.id}
        term={term}
        action={updateTermAction.bind(null, seat.id, term.id)}
        activeTerm={otherActive ? { holder: otherActive.holder.name, startsOn: otherActive.startsOn } : null}
        cancelHref={`/cargos/${seat.id}`}
      />
      <TermsReference terms={seat.terms} exceptId={term.id} />
    </>
  );
}
