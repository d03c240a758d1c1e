import { titleFrom } from "@/app/_lib/page-title";
import { getFormatter } from "next-intl/server";
import { permanentRedirect, redirect } from "next/navigation";
import { Suspense, type ComponentProps, type ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/translations";
import { CoverageSummary } from "@/components/panel/coverage-summary";
import { KpiCards } from "@/components/panel/kpi-cards";
import { PanelCharts } from "@/components/panel/panel-charts";
import { PanelFilters } from "@/components/panel/panel-filters";
import { PanelLists } from "@/components/panel/panel-lists";
import { SectionSkeleton } from "@/components/panel/skeletons";
import { Alert } from "@/components/ui/alert";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { formatDate } from "@/lib/format";
import { homePathFor } from "@/lib/navigation";
import { panelState, parsePanelParams } from "@/lib/panel/params";
import { MAX_PERIOD_YEARS } from "@/lib/panel/period";
import { resolvePanel, type PanelView } from "@/lib/panel/scope";
import { ResultError } from "@/lib/result";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("panel"), "title");

/**
 * The panel: figures, lists and charts for a department (a head's own) or the whole city, over
 * a period, all in the URL. The header and the scope form come at once; each section streams
 * in behind its skeleton as its queries finish. What each figure means: lib/panel/figures.ts.
 */
export default async function PanelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const format = await getFormatter();
  const ctx = await requireCtx();
  // A role whose start is elsewhere (technical staff: Mi participación) goes there; `/` is where
  // every sign-in lands, so this is each role's landing page.
  const home = homePathFor(ctx.actor);
  if (home !== "/") redirect(home);
  const t = await getTranslations("panel");
  if (!can(ctx.actor, "panel.read")) return <Forbidden />;
  const sp = await searchParams;
  // The Spanish parameter names of before (?area=&periodo=&desde=&hasta=) redirect once.
  const moved = panelState.renamedHref("/", sp);
  if (moved) permanentRedirect(moved);
  const params = parsePanelParams(sp);
  let view: PanelView;
  try {
    view = await resolvePanel(ctx, params);
  } catch (error) {
    if (error instanceof ResultError) {
      return <Forbidden title={t("scope.noDepartmentTitle")} body={t("scope.noDepartmentBody")} />;
    }
    throw error;
  }
  const showing = t("scope.showing", {
    department: view.department?.name ?? t("scope.city"),
    from: formatDate(format, view.period.from),
    to: formatDate(format, view.period.to),
  });

  return (
    <>
      <PageHeader title={t("welcome", { name: ctx.actor.name })} intro={t("intro")} />
      <PanelFilters view={view} />
      <div className="mb-6 space-y-3">
        <p className="text-sm font-semibold text-ink" role="status" data-panel-scope>
          {showing}
        </p>
        {view.clamped && view.department ? (
          <Alert tone="warning">{t("scope.clamped", { department: view.department.name })}</Alert>
        ) : null}
        {view.unknownDepartment ? <Alert tone="warning">{t("scope.unknownDepartment")}</Alert> : null}
        {view.period.notice === "incomplete" ? (
          <Alert tone="info">{t("scope.periodIncomplete")}</Alert>
        ) : null}
        {view.period.notice === "tooLong" ? (
          <Alert tone="info">
            {t("scope.periodTooLong", { years: MAX_PERIOD_YEARS, to: formatDate(format, view.period.to) })}
          </Alert>
        ) : null}
      </div>

      <PanelSection id="panel-kpis" heading={t("kpis.heading")} skeleton={{ blocks: 6, height: "h-48" }}>
        <KpiCards ctx={ctx} view={view} />
      </PanelSection>
      <PanelSection id="panel-lists" heading={t("lists.heading")} skeleton={{ blocks: 3, height: "h-72" }}>
        <PanelLists ctx={ctx} view={view} />
      </PanelSection>
      <PanelSection id="panel-charts" heading={t("charts.heading")} skeleton={{ blocks: 2, height: "h-72" }}>
        <PanelCharts ctx={ctx} view={view} />
      </PanelSection>

      <Suspense fallback={<SectionSkeleton blocks={1} height="h-32" />}>
        <CoverageSummary ctx={ctx} view={view} />
      </Suspense>
    </>
  );
}

/** One of the panel's headed sections, streamed in: a skeleton of its shape until it is read. */
function PanelSection({
  id,
  heading,
  skeleton,
  children,
}: {
  id: string;
  heading: string;
  skeleton: ComponentProps<typeof SectionSkeleton>;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {heading}
      </h2>
      <Suspense fallback={<SectionSkeleton {...skeleton} />}>{children}</Suspense>
    </section>
  );
}
