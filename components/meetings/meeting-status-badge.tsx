import { ValueBadge, type BadgeTone } from "@/components/ui/badge";
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
  return <ValueBadge list="meetingStatus" value={status} tones={TONE} />;
}
