import { getTranslations } from "@/lib/i18n/translations";

/** Placeholders while a section's figures are on their way (the rest of the panel is already shown). */
export async function SectionSkeleton({ blocks, height }: { blocks: number; height: string }) {
  const t = await getTranslations("panel");
  return (
    <div aria-busy="true" className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      <span className="sr-only" role="status">
        {t("loading")}
      </span>
      {Array.from({ length: blocks }, (_, i) => (
        <div key={i} className={`${height} animate-pulse rounded-lg border border-slate-200 bg-slate-100`} />
      ))}
    </div>
  );
}
