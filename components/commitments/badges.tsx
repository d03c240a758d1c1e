import { useTranslations, useFormatter } from "next-intl";
import type { CommitmentStatus } from "@/db/schema/values";
import { TimeFlag, ValueBadge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";

const STATUS_TONE: Record<CommitmentStatus, BadgeTone> = {
  open: "blue",
  in_progress: "violet",
  done: "green",
  dropped: "neutral",
};

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  return <ValueBadge list="commitmentStatus" value={status} tones={STATUS_TONE} />;
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
    <TimeFlag tone={overdue ? "red" : "amber"} data={{ "data-due": overdue ? "overdue" : "soon" }}>
      {overdue
        ? t("overdue", { days: -daysLeft })
        : daysLeft === 0
          ? t("today")
          : t("soon", { days: daysLeft })}
    </TimeFlag>
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
