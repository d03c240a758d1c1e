import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

const tones = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  blue: "bg-brand-50 text-brand-800 ring-brand-100",
  green: "bg-green-50 text-green-800 ring-green-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  violet: "bg-violet-50 text-violet-800 ring-violet-200",
  red: "bg-red-50 text-red-800 ring-red-200",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

/** A value of a value list as a badge: its words from the `enums` catalog (`<list>.<value>`), its tone from `tones`. */
export function ValueBadge<T extends string>({
  list,
  value,
  tones,
}: {
  list: string;
  value: T;
  tones: Record<T, BadgeTone>;
}) {
  const t = useTranslations("enums");
  const key: string = `${list}.${value}`;
  return <Badge tone={tones[value]}>{t(key)}</Badge>;
}

const FLAG_TONES = {
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  red: "bg-red-50 text-red-800 ring-red-300",
} as const;

/**
 * A time flag ("Vence en 3 días", "Sin novedades en 90 días"): words with a clock icon, so
 * that it does not rely on colour. `data` marks it for styles and tests (`{ "data-due": "soon" }`).
 */
export function TimeFlag({
  tone,
  data,
  children,
}: {
  tone: keyof typeof FLAG_TONES;
  data: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  return (
    <span
      {...data}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${FLAG_TONES[tone]}`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
      </svg>
      {children}
    </span>
  );
}
