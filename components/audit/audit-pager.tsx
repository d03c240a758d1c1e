import { getTranslations } from "@/lib/i18n/translations";
import { auditLogFilters, type AuditLogPage, type AuditLogParams } from "@/lib/history/audit-log";
import { hrefWith } from "@/lib/url";

/** "Más recientes" / "Más antiguos": keyset links that keep the filters. */
export async function AuditPager({ page, params }: { page: AuditLogPage; params: AuditLogParams }) {
  const t = await getTranslations("history.auditLog");
  const filters = auditLogFilters(params);
  const link = (href: string | null, label: string, rel: "prev" | "next") => {
    const content = (
      <>
        {rel === "prev" ? <span aria-hidden="true">← </span> : null}
        {label}
        {rel === "next" ? <span aria-hidden="true"> →</span> : null}
      </>
    );
    return href ? (
      <a
        href={href}
        rel={rel}
        className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {content}
      </a>
    ) : (
      <span aria-disabled="true" className="rounded-md px-3 py-2 text-sm text-slate-600">
        {content}
      </span>
    );
  };
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted">{t("pageInfo", { count: page.rows.length })}</p>
      <div className="flex items-center gap-1">
        {link(
          page.newer ? hrefWith("/admin/auditoria", filters, { after: page.newer }) : null,
          t("newer"),
          "prev",
        )}
        {link(
          page.older ? hrefWith("/admin/auditoria", filters, { before: page.older }) : null,
          t("older"),
          "next",
        )}
      </div>
    </nav>
  );
}
