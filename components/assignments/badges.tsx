import { useTranslations } from "next-intl";
import type { AssignmentRole, AssignmentStatus } from "@/db/schema/values";
import { TimeFlag, ValueBadge, type BadgeTone } from "@/components/ui/badge";

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
  return <ValueBadge list="assignmentStatus" value={status} tones={STATUS_TONE} />;
}

export function AssignmentRoleBadge({ role }: { role: AssignmentRole }) {
  return <ValueBadge list="assignmentRole" value={role} tones={ROLE_TONE} />;
}

/** "Sin novedades en 90 días", in words with an icon so the flag does not rely on colour. */
export function StaleBadge() {
  const t = useTranslations("assignments.row");
  return (
    <TimeFlag tone="amber" data={{ "data-stale": "true" }}>
      {t("stale")}
    </TimeFlag>
  );
}
