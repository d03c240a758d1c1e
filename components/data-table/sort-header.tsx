import { getTranslations } from "@/lib/i18n/translations";

/**
 * A column header of a server-sorted list: a link that sorts by the column (or flips the
 * direction when it already does), `aria-sort` on the header and the direction in words for
 * screen readers.
 */
export async function SortLink({
  label,
  active,
  dir,
  href,
}: {
  label: string;
  active: boolean;
  dir: "asc" | "desc";
  href: string;
}) {
  const t = await getTranslations("common.table");
  return (
    <a href={href} className="inline-flex items-center gap-1 text-ink no-underline hover:underline">
      {label}
      <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-500"}>
        {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
      </span>
      {active ? (
        <span className="sr-only">({t(dir === "asc" ? "sortAscending" : "sortDescending")})</span>
      ) : null}
    </a>
  );
}

export const ariaSort = (active: boolean, dir: "asc" | "desc") =>
  active ? (dir === "asc" ? ("ascending" as const) : ("descending" as const)) : undefined;
