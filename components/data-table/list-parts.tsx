import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";

/** Above a list: how many records match (announced when it changes) and the list's actions. */
export function ListHeader({ count, children }: { count: string; children?: ReactNode }) {
  return (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm font-semibold text-ink" role="status">
        {count}
      </p>
      {children}
    </div>
  );
}

/** Below a list: the pages, when there is anything to page. */
export function ListFooter({
  total,
  page,
  size,
  hrefFor,
}: {
  total: number;
  page: number;
  size: number;
  hrefFor: (page: number) => string;
}) {
  if (total === 0) return null;
  return <Pagination page={page} size={size} total={total} hrefFor={hrefFor} />;
}
