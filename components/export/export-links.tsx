import { getTranslations } from "@/lib/i18n/translations";
import type { ExportTableName } from "@/lib/export/registry";
import { hrefWith } from "@/lib/url";

const linkClass =
  "inline-flex min-h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-brand-800 no-underline hover:bg-slate-50";

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 fill-current">
      <path d="M8 1.5a.75.75 0 0 1 .75.75v6.69l2.22-2.22a.75.75 0 1 1 1.06 1.06l-3.5 3.5a.75.75 0 0 1-1.06 0l-3.5-3.5a.75.75 0 0 1 1.06-1.06l2.22 2.22V2.25A.75.75 0 0 1 8 1.5ZM2.75 12.5a.75.75 0 0 1 .75.75v.25h9v-.25a.75.75 0 0 1 1.5 0v1a.75.75 0 0 1-.75.75H2.75a.75.75 0 0 1-.75-.75v-1a.75.75 0 0 1 .75-.75Z" />
    </svg>
  );
}

/**
 * "Descargar CSV" / "Descargar Excel" for a list: the links carry the list's current URL
 * parameters (filters and sort; not the page), so the file holds the whole filtered view.
 */
export async function ExportLinks({
  table,
  list: { params, defaults = {} },
}: {
  table: ExportTableName;
  /** The list's parameters, and its defaults, left out of the links as the list leaves them out of its URLs. */
  list: { params: Record<string, unknown>; defaults?: Record<string, unknown> };
}) {
  const t = await getTranslations("export");
  const query = { ...params, page: undefined, antes: undefined, despues: undefined };
  const hintId = `export-hint-${table}`;
  return (
    <div
      role="group"
      aria-label={t("label")}
      aria-describedby={hintId}
      className="flex flex-wrap items-center gap-2"
    >
      <a href={hrefWith(`/exportar/${table}/csv`, query, {}, defaults)} download className={linkClass}>
        <DownloadIcon />
        {t("csv")}
      </a>
      <a href={hrefWith(`/exportar/${table}/xlsx`, query, {}, defaults)} download className={linkClass}>
        <DownloadIcon />
        {t("xlsx")}
      </a>
      <span id={hintId} className="sr-only">
        {t("hint")}
      </span>
    </div>
  );
}
