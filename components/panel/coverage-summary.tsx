import { getTranslations } from "@/lib/i18n/translations";
import type { Ctx } from "@/lib/context";
import { hrefs } from "@/lib/panel/figures";
import { panelCoverage } from "@/lib/panel/queries";
import type { PanelView } from "@/lib/panel/scope";
import { ScopeBadge } from "./scope-badge";

/** Thematic areas without technical representation, each opening its (empty) assignment list. */
export async function CoverageSummary({ ctx, view }: { ctx: Ctx; view: PanelView }) {
  const coverage = await panelCoverage(ctx, view);
  const t = await getTranslations("panel.coverage");
  return (
    <section
      aria-labelledby="panel-coverage"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-1 flex flex-wrap items-start justify-between gap-2">
        <h2 id="panel-coverage" className="text-lg font-bold">
          {t("title")}
        </h2>
        <ScopeBadge view={view} />
      </div>
      <p className="mb-3 text-xs text-muted">{t(view.departmentId ? "hintDepartment" : "hint")}</p>
      <p
        className="mb-2 text-sm font-semibold"
        data-figure="coverage.uncovered"
        data-count={coverage.uncovered.length}
      >
        {t("summary", { uncovered: coverage.uncovered.length, areas: coverage.areas })}
      </p>
      {coverage.uncovered.length ? (
        <ul className="mb-3 flex flex-wrap gap-2">
          {coverage.uncovered.map((area) => (
            <li key={area.id}>
              <a
                href={hrefs.areaAssignments(view, area.id)}
                className="inline-flex min-h-8 items-center rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-sm font-medium text-amber-950 no-underline hover:bg-amber-100"
              >
                {area.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <a href={hrefs.coverage(view)} className="text-sm font-semibold">
        {t("matrix")}
      </a>
    </section>
  );
}
