import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { NetworkForm } from "@/components/networks/network-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { networkFormOptions } from "@/lib/networks/queries";
import { createNetworkAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("networks.form"))("createTitle") };
}

export default async function NewNetworkPage() {
  const ctx = await requireCtx();
  const t = await getTranslations("networks.form");
  if (!can(ctx.actor, "network.create"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const options = await networkFormOptions(ctx);
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <NetworkForm network={null} action={createNetworkAction} options={options} cancelHref="/redes" />
    </>
  );
}
