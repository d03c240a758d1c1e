import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage } from "@/app/_lib/record-page";
import { BodyForm } from "@/components/bodies/body-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { bodyFormOptions } from "@/lib/bodies/queries";
import { getNetwork } from "@/lib/networks/queries";
import { createBodyAction } from "@/app/(app)/organos/actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ padre?: string | string[] }>;
};

export const generateMetadata = titleFrom(() => getTranslations("bodies.form"), "createTitle");

/** A new body in a network; ?padre=<bodyId> preselects the body it depends on. */
export default async function NewBodyPage({ params, searchParams }: Props) {
  const { padre } = await searchParams;
  const t = await getTranslations("bodies.form");
  return (
    <RecordFormPage
      params={params}
      action="body.manage"
      load={(id, ctx) => getNetwork(ctx, id)}
      forbidden={t}
    >
      {async (network, ctx) => {
        const back = (
          <p className="no-print mb-2 text-sm">
            <a href={`/redes/${network.id}`}>← {network.name}</a>
          </p>
        );
        const header = (
          <PageHeader title={t("createTitle")} intro={t("createIntro", { network: network.name })} />
        );
        if (network.archived) {
          return (
            <>
              {back}
              {header}
              <Alert tone="warning">{t("networkArchived")}</Alert>
            </>
          );
        }
        const options = await bodyFormOptions(ctx, network.id);
        const requested = Array.isArray(padre) ? padre[0] : padre;
        const parent = options.parents.find((p) => p.id === requested && !p.archived);
        return (
          <>
            {back}
            {header}
            <BodyForm
              body={null}
              defaultParentId={parent?.id}
              action={createBodyAction.bind(null, network.id)}
              options={options}
              cancelHref={parent ? `/organos/${parent.id}` : `/redes/${network.id}`}
            />
          </>
        );
      }}
    </RecordFormPage>
  );
}
