import { getTranslations } from "@/lib/i18n/translations";
import type { ReactNode } from "react";

/** What a list shows when it has no rows: why (no records yet, or none match the filters). */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children ? <div className="mt-1 text-sm text-muted">{children}</div> : null}
    </div>
  );
}

/** A list page's placeholder while the server prepares it: a route's `loading.tsx`. */
export async function ListLoading() {
  const t = await getTranslations("common.table");
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 h-8 w-40 animate-pulse rounded bg-slate-200 motion-reduce:animate-none" />
      <div className="mb-4 h-28 animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-8 animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
        ))}
      </div>
    </div>
  );
}
