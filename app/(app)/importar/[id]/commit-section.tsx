import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { getTranslations } from "@/lib/i18n/translations";
import type { ImportJobView } from "@/lib/import/queries";
import { commitImportAction } from "../actions";

/**
 * "3. Importar" of a validated job: all or nothing (refused while a row has an error), or, when
 * the user chooses it, the valid rows with the others skipped. Each form carries the version the
 * user saw, so a second click or a retry is refused by the engine.
 */
export async function CommitSection({ job }: { job: ImportJobView }) {
  const t = await getTranslations("importPages.commit");
  const commit = commitImportAction.bind(null, job.id);
  return (
    <Section id="import-commit" title={t("title")}>
      <p className="text-sm text-muted">{t("allOrNothingHint")}</p>
      {job.errorCount > 0 ? (
        <p id="import-commit-blocked" className="mt-2 text-sm font-semibold text-red-800">
          {t("blocked", { count: job.errorCount })}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <form action={commit}>
          <input type="hidden" name="version" value={job.version} />
          <input type="hidden" name="mode" value="all-or-nothing" />
          <Button
            type="submit"
            disabled={job.errorCount > 0 || job.rowsTotal === 0}
            aria-describedby={job.errorCount > 0 ? "import-commit-blocked" : undefined}
          >
            {t("allOrNothing")}
          </Button>
        </form>
        {job.errorCount > 0 && job.rowsTotal > job.errorCount ? (
          <form action={commit}>
            <input type="hidden" name="version" value={job.version} />
            <input type="hidden" name="mode" value="skip-errors" />
            <SubmitButton label={t("skipErrors", { count: job.errorCount })} pendingLabel={t("pending")} />
          </form>
        ) : null}
      </div>
    </Section>
  );
}
