import "server-only";
import { redirect } from "next/navigation";

/**
 * A list page's paging, as its ListFooter takes it. A page past the end (an old link, a
 * narrower filter) redirects to the last page there is.
 */
export function listPaging(total: number, page: number, size: number, hrefFor: (page: number) => string) {
  const lastPage = Math.max(1, Math.ceil(total / size));
  if (page > lastPage) redirect(hrefFor(lastPage));
  return { total, page, size, hrefFor };
}
