import { useTranslations } from "next-intl";
import type { AssignmentRole, AssignmentStatus } from "@/db/schema/values";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONE: Record<AssignmentStatus, BadgeTone> = {
  active: "green",
  paused: "amber",
  ended: "neutral",
};
const ROLE_TONE: Record<AssignmentRole, BadgeTone> = {
  focal_point: "blue",
  member: "neutral",
  alternate: "violet",
};

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const tEnum = useTranslations("enums");
  return <Badge tone={STATUS_TONE[status]}>{tEnum(`assignmentStatus.${status}`)}</Badge>;
}

export function AssignmentRoleBadge({ role }: { role: AssignmentRole }) {
  const tEnum = useTranslations("enums");
  return <Badge tone={ROLE_TONE[role]}>{tEnum(`assignmentRole.${role}`)}</Badge>;
}

/** "Sin novedades en 90 días", in words with an icon so the flag does not rely on colour. */
export function StaleBadge() {
  const t = useTranslations("assignments.row");
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
