import { useFormatter } from "next-intl";
import { formatDate } from "@/lib/format";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/config";
import { instantToZoned } from "@/lib/dates";

/** "Europe/Madrid" → "Madrid", "America/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  return timeZone.split("/").pop()?.replace(/_/g, " ") ?? timeZone;
}

/**
 * When a meeting starts, for a calendar whose days are Buenos Aires days: the time in the
 * meeting's own zone and, when that clock differs from Buenos Aires, the Buenos Aires time
 * beside it (inside an element styled .meeting-clock, app/globals.css). The local date is
 * added when it is another day there (09:00 on 20/01 in Tokyo is 21:00 on 19/01 in Buenos
 * Aires, the day the calendar shows).
 */
export function MeetingClock({
  startsAt,
  timeZone,
  baShort,
  baLong,
}: {
  startsAt: Date;
  timeZone: string;
  /** Visible abbreviation of Buenos Aires ("BA"). */
  baShort: string;
  /** What a screen reader says instead ("en Buenos Aires"). */
  baLong: string;
}) {
  const format = useFormatter();
  const local = instantToZoned(startsAt, timeZone);
  const inBuenosAires = instantToZoned(startsAt, DISPLAY_TIME_ZONE);
  const instant = startsAt.toISOString();
  if (
    timeZone === DISPLAY_TIME_ZONE ||
    (local.date === inBuenosAires.date && local.time === inBuenosAires.time)
  ) {
    return <time dateTime={instant}>{inBuenosAires.time}</time>;
  }
  const localText =
    local.date === inBuenosAires.date
      ? local.time
      : `${formatDate(format, local.date).slice(0, 5)} ${local.time}`;
  // As few elements and separate text pieces as the words allow: a busy month shows a hundred
  // of these, and each element is work for the server on every request. The figures are bold
  // by the .meeting-clock style around them.
  return (
    <>
      <time dateTime={instant}>{localText}</time>
      {` (${zoneCity(timeZone)}) · ${inBuenosAires.time} `}
      <span aria-hidden="true">{baShort}</span>
      <span className="sr-only">{baLong}</span>
    </>
  );
}
