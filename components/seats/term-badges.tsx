import { useTranslations, useFormatter } from "next-intl";
import type { TermState } from "@/lib/seats/term-state";
import { Badge, TimeFlag, ValueBadge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { ENDING_SOON_DAYS, ENDING_URGENT_DAYS } from "@/lib/seats/ending";

const STATE_TONE: Record<TermState, BadgeTone> = {
  current: "green",
  upcoming: "blue",
  ended: "neutral",
  candidate: "violet",
};

/**
 * A term's state today (Vigente, Próximo, Finalizado, Candidatura: lib/seats/term-state.ts);
 * a seat without any term reads "Vacante".
 */
export function TermStatusBadge({ status }: { status: TermState | null }) {
  const t = useTranslations("seats.term");
  return status ? (
    <ValueBadge list="termState" value={status} tones={STATE_TONE} />
  ) : (
    <Badge>{t("vacant")}</Badge>
  );
}

/**
 * "Vence en 27 días" for an active term ending within 90 days (red from 30 days down, and
 * once the end has passed): words, so the flag does not rely on colour.
 */
export function EndingBadge({ daysLeft }: { daysLeft: number | null }) {
  const t = useTranslations("seats.term");
  if (daysLeft === null || daysLeft > ENDING_SOON_DAYS) return null;
  const urgent = daysLeft <= ENDING_URGENT_DAYS;
  return (
    <TimeFlag tone={urgent ? "red" : "amber"} data={{ "data-ending": urgent ? "urgent" : "soon" }}>
      {daysLeft < 0 ? t("endedAgo", { days: -daysLeft }) : t("endsIn", { days: daysLeft })}
    </TimeFlag>
  );
}

/** dd/mm/aaaa – dd/mm/aaaa, or "Sin fecha de fin". */
export function TermPeriod({ startsOn, endsOn }: { startsOn: string | null; endsOn: string | null }) {
  const format = useFormatter();
  const t = useTranslations("seats.term");
  if (!startsOn) return <span className="text-muted">—</span>;
  return (
    <span className="whitespace-nowrap">
      {t("period", {
        from: formatDate(format, startsOn),
        to: endsOn ? formatDate(format, endsOn) : t("openEnd"),
      })}
    </span>
  );
}
