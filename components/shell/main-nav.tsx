"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

export interface NavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Main navigation: a row of links on wide screens, a disclosure menu on narrow ones. */
export function MainNav({
  items,
  label,
  openLabel,
  closeLabel,
}: {
  items: NavItem[];
  label: string;
  openLabel: string;
  closeLabel: string;
}) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={label} className="w-full md:w-auto">
      <button
        type="button"
        className="mb-2 inline-flex min-h-10 items-center rounded-md border border-white/40 px-3 text-sm font-semibold text-white md:hidden"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen((v) => !v)}
      >
        {open ? closeLabel : openLabel}
      </button>
      <ul
        id="main-nav-list"
        className={`${open ? "flex" : "hidden"} flex-col gap-1 md:flex md:flex-row md:gap-1`}
      >
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={`block rounded-md px-3 py-2 text-sm font-semibold no-underline ${
                  current ? "bg-white text-brand-900" : "text-white hover:bg-white/15"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
