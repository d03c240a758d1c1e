import { getTranslations } from "@/lib/i18n/translations";

/** Skeleton of the calendar while the server prepares the month or the agenda. */
export default async function Loading() {
  const t = await getTranslations("common.table");
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="mb-4 h-32 animate-pulse rounded-lg bg-slate-200" />
      <div className="mb-4 h-10 w-full animate-pulse rounded bg-slate-200" />
      <div className="grid grid-cols-7 gap-1 rounded-lg border border-slate-200 bg-white p-2">
        {Array.from({ length: 35 }, (_, i) => (
          <div key={i} className="h-20 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
