import { CADENCE_PRESETS } from "@/lib/bodies/form-fields";

/** The "bodies" namespace translator, from useTranslations or getTranslations. */
export type BodiesT = (key: string, values?: Record<string, string | number>) => string;

const isPreset = (months: number) => (CADENCE_PRESETS as readonly number[]).includes(months);

/** "Anual", "Cada 2 años", "Cada 4 meses"…; null when irregular or not set. */
export function cadenceLabel(t: BodiesT, months: number | null): string | null {
  if (months === null) return null;
  return isPreset(months) ? t(`cadence.${months}`) : t("cadence.every", { months });
}

export const monthName = (t: BodiesT, month: number) => t(`months.${month}`);

const normalise = (text: string) => text.trim().toLocaleLowerCase("es");

/**
 * A body's meeting rhythm in one line: "Anual · noviembre", "Semestral (2 o 3 veces por
 * año)", "Irregular". The free-text note is added only when it says more than the period
 * (the demo data and older spreadsheets often repeat it: "anual", "cada 6 meses").
 */
export function cadenceSummary(
  t: BodiesT,
  body: { cadenceMonths: number | null; cadenceNote: string | null; usualMonth: number | null },
): string | null {
  const label = cadenceLabel(t, body.cadenceMonths);
  const note = body.cadenceNote?.trim() || null;
  const repeats =
    note !== null &&
    label !== null &&
    body.cadenceMonths !== null &&
    [label, t("cadence.every", { months: body.cadenceMonths })].some((l) => normalise(l) === normalise(note));
  let rhythm = label;
  if (note && !repeats)
    rhythm = label ? `${label} (${note})` : note.charAt(0).toLocaleUpperCase("es") + note.slice(1);
  const month = body.usualMonth ? monthName(t, body.usualMonth) : null;
  if (!rhythm) return month ? t("cadence.monthOnly", { month }) : null;
  return month ? `${rhythm} · ${month}` : rhythm;
}
