import { titleFrom } from "@/app/_lib/page-title";
import { UploadForm } from "@/components/import/upload-form";
import { ButtonLink } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getTranslations } from "@/lib/i18n/translations";
import { mayImportTable } from "@/lib/import/access";
import { IMPORT_TABLE_NAMES, IMPORT_TABLES } from "@/lib/import/registry";
import { uploadImportAction } from "./actions";

export const generateMetadata = titleFrom(() => getTranslations("importPages.start"), "title");

/** /importar: what can be imported, its templates, the limits, and the upload. */
export default async function ImportPage() {
  const ctx = await requireCtx();
  const own = { departmentId: ctx.actor.departmentId };
  const mayRun = can(ctx.actor, "import.run", own);
  if (!mayRun && !can(ctx.actor, "import.read", own)) return <Forbidden />;
  const t = await getTranslations("importPages");
  const tables = IMPORT_TABLE_NAMES.filter((name) => mayImportTable(ctx.actor, IMPORT_TABLES[name])).map(
    (name) => ({ value: name, label: t(`tables.${name}`) }),
  );

  return (
    <>
      <PageHeader
        title={t("start.title")}
        intro={t("start.intro")}
        actions={
          <ButtonLink href="/importar/historial" variant="secondary">
            {t("start.history")}
          </ButtonLink>
        }
      />
      {mayRun ? (
        <div className="flex flex-col gap-6">
          <Section id="import-tables" title={t("start.tables")}>
            <p className="text-sm text-muted">{t("start.templateHint")}</p>
            <ul className="mt-2 flex list-disc flex-col gap-2 pl-6 text-sm">
              {tables.map((table) => (
                <li key={table.value}>
                  <a
                    href={`/importar/${table.value}/plantilla`}
                    download
                    data-prefetch="false"
                    className="inline-block py-1"
                  >
                    {t("start.template", { table: table.label })}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
          <Section id="import-upload" title={t("upload.legend")}>
            <p className="mb-4 text-sm">{t("start.limits")}</p>
            <UploadForm action={uploadImportAction} tables={tables} />
          </Section>
        </div>
      ) : null}
    </>
  );
}
