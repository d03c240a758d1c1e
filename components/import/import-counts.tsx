import { getTranslations } from "@/lib/i18n/translations";

/** The counts of a validation or a commit, as a row of figures (a description list). */
export async function ImportCounts({ items }: { items: { key: string; value: number }[] }) {
  const t = await getTranslations("importPages.preview.counts");
  return (
    <dl className="mt-4 flex flex-wrap gap-3">
      {items.map((item) => (
        <div key={item.key} className="min-w-28 rounded-md border border-slate-200 px-3 py-2">
          <dt className="text-xs font-semibold text-muted">{t(item.key as never)}</dt>
          <dd className="text-xl font-bold tabular-nums" data-count={item.key}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
