import { titleFrom } from "@/app/_lib/page-title";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { CoverageFilters } from "@/components/coverage/coverage-filters";
import { CoverageLegend, CoverageMatrixTable } from "@/components/coverage/coverage-matrix";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCtx } from "@/lib/auth/context";
import { coverageRenamedHref, parseCoverageParams } from "@/lib/coverage/params";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { coverageMatrix } from "@/lib/coverage/queries";
import { hrefWith, type SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("coverage"), "title");

export default async function CoveragePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const sp = await searchParams;
  const moved = coverageRenamedHref("/cobertura", sp);
  if (moved) permanentRedirect(moved);
  const params = parseCoverageParams(sp);
  const [matrix, network, department] = await Promise.all([
    coverageMatrix(ctx, params, "counts"),
    networkChoice(ctx, params.network),
    departmentChoice(ctx, params.department),
  ]);
  const t = await getTranslations("coverage");
  // An unknown network id shows the whole matrix; links and the CSV then leave it out.
  // The page of columns stays in links that keep the view (a filter starts again at page 1).
  const page = matrix.columnPage && matrix.columnPage.page > 1 ? matrix.columnPage.page : undefined;
  const shown = { ...params, network: matrix.network?.id, page };

  return (
    <>
      <PageHeader
        title={matrix.network ? t("networkTitle", { network: matrix.network.name }) : t("title")}
        intro={t("intro")}
        actions={
          <a
            href={hrefWith("/cobertura/csv", shown, { page: undefined })}
            className={buttonClass("secondary")}
            download
          >
            {t("download")}
          </a>
        }
      />
      <div className="mb-4 max-w-4xl space-y-1 text-sm text-ink">
        <p>{t("meaning")}</p>
        {params.department ? <p>{t("departmentMeaning")}</p> : null}
        <p className="text-muted">{t("downloadHint")}</p>
      </div>
      <CoverageFilters key={JSON.stringify(shown)} params={shown} network={network} department={department} />
      {matrix.network ? (
        <p className="mb-3 flex flex-wrap gap-x-4 text-sm">
          <a href={hrefWith("/cobertura", shown, { network: undefined, page: undefined })}>
            ← {t("allNetworksLink")}
          </a>
          <a href={`/redes/${matrix.network.id}`}>{t("networkPage")}</a>
        </p>
      ) : null}
      <CoverageLegend counted={matrix.detail === "counts"} />
      <p className="mb-2 text-sm font-semibold text-ink" role="status">
        {t("summary", matrix.totals)}
      </p>
      {matrix.columns.length ? (
        <>
          <CoverageMatrixTable matrix={matrix} params={shown} />
          {matrix.columnPage && matrix.columnPage.total > matrix.columnPage.size ? (
            <Pagination
              {...matrix.columnPage}
              label={t("columnPages")}
              showing={(range) => t("columnsShowing", range)}
              hrefFor={(page) => hrefWith("/cobertura", shown, { page: page > 1 ? page : undefined })}
            />
          ) : null}
        </>
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="text-sm text-muted">{t("emptyColumns")}</p>
        </div>
      )}
    </>
  );
}
