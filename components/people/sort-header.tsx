import { getTranslations } from "@/lib/i18n/translations";

/**
 * A column header of a server-sorted table: a link that sorts by the column (or flips the
 * direction when it already does), with aria-sort on the header and the direction in words
 * for screen readers. Shared by the people, departments and assignments lists.
 */
export async function SortHeader({
  label,
  sortKey,
  sort,
  dir,
  href,
  className = "",
}: {
  label: string;
  sortKey?: string;
  sort: string;
  dir: "asc" | "desc";
  /** The list's URL sorted by `key` in direction `dir`, from page 1. */
  href?: (key: string, dir: "asc" | "desc") => string;
  className?: string;
}) {
  const t = await getTranslations("common.table");
  const active = !!sortKey && sortKey === sort;
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={`whitespace-nowrap px-4 py-3 text-left font-semibold text-ink ${className}`}
    >
      {sortKey && href ? (
        <a
          href={href(sortKey, active && dir === "asc" ? "desc" : "asc")}
          className="inline-flex items-center gap-1 text-ink no-underline hover:underline"
        >
          {label}
          <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-500"}>
            {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
          </span>
          {active ? (
            <span className="sr-only">({t(dir === "asc" ? "sortAscending" : "sortDescending")})</span>
          ) : null}
        </a>
      ) : (
        label
      )}
    </th>
  );
}

/** The caption of a sorted table: "Personas, ordenadas por Nombre (orden ascendente)". */
export async function sortCaption(
  template: (values: { column: string; direction: string }) => string,
  column: string,
  dir: "asc" | "desc",
) {
  const t = await getTranslations("common.table");
  return template({ column, direction: t(dir === "asc" ? "sortAscending" : "sortDescending") });
}
