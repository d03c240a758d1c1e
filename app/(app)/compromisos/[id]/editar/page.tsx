import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { commitmentFormOptions, commitmentFormValues, getCommitment } from "@/lib/commitments/queries";
import { updateCommitmentAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments.form"))("editTitle") };
}

export default async function EditCommitmentPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("commitments.form");
  if (!can(ctx.actor, "commitment.manage")) {
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  }
  const commitment = await getCommitment(ctx, id);
  if (!commitment) notFound();
  const options = await commitmentFormOptions(ctx, {
    networkId: commitment.network.id,
    bodyId: commitment.body?.id,
  });
  return (
    <>
      <PageHeader title={t("editTitle")} intro={commitment.title} />
      <CommitmentForm
        commitmentId={commitment.id}
        version={commitment.version}
        initialValues={commitmentFormValues(commitment)}
        action={updateCommitmentAction.bind(null, commitment.id)}
        options={options}
        cancelHref={`/compromisos/${commitment.id}`}
      />
    </>
  );
}
