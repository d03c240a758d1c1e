import { getTranslations } from "@/lib/i18n/translations";
import { MEETING_KINDS, MEETING_MODES, MEETING_STATUSES } from "@/db/schema/values";
import type { MeetingItemLabels } from "./calendar-meeting";

/** The words of the calendar's meeting items, read once per list, as plain data. */
export async function meetingItemLabels(): Promise<MeetingItemLabels> {
  const t = await getTranslations("calendar.meeting");
  const tEnum = await getTranslations("enums");
  const words = <K extends string>(keys: readonly K[], word: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>;
  return {
    ba: t("ba"),
    baLong: t("baLong"),
    status: words(MEETING_STATUSES, (key) => tEnum(`meetingStatus.${key}`)),
    kind: words(MEETING_KINDS, (key) => tEnum(`meetingKind.${key}`)),
    mode: words(MEETING_MODES, (key) => tEnum(`meetingMode.${key}`)),
  };
}
