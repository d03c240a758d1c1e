import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MeetingStatus } from "@/db/schema/values";

const TONE: Record<MeetingStatus, BadgeTone> = {
  tentative: "neutral",
  confirmed: "green",
  held: "blue",
  cancelled: "red",
  postponed: "amber",
};

export async function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = await getTranslations("enums.meetingStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
