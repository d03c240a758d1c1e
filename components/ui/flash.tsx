"use client";

import { useEffect, useRef } from "react";

/**
 * A confirmation shown after a redirect ("La red se creó…"). It is already in the page when
 * it loads, so a live region would not announce it: focus moves to it instead, which screen
 * readers read out, and the next Tab continues from there.
 */
export function Flash({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="status"
      data-alert="success"
      tabIndex={-1}
      className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900"
    >
      {children}
    </div>
  );
}
