import { getTranslations } from "@/lib/i18n/translations";
import { titleFrom } from "@/app/_lib/page-title";
import { NewRecordPage } from "@/app/_lib/record-page";
import { NetworkForm } from "@/components/networks/network-form";
import { networkFormOptions } from "@/lib/networks/queries";
import { createNetworkAction } from "../actions";

export const generateMetadata = titleFrom(() => getTranslations("networks.form"), "createTitle");

export default async function NewNetworkPage() {
  const t = await getTranslations("networks.form");
  return (
    <NewRecordPage action="network.create" forbidden={t} title={t("createTitle")}>
      {async (ctx) => (
        <NetworkForm
          network={null}
          action={createNetworkAction}
          options={await networkFormOptions(ctx)}
          cancelHref="/redes"
        />
      )}
    </NewRecordPage>
  );
}
