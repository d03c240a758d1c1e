import { z } from "zod";
import { MEETING_KINDS, MEETING_MODES, MEETING_STATUSES } from "@/db/schema/values";
import {
  isRealDate,
  optionalText,
  optionalUrl,
  optionalUuid,
  requiredEnum,
  requiredText,
  versionField,
} from "../validation/fields";
import { isValidTimeZone, zonedTimeToInstant } from "../timezone";

const requiredDate = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string({ error: (issue) => (issue.input === undefined ? "required" : "invalidDate") })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
    .refine(isRealDate, { error: "invalidDate" }),
);
const requiredTime = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string({ error: (issue) => (issue.input === undefined ? "required" : "invalidTime") })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidTime" }),
);

/**
 * The meeting form. Start and end are typed as wall-clock date and time in the meeting's
 * own IANA zone; the parsed result carries the instants to store.
 */
const meetingFields = z.object({
  networkId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "required" })),
  bodyId: optionalUuid(),
  title: requiredText(200),
  kind: requiredEnum(MEETING_KINDS),
  status: requiredEnum(MEETING_STATUSES),
  startDate: requiredDate,
  startTime: requiredTime,
  endDate: requiredDate,
  endTime: requiredTime,
  timeZone: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string({ error: "required" }).refine(isValidTimeZone, { error: "invalidTimeZone" }),
  ),
  mode: requiredEnum(MEETING_MODES),
  venue: optionalText(200),
  city: optionalText(120),
  country: optionalText(120),
  onlineUrl: optionalUrl(),
});

type MeetingFields = z.output<typeof meetingFields>;

function withInstants<T extends MeetingFields>(value: T, ctx: z.RefinementCtx) {
  const startsAt = zonedTimeToInstant(value.startDate, value.startTime, value.timeZone);
  const endsAt = zonedTimeToInstant(value.endDate, value.endTime, value.timeZone);
  if (endsAt < startsAt) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    return z.NEVER;
  }
  return { ...value, startsAt, endsAt };
}

export const meetingInputSchema = meetingFields.transform(withInstants);
export const meetingUpdateSchema = meetingFields.extend({ version: versionField }).transform(withInstants);

export type MeetingInput = z.output<typeof meetingInputSchema>;
