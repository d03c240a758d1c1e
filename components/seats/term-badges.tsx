import { useTranslations, useFormatter } from "next-intl";
import type { TermStatus } from "@/db/schema/values";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { ENDING_SOON_DAYS, ENDING_URGENT_DAYS } from "@/lib/seats/ending";

const STATUS_TONE: Record<TermStatus, BadgeTone> = { active: "green", ended: "neutral", candidate: "violet" };

/** The current term's status; a seat without any term reads "Vacante". */
export function TermStatusBadge({ status }: { status: TermStatus | null }) {
  const tEnum = useTranslations("enums");
  const t = useTranslations("seats.term");
  return status ? (
    <Badge tone={STATUS_TONE[status]}>{tEnum(`termStatus.${status}`)}</Badge>
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
    <span
      data-ending={urgent ? "urgent" : "soon"}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${
        urgent ? "bg-red-50 text-red-800 ring-red-300" : "bg-amber-50 text-amber-900 ring-amber-300"
      }`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
      </svg>
      {daysLeft < 0 ? t("endedAgo", { days: -daysLeft }) : t("endsIn", { days: daysLeft })}
    </span>
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
