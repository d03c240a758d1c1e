import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, recordPage, type RecordPageProps } from "@/app/_lib/record-page";
import { NetworkForm } from "@/components/networks/network-form";
import { PageHeader } from "@/components/ui/page-header";
import { getNetwork, networkFormOptions } from "@/lib/networks/queries";
import { updateNetworkAction } from "../../actions";

const page = recordPage(getNetwork, async (network) =>
  (await getTranslations("networks.form"))("editTitle", { name: network.name }),
);
export const generateMetadata = page.generateMetadata;

export default async function EditNetworkPage({ params }: RecordPageProps) {
  const t = await getTranslations("networks.form");
  return (
    <RecordFormPage params={params} action="network.update" load={page.load} forbidden={t}>
      {async (network, ctx) => (
        <>
          <PageHeader title={t("editTitle", { name: network.name })} />
          <NetworkForm
            network={network}
            action={updateNetworkAction.bind(null, network.id)}
            options={await networkFormOptions(ctx)}
            cancelHref={`/redes/${network.id}`}
          />
        </>
      )}
    </RecordFormPage>
  );
}
