import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MeetingStatus } from "@/db/schema/values";

const TONE: Record<MeetingStatus, BadgeTone> = {
  tentative: "neutral",
  confirmed: "green",
  held: "blue",
  cancelled: "red",
  postponed: "amber",
};

/** A plain (not async) component: lists render one per row. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations("enums.meetingStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
