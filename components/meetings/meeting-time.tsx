import { useFormatter } from "next-intl";
import { formatDateTime } from "@/lib/format";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/config";

/**
 * When a meeting starts, in its own time zone, with the Buenos Aires time beside it when the
 * clocks differ (a delegation abroad needs both); the date too when it is another day there.
 */
export function MeetingTime({
  startsAt,
  timeZone,
  baLabel,
}: {
  startsAt: Date;
  timeZone: string;
  baLabel: string;
}) {
  const format = useFormatter();
  const local = formatDateTime(format, startsAt, timeZone);
  const inBuenosAires = formatDateTime(format, startsAt, DISPLAY_TIME_ZONE);
  // Same wall-clock time (e.g. Montevideo): one time is enough.
  if (timeZone === DISPLAY_TIME_ZONE || local === inBuenosAires) {
    return <time dateTime={startsAt.toISOString()}>{local}</time>;
  }
  const city = timeZone.split("/").pop()?.replace(/_/g, " ");
  return (
    <span className="flex flex-col">
      <time dateTime={startsAt.toISOString()}>
        {local} <span className="text-xs text-muted">({city})</span>
      </time>
      <span className="text-xs text-muted">
        {local.slice(0, 10) === inBuenosAires.slice(0, 10) ? inBuenosAires.slice(11) : inBuenosAires}{" "}
        {baLabel}
      </span>
    </span>
  );
}
