"use client";

import { useState, type ReactNode } from "react";

/**
 * On a phone, what is not the page's content (a list's filters, the panel's scope) behind a
 * button, so that the first screen shows the content; on wider screens the button is not shown
 * and the content always is. The button says whether it is open (`aria-expanded`) and names what
 * it opens (`aria-controls`). It starts open when what it hides is in use (a filter applied), so
 * the user sees what narrows the page.
 */
export function PhoneDisclosure({
  id,
  label,
  initiallyOpen = false,
  children,
}: {
  id: string;
  label: string;
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="mb-3 flex min-h-11 w-full items-center justify-between gap-2 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-ink shadow-sm hover:bg-slate-50 md:hidden"
      >
        {label}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={`h-5 w-5 fill-current transition-transform ${open ? "rotate-180" : ""}`}
        >
          <path d="M5.3 7.3 10 12l4.7-4.7 1.4 1.4L10 14.8 3.9 8.7z" />
        </svg>
      </button>
      <div id={id} className={open ? "" : "max-md:hidden"}>
        {children}
      </div>
    </>
  );
}
