import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { ExportLinks } from "@/components/export/export-links";
import { NetworkFilters } from "@/components/networks/network-filters";
import { NetworksTable } from "@/components/networks/networks-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { NETWORK_LIST_DEFAULTS, parseNetworkListParams } from "@/lib/networks/list-params";
import { listNetworks } from "@/lib/networks/queries";
import { listThematicAreas } from "@/lib/thematic-areas/queries";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("networks.directory"))("title") };
}

export default async function NetworksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = parseNetworkListParams(await searchParams);
  const [list, areas] = await Promise.all([listNetworks(ctx, params), listThematicAreas(ctx)]);
  // A page past the end (an old link, a narrower filter) goes to the last page there is.
  const lastPage = Math.max(1, Math.ceil(list.total / params.size));
  if (params.page > lastPage) redirect(hrefWith("/redes", params, { page: lastPage }, NETWORK_LIST_DEFAULTS));
  const t = await getTranslations("networks.directory");
  const filtered = !!(params.q || params.kind || params.area || params.membership || params.archived);

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx.actor, "network.create") ? <ButtonLink href="/redes/nueva">{t("new")}</ButtonLink> : null
        }
      />
      <NetworkFilters params={params} areas={areas} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-ink" role="status">
          {t("count", { total: list.total })}
        </p>
        <ExportLinks table="redes" params={params} defaults={NETWORK_LIST_DEFAULTS} />
      </div>
      {list.rows.length ? (
        <>
          <NetworksTable rows={list.rows} params={params} />
          <Pagination
            page={params.page}
            size={params.size}
            total={list.total}
            hrefFor={(page) => hrefWith("/redes", params, { page }, NETWORK_LIST_DEFAULTS)}
          />
        </>
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-sm text-muted">{filtered ? t("emptyFiltered") : t("emptyNone")}</p>
        </div>
      )}
    </>
  );
}
