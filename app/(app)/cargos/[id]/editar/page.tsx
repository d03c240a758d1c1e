import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, recordPage, type RecordPageProps } from "@/app/_lib/record-page";
import { SeatForm } from "@/components/seats/seat-form";
import { PageHeader } from "@/components/ui/page-header";
import { getSeat, seatFormOptions } from "@/lib/seats/queries";
import { updateSeatAction } from "../../actions";

const page = recordPage(getSeat, async (seat) =>
  (await getTranslations("seats.form"))("editTitle", { title: seat.title }),
);
export const generateMetadata = page.generateMetadata;

export default async function EditSeatPage({ params }: RecordPageProps) {
  const t = await getTranslations("seats.form");
  return (
    <RecordFormPage params={params} action="seat.manage" load={page.load} forbidden={t}>
      {async (seat, ctx) => (
        <>
          <PageHeader title={t("editTitle", { title: seat.title })} intro={seat.network.name} />
          <SeatForm
            seat={seat}
            action={updateSeatAction.bind(null, seat.id)}
            options={await seatFormOptions(ctx, { networkId: seat.network.id, bodyId: seat.body?.id })}
            cancelHref={`/cargos/${seat.id}`}
          />
        </>
      )}
    </RecordFormPage>
  );
}
