import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { NetworkForm } from "@/components/networks/network-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getNetwork, networkFormOptions } from "@/lib/networks/queries";
import { updateNetworkAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the page title and the page both need it. */
const loadNetwork = cache(async (id: string) => getNetwork(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const network = await loadNetwork((await params).id);
  const t = await getTranslations("networks.form");
  return { title: network ? t("editTitle", { name: network.name }) : undefined };
}

export default async function EditNetworkPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("networks.form");
  if (!can(ctx.actor, "network.update"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const network = await loadNetwork(id);
  if (!network) notFound();
  const options = await networkFormOptions(ctx);
  return (
    <>
      <PageHeader title={t("editTitle", { name: network.name })} />
      <NetworkForm
        network={network}
        action={updateNetworkAction.bind(null, network.id)}
        options={options}
        cancelHref={`/redes/${network.id}`}
      />
    </>
  );
}
