import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { BodyForm } from "@/components/bodies/body-form";
import { Alert } from "@/components/ui/alert";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { bodyFormOptions } from "@/lib/bodies/queries";
import { getNetwork } from "@/lib/networks/queries";
import { createBodyAction } from "@/app/(app)/organos/actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ padre?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bodies.form"))("createTitle") };
}

/** A new body in a network; ?padre=<bodyId> preselects the body it depends on. */
export default async function NewBodyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { padre } = await searchParams;
  const ctx = await requireCtx();
  const t = await getTranslations("bodies");
  if (!can(ctx.actor, "body.manage"))
    return <Forbidden title={t("form.forbiddenTitle")} body={t("form.forbiddenBody")} />;
  const network = await getNetwork(ctx, id);
  if (!network) notFound();
  const back = (
    <p className="no-print mb-2 text-sm">
      <a href={`/redes/${network.id}`}>← {network.name}</a>
    </p>
  );
  if (network.archived) {
    return (
      <>
        {back}
        <PageHeader title={t("form.createTitle")} intro={t("form.createIntro", { network: network.name })} />
        <Alert tone="warning">{t("form.networkArchived")}</Alert>
      </>
    );
  }
  const options = await bodyFormOptions(ctx, network.id);
  const requested = Array.isArray(padre) ? padre[0] : padre;
  const parent = options.parents.find((p) => p.id === requested && !p.archived);
  return (
    <>
      {back}
      <PageHeader title={t("form.createTitle")} intro={t("form.createIntro", { network: network.name })} />
      <BodyForm
        body={null}
        defaultParentId={parent?.id}
        action={createBodyAction.bind(null, network.id)}
        options={options}
        cancelHref={parent ? `/organos/${parent.id}` : `/redes/${network.id}`}
      />
    </>
  );
}
