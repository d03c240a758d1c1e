import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, type RecordPageProps } from "@/app/_lib/record-page";
import { TermForm } from "@/components/seats/term-form";
import { TermsReference } from "@/components/seats/terms-reference";
import { PageHeader } from "@/components/ui/page-header";
import { addDays } from "@/lib/dates";
import { getSeat } from "@/lib/seats/queries";
import { addTermAction } from "../../../actions";

export const generateMetadata = titleFrom(() => getTranslations("seats.termForm"), "createTitle");

export default async function NewTermPage({ params }: RecordPageProps) {
  const tSeat = await getTranslations("seats.form");
  const t = await getTranslations("seats.termForm");
  return (
    <RecordFormPage
      params={params}
      action="seat.manage"
      load={(id, ctx) => getSeat(ctx, id)}
      forbidden={tSeat}
    >
      {(seat) => {
        // The seat's latest held term: the one a new term closes and, by default, renews.
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
              renewal={
                active
                  ? { holder: active.holder, startsOn: active.endsOn ? addDays(active.endsOn, 1) : null }
                  : null
              }
              cancelHref={`/cargos/${seat.id}`}
            />
            <TermsReference terms={seat.terms} />
          </>
        );
      }}
    </RecordFormPage>
  );
}
