import "server-only";
import { redirect } from "next/navigation";
import type { ListState } from "@/components/data-table/data-table";
import type { ListView } from "@/components/data-table/list-table";
import { DEFAULT_PAGE_SIZE } from "@/lib/list-params";
import { hrefWith } from "@/lib/url";

/**
 * A list page's view of its list (`ListView`): its path, the parsed parameters, the defaults
 * its links leave out and whether a filter narrows it. `list` is the list's declaration
 * (`networkList`), or, for a list whose filter has a default of its own (the seats' status),
 * those defaults and its own test.
 */
export function listView<Params extends ListView["params"]>(
  pathname: string,
  params: Params,
  list: { defaults: Record<string, unknown>; isFiltered: (params: Params) => boolean },
): ListView<Params> {
  return { pathname, params, defaults: list.defaults, filtered: list.isFiltered(params) };
}

/**
 * A list page's paging, as its ListFooter takes it: `size` rows a page (the list's `size`
 * parameter unless the page has a fixed size). A page past the end (an old link, a narrower
 * filter) redirects to the last page there is.
 */
export function listPaging(
  total: number,
  { pathname, params, defaults }: ListState & { params: { page: number; size?: number } },
  size = params.size ?? DEFAULT_PAGE_SIZE,
) {
  const hrefFor = (page: number) => hrefWith(pathname, params, { page }, defaults);
  const lastPage = Math.max(1, Math.ceil(total / size));
  if (params.page > lastPage) redirect(hrefFor(lastPage));
  return { total, page: params.page, size, hrefFor };
}
