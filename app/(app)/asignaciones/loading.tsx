import { getTranslations } from "@/lib/i18n/translations";

/** Skeleton of the directory while the server prepares the page. */
export default async function Loading() {
  const t = await getTranslations("common.table");
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="mb-4 h-28 animate-pulse rounded-lg bg-slate-200" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
