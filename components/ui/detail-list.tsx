import type { ReactNode } from "react";

/** A record's facts as label/value rows (a `<dl>`), one `DetailItem` each. */
export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="divide-y divide-slate-100">{children}</dl>;
}

/** One fact of a record: its label and its value, side by side from the small breakpoint up. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-sm text-ink sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}
