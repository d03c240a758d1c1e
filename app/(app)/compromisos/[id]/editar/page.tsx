import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, type RecordPageProps } from "@/app/_lib/record-page";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { PageHeader } from "@/components/ui/page-header";
import { commitmentFormOptions, commitmentFormValues, getCommitment } from "@/lib/commitments/queries";
import { updateCommitmentAction } from "../../actions";

export const generateMetadata = titleFrom(() => getTranslations("commitments.form"), "editTitle");

export default async function EditCommitmentPage({ params }: RecordPageProps) {
  const t = await getTranslations("commitments.form");
  return (
    <RecordFormPage
      params={params}
      action="commitment.manage"
      load={(id, ctx) => getCommitment(ctx, id)}
      forbidden={t}
    >
      {async (commitment, ctx) => (
        <>
          <PageHeader title={t("editTitle")} intro={commitment.title} />
          <CommitmentForm
            commitmentId={commitment.id}
            version={commitment.version}
            initialValues={commitmentFormValues(commitment)}
            action={updateCommitmentAction.bind(null, commitment.id)}
            options={await commitmentFormOptions(ctx, {
              networkId: commitment.network.id,
              bodyId: commitment.body?.id,
            })}
            cancelHref={`/compromisos/${commitment.id}`}
          />
        </>
      )}
    </RecordFormPage>
  );
}
