import type { ReactNode } from "react";

const TONES = {
  amber: { box: "border-amber-300 bg-amber-50 text-amber-950", icon: " text-amber-700" },
  red: { box: "border-red-300 bg-red-50 text-red-900", icon: "" },
};

/**
 * A list's summary above its filters: what needs attention (`children`, behind a clock, in
 * `tone`: terms ending, commitments overdue), or the words for nothing (`none`, no tone).
 */
export function ListSummary({
  label,
  tone,
  none,
  children,
}: {
  label: string;
  tone: keyof typeof TONES | null;
  none: string;
  children?: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      className={`mb-4 flex items-start gap-2 rounded-lg border px-4 py-3 text-sm ${
        tone ? TONES[tone].box : "border-slate-200 bg-white text-ink"
      }`}
    >
      {tone ? (
        <>
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className={`mt-0.5 h-4 w-4 shrink-0 fill-current${TONES[tone].icon}`}
          >
            <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
          </svg>
          {children}
        </>
      ) : (
        <span>{none}</span>
      )}
    </section>
  );
}
