/**
 * Where a page stands: the links to the pages above it, then its own name (`aria-current`).
 * `label` names the navigation landmark ("Ruta de navegación").
 */
export function Breadcrumb({
  label,
  crumbs,
  current,
}: {
  label: string;
  crumbs: { href: string; name: string }[];
  current: string;
}) {
  const separator = (
    <span aria-hidden="true" className="text-slate-500">
      ›
    </span>
  );
  return (
    <nav aria-label={label} className="no-print mb-2 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {crumbs.map((crumb, index) => (
          <li key={crumb.href} className="flex items-center gap-x-1">
            {index > 0 ? separator : null}
            <a href={crumb.href}>{crumb.name}</a>
          </li>
        ))}
        <li className="flex items-center gap-x-1">
          {separator}
          <span aria-current="page" className="text-muted">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
