import type { ReactNode } from "react";

/**
 * A part of the printable briefing pack: a compact heading and its content, without the card
 * look of the app's sections so that it reads like a document on screen and on paper.
 */
export function BriefingSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="briefing-section border-t border-slate-300 pt-4">
      <h2 id={id} className="mb-2 text-base font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A label and its value in the briefing's two-column lists. */
export function BriefingItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-3 py-1">
      <dt className="font-semibold text-muted">{label}</dt>
      <dd className="col-span-2">{children}</dd>
    </div>
  );
}
