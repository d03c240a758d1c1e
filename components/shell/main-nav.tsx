"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

export interface NavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The main navigation and the account's links (`account`). On wide screens both are in view: the
 * account beside the app's name, the sections in a row below. On a phone the header is one line
 * (the app's name and a "Menú" button) and both sit behind the button, a disclosure: it says
 * whether it is open (`aria-expanded`), Escape closes it and gives the focus back to the button,
 * and so does following a link (the page changes under it). The links are plain anchors: the
 * header's LinkArea (components/shell/app-header.tsx) prefetches them on intent and opens them on
 * the client.
 */
export function MainNav({
  items,
  label,
  menuLabel,
  account,
}: {
  items: NavItem[];
  label: string;
  menuLabel: string;
  account: ReactNode;
}) {
  const pathname = usePathname();
  // The page the menu was opened on: a new page (a link followed, the browser's back button)
  // finds it closed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    // A click outside the header's menu closes it, as a tap beside an open menu does in any app.
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-white/50 px-3 text-sm font-semibold text-white hover:bg-white/15 md:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen(!open)}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
          {open ? (
            <path d="M5.3 4 10 8.6 14.7 4 16 5.3 11.4 10l4.6 4.7-1.3 1.3-4.7-4.6L5.3 16 4 14.7 8.6 10 4 5.3z" />
          ) : (
            <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
          )}
        </svg>
        {menuLabel}
      </button>
      {/* On wide screens the wrapper is not a box: its two parts take their places in the header. */}
      <div
        ref={panel}
        id="main-menu"
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 border-t border-white/25 pt-3 md:contents`}
      >
        {account}
        <nav aria-label={label} className="w-full">
          <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap">
            {items.map((item) => {
              const current = isCurrent(pathname, item.href);
              return (
                <li key={item.href}>
                  <a
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    onClick={() => setOpen(false)}
                    className={`block rounded-md px-3 py-2.5 text-sm font-semibold no-underline md:py-2 ${
                      current ? "bg-white text-brand-900" : "text-white hover:bg-white/15"
                    }`}
                  >
                    {item.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </>
  );
}
