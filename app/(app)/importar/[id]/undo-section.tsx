import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { getTranslations } from "@/lib/i18n/translations";
import type { ImportJobView } from "@/lib/import/queries";
import { undoImportAction } from "../actions";

/** "Deshacer" of a finished import, asked to confirm first (?deshacer=1) since it removes records. */
export async function UndoSection({
  job,
  pathname,
  confirm,
}: {
  job: ImportJobView;
  pathname: string;
  confirm: boolean;
}) {
  const t = await getTranslations("importPages.undo");
  return (
    <Section id="import-undo" title={confirm ? t("title") : t("action")}>
      <p className="text-sm">{t("body")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        {confirm ? (
          <>
            <form action={undoImportAction.bind(null, job.id)}>
              <input type="hidden" name="version" value={job.version} />
              <SubmitButton label={t("confirm")} pendingLabel={t("pending")} variant="primary" />
            </form>
            <ButtonLink href={pathname} variant="secondary">
              {t("cancel")}
            </ButtonLink>
          </>
        ) : (
          <ButtonLink href={`${pathname}?deshacer=1`} variant="secondary">
            {t("action")}
          </ButtonLink>
        )}
      </div>
    </Section>
  );
}

/** An undone import: and the records it kept because they were edited since, each linked. */
export async function UndoneSection({
  kept,
  recordHref,
}: {
  kept: string[];
  recordHref: (id: string) => string;
}) {
  const t = await getTranslations("importPages.report");
  return (
    <Section id="import-undone" title={t("undone")}>
      {kept.length ? (
        <>
          <p className="text-sm">{t("kept")}</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {kept.map((recordId, i) => (
              <li key={recordId}>
                <a href={recordHref(recordId)}>{t("keptRecord", { n: i + 1 })}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
