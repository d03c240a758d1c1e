import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage } from "@/app/_lib/record-page";
import { TermForm } from "@/components/seats/term-form";
import { TermsReference } from "@/components/seats/terms-reference";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
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
  const { termId } = await params;
  const tSeat = await getTranslations("seats.form");
  const t = await getTranslations("seats.termForm");
  return (
    <RecordFormPage params={params} action="seat.manage" load={(id) => loadSeat(id)} forbidden={tSeat}>
      {(seat) => {
        const term = seat.terms.find((t) => t.id === termId) ?? notFound();
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
              activeTerm={
                otherActive ? { holder: otherActive.holder.name, startsOn: otherActive.startsOn } : null
              }
              cancelHref={`/cargos/${seat.id}`}
            />
            <TermsReference terms={seat.terms} exceptId={term.id} />
          </>
        );
      }}
    </RecordFormPage>
  );
}
