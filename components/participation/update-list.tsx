import { useTranslations, useFormatter } from "next-intl";
import type { ParticipationKind } from "@/db/schema/values";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { ParticipationUpdateRow } from "@/lib/participation/queries";

const KIND_TONE: Record<ParticipationKind, BadgeTone> = {
  meeting_attended: "blue",
  contribution: "green",
  document: "violet",
  other: "neutral",
};

export function ParticipationKindBadge({ kind }: { kind: ParticipationKind }) {
  const tEnum = useTranslations("enums");
  return <Badge tone={KIND_TONE[kind]}>{tEnum(`participationKind.${kind}`)}</Badge>;
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
    <span
      data-stale="true"
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
      </svg>
      {t("stale")}
    </span>
  );
}
