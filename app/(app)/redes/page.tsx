import { titleFrom } from "@/app/_lib/page-title";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ExportLinks } from "@/components/export/export-links";
import { NetworkFilters } from "@/components/networks/network-filters";
import { NetworksTable } from "@/components/networks/networks-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getTranslations } from "@/lib/i18n/translations";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { networkList } from "@/lib/networks/list-params";
import { listNetworks } from "@/lib/networks/queries";
import { listThematicAreas } from "@/lib/thematic-areas/queries";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("networks.directory"), "title");

export default async function NetworksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = networkList.parse(await searchParams);
  const [list, areas, hidden] = await Promise.all([
    listNetworks(ctx, params),
    listThematicAreas(ctx),
    hiddenColumns(ctx, "networks"),
  ]);
  const view = listView("/redes", params, networkList);
  const paging = listPaging(list.total, view);
  const t = await getTranslations("networks.directory");

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx.actor, "network.create") ? <ButtonLink href="/redes/nueva">{t("new")}</ButtonLink> : null
        }
      />
      <NetworkFilters list={view} areas={areas} />
      <ListHeader count={t("count", { total: list.total })}>
        <ExportLinks table="redes" list={view} />
      </ListHeader>
      <NetworksTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
