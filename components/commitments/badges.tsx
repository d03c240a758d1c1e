import { useTranslations, useFormatter } from "next-intl";
import type { CommitmentStatus } from "@/db/schema/values";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";

const STATUS_TONE: Record<CommitmentStatus, BadgeTone> = {
  open: "blue",
  in_progress: "violet",
  done: "green",
  dropped: "neutral",
};

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const tEnum = useTranslations("enums");
  return <Badge tone={STATUS_TONE[status]}>{tEnum(`commitmentStatus.${status}`)}</Badge>;
}

/**
 * How a pending commitment stands against its due date, in words ("Vencido hace 5 días",
 * "Vence en 3 días", "Vence hoy") so that the flag does not rely on colour. Nothing for a
 * closed or undated commitment, or one due more than two weeks ahead.
 */
export function DueBadge({ daysLeft }: { daysLeft: number | null }) {
  const t = useTranslations("commitments.due");
  if (daysLeft === null || daysLeft > 14) return null;
  const overdue = daysLeft < 0;
  return (
    <span
      data-due={overdue ? "overdue" : "soon"}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${
        overdue ? "bg-red-50 text-red-800 ring-red-300" : "bg-amber-50 text-amber-900 ring-amber-300"
      }`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
      </svg>
      {overdue
        ? t("overdue", { days: -daysLeft })
        : daysLeft === 0
          ? t("today")
          : t("soon", { days: daysLeft })}
    </span>
  );
}

/** The due date (or "Sin fecha") with its badge; a done commitment says when it was done. */
export function DueCell({
  dueOn,
  daysLeft,
  status,
  completedOn,
}: {
  dueOn: string | null;
  daysLeft: number | null;
  status: CommitmentStatus;
  completedOn: string | null;
}) {
  const format = useFormatter();
  const t = useTranslations("commitments.due");
  return (
    <span className="flex flex-col items-start gap-1">
      <span
        className={`whitespace-nowrap ${daysLeft !== null && daysLeft < 0 ? "font-semibold text-red-800" : ""}`}
      >
        {dueOn ? formatDate(format, dueOn) : <span className="text-muted">{t("noDue")}</span>}
      </span>
      <DueBadge daysLeft={daysLeft} />
      {status === "done" && completedOn ? (
        <span className="whitespace-nowrap text-xs text-muted">
          {t("completed", { date: formatDate(format, completedOn) })}
        </span>
      ) : null}
    </span>
  );
}
