import { useTranslations, useFormatter } from "next-intl";
import type { ParticipationKind } from "@/db/schema/values";
import { TimeFlag, ValueBadge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { ParticipationUpdateRow } from "@/lib/participation/queries";

const KIND_TONE: Record<ParticipationKind, BadgeTone> = {
  meeting_attended: "blue",
  contribution: "green",
  document: "violet",
  other: "neutral",
};

export function ParticipationKindBadge({ kind }: { kind: ParticipationKind }) {
  return <ValueBadge list="participationKind" value={kind} tones={KIND_TONE} />;
}

/** An assignment's participation updates, newest first: date, kind, author and text. */
export function UpdateList({ updates, empty }: { updates: ParticipationUpdateRow[]; empty: string }) {
  const format = useFormatter();
  const t = useTranslations("participation.update");
  if (updates.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ol className="divide-y divide-slate-100" data-updates="true">
      {updates.map((u) => (
        <li key={u.id} className="py-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <time dateTime={u.occurredOn} className="font-semibold text-ink">
              {formatDate(format, u.occurredOn)}
            </time>
            <ParticipationKindBadge kind={u.kind} />
            <span className="text-xs text-muted">{t("by", { author: u.author ?? t("unknownAuthor") })}</span>
          </p>
          <p className="mt-1 whitespace-pre-line text-sm text-ink">{u.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** "Sin novedades hace más de 90 días", in words with an icon so it does not rely on colour. */
export function QuietFlag() {
  const t = useTranslations("participation.assignments");
  return (
    <TimeFlag tone="amber" data={{ "data-stale": "true" }}>
      {t("stale")}
    </TimeFlag>
  );
}
