import { getTranslations } from "@/lib/i18n/translations";
import type { RunProgress } from "@/lib/import/progress";
import { RunRefresh } from "./run-refresh";

/**
 * A validation or commit under way: a labelled progress bar (rows done of the file's rows, as
 * the engine counts them in this process; indeterminate until it has counted) and a polite
 * live region, while the page reads itself again until the run ends.
 */
export async function RunProgressPanel({
  phase,
  progress,
}: {
  phase: "validating" | "importing";
  progress: RunProgress | null;
}) {
  const t = await getTranslations("importPages.job");
  const label = t("progressLabel", { phase: t(`phase.${phase}`) });
  return (
    <section aria-labelledby="import-progress" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="import-progress" className="text-lg font-bold">
        {label}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("running", { phase })}</p>
      <label htmlFor="import-progress-bar" className="mt-4 block text-sm font-semibold">
        {label}
      </label>
      <progress
        id="import-progress-bar"
        className="mt-1 h-3 w-full"
        max={progress?.total || undefined}
        value={progress?.total ? progress.done : undefined}
      />
      <p className="mt-1 text-sm" role="status" aria-live="polite">
        {progress?.total ? t("progressRows", { done: progress.done, total: progress.total }) : t("starting")}
      </p>
      <RunRefresh />
    </section>
  );
}
