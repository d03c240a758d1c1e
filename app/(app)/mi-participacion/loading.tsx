import { getTranslations } from "@/lib/i18n/translations";

/** Skeleton of "Mi participación" while the server prepares the page. */
export default async function Loading() {
  const t = await getTranslations("common.table");
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 h-8 w-56 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="mb-6 space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-6 w-64 animate-pulse rounded bg-slate-200" />
          <div className="h-24 animate-pulse rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
