import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { ExportLinks } from "@/components/export/export-links";
import { SeatFilters } from "@/components/seats/seat-filters";
import { SeatsTable } from "@/components/seats/seats-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import { ENDING_SOON_DAYS } from "@/lib/seats/ending";
import { parseSeatListParams, SEAT_LIST_DEFAULTS } from "@/lib/seats/list-params";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { listSeats, termsEndingSummary } from "@/lib/seats/queries";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seats.list"))("title") };
}

export default async function SeatsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = parseSeatListParams(await searchParams);
  const today = todayInBuenosAires();
  const [list, summary, network, department] = await Promise.all([
    listSeats(ctx, params, today),
    termsEndingSummary(ctx, ENDING_SOON_DAYS, today),
    networkChoice(ctx, params.network),
    departmentChoice(ctx, params.department),
  ]);
  // A page past the end (an old link, a narrower filter) goes to the last page there is.
  const lastPage = Math.max(1, Math.ceil(list.total / params.size));
  if (params.page > lastPage) redirect(hrefWith("/cargos", params, { page: lastPage }, SEAT_LIST_DEFAULTS));
  const t = await getTranslations("seats.list");
  const filtered = !!(
    params.q ||
    params.kind ||
    params.network ||
    params.department ||
    params.ending ||
    params.archived ||
    params.status !== SEAT_LIST_DEFAULTS.status
  );
  const endingHref = hrefWith("/cargos", {}, { ending: ENDING_SOON_DAYS }, SEAT_LIST_DEFAULTS);
  const flagged = summary.upcoming + summary.overdue;

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx.actor, "seat.manage") ? <ButtonLink href="/cargos/nuevo">{t("new")}</ButtonLink> : null
        }
      />
      <section
        aria-label={t("summaryLabel")}
        className={`mb-4 flex items-start gap-2 rounded-lg border px-4 py-3 text-sm ${
          flagged ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-200 bg-white text-ink"
        }`}
      >
        {flagged ? (
          <>
            <svg
              aria-hidden="true"
              viewBox="0 0 16 16"
              className="mt-0.5 h-4 w-4 shrink-0 fill-current text-amber-700"
            >
              <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
            </svg>
            <span className="flex flex-wrap gap-x-3 gap-y-1">
              <a href={endingHref} className="font-semibold text-amber-950 underline">
                {t("summaryUpcoming", { count: summary.upcoming })}
              </a>
              {summary.overdue ? (
                <a href={endingHref} className="font-semibold text-red-800 underline">
                  {t("summaryOverdue", { count: summary.overdue })}
                </a>
              ) : null}
            </span>
          </>
        ) : (
          <span>{t("summaryNone")}</span>
        )}
      </section>
      <SeatFilters params={params} network={network} department={department} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-ink" role="status">
          {t("count", { total: list.total })}
          {params.ending ? (
            <span className="font-normal text-muted"> · {t("summaryShowing", { days: params.ending })}</span>
          ) : null}
        </p>
        <ExportLinks table="cargos" params={params} defaults={SEAT_LIST_DEFAULTS} />
      </div>
      {list.rows.length ? (
        <>
          <SeatsTable rows={list.rows} params={params} />
          <Pagination
            page={params.page}
            size={params.size}
            total={list.total}
            hrefFor={(page) => hrefWith("/cargos", params, { page }, SEAT_LIST_DEFAULTS)}
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
