import { getTranslations } from "@/lib/i18n/translations";

/**
 * Server-rendered pagination links; `hrefFor(page)` keeps the list's other URL parameters.
 * `label` and `showing` name what is paged when it is not a list's rows (e.g. columns).
 */
export async function Pagination({
  page,
  size,
  total,
  hrefFor,
  label,
  showing,
}: {
  page: number;
  size: number;
  total: number;
  hrefFor: (page: number) => string;
  label?: string;
  showing?: (range: { from: number; to: number; total: number }) => string;
}) {
  const t = await getTranslations("common.table");
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  const link = (target: number, label: string, disabled: boolean) =>
    disabled ? (
      <span aria-disabled="true" className="rounded-md px-3 py-2 text-sm text-slate-500">
        {label}
      </span>
    ) : (
      <a
        href={hrefFor(target)}
        className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {label}
      </a>
    );
  return (
    <nav
      aria-label={label ?? t("pagination")}
      className="mt-4 flex flex-wrap items-center justify-between gap-3"
    >
      <p className="text-sm text-muted" aria-live="polite">
        {showing ? showing({ from, to, total }) : t("showing", { from, to, total })}
      </p>
      <div className="flex items-center gap-1">
        {link(1, t("first"), page <= 1)}
        {link(page - 1, t("previous"), page <= 1)}
        <span className="px-2 text-sm text-ink">{t("page", { page: Math.min(page, pages), pages })}</span>
        {link(page + 1, t("next"), page >= pages)}
        {link(pages, t("last"), page >= pages)}
      </div>
    </nav>
  );
}
