import { z } from "zod";
import {
  ATTENDANCE_STATUSES,
  DELEGATION_ROLES,
  MEETING_KINDS,
  MEETING_MODES,
  MEETING_STATUSES,
} from "@/db/schema/values";
import {
  optionalText,
  optionalUrl,
  optionalUuid,
  requiredEnum,
  requiredDate,
  requiredText,
  versionField,
  EVERY_ISSUE,
  isDate,
} from "../validation/fields";
import { isValidTimeZone, zonedTimeToInstant } from "../dates";
import { attendanceField, MINUTES_MAX } from "./form-fields";

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
  startDate: requiredDate(),
  startTime: requiredTime,
  endDate: requiredDate(),
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

const isTime = (value: unknown): value is string =>
  typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/**
 * The end is not before the start. Checked with every other error (EVERY_ISSUE), so it only
 * compares when the dates, times and zone are themselves valid.
 */
function endNotBeforeStart(value: MeetingFields, ctx: z.RefinementCtx) {
  const { startDate, startTime, endDate, endTime, timeZone } = value;
  if (!isDate(startDate) || !isDate(endDate) || !isTime(startTime) || !isTime(endTime)) return;
  if (typeof timeZone !== "string" || !isValidTimeZone(timeZone)) return;
  if (zonedTimeToInstant(endDate, endTime, timeZone) < zonedTimeToInstant(startDate, startTime, timeZone)) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
  }
}

function withInstants<T extends MeetingFields>(value: T) {
  const startsAt = zonedTimeToInstant(value.startDate, value.startTime, value.timeZone);
  const endsAt = zonedTimeToInstant(value.endDate, value.endTime, value.timeZone);
  return { ...value, startsAt, endsAt };
}

/**
 * A meeting with no end date ends on its start date: most are one-day meetings, and the form
 * fills the end in from the start (and the body's usual length) as the start is typed.
 */
function endOnStartDay(raw: unknown) {
  if (!raw || typeof raw !== "object") return raw;
  const value = raw as Record<string, unknown>;
  const blank = (v: unknown) => v === undefined || (typeof v === "string" && v.trim() === "");
  return blank(value.endDate) && !blank(value.startDate) ? { ...value, endDate: value.startDate } : raw;
}

export const meetingInputSchema = z
  .preprocess(endOnStartDay, meetingFields)
  .superRefine(endNotBeforeStart, EVERY_ISSUE)
  .transform(withInstants);
export const meetingUpdateSchema = z
  .preprocess(endOnStartDay, meetingFields.extend({ version: versionField }))
  .superRefine(endNotBeforeStart, EVERY_ISSUE)
  .transform(withInstants);

export type MeetingInput = z.output<typeof meetingInputSchema>;

// ---------------------------------------------------------------------------------------------
// The meeting log: agenda items, delegation, decisions, minutes, closing.

const optionalMinutesCount = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
  z.coerce
    .number({ error: "invalidDuration" })
    .int({ error: "invalidDuration" })
    .min(1, { error: "invalidDuration" })
    .max(1440, { error: "invalidDuration" })
    .optional(),
);

export const agendaItemInputSchema = z.object({
  title: requiredText(300),
  durationMinutes: optionalMinutesCount,
  presenter: optionalText(200),
  notes: optionalText(2000),
});
export const agendaItemUpdateSchema = agendaItemInputSchema.extend({ version: versionField });

export const delegationMemberInputSchema = z.object({
  personId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "required" })),
  role: requiredEnum(DELEGATION_ROLES),
  attendance: requiredEnum(ATTENDANCE_STATUSES),
  notes: optionalText(1000),
});
/** The person of a delegation row is fixed: to change who goes, remove the row and add another. */
export const delegationMemberUpdateSchema = delegationMemberInputSchema
  .omit({ personId: true })
  .extend({ version: versionField });

/** What a delegation member may answer about their own attendance before the meeting. */
export const OWN_ATTENDANCE_ANSWERS = ["confirmed", "absent"] as const;
export const ownAttendanceSchema = z.object({
  attendance: requiredEnum(OWN_ATTENDANCE_ANSWERS),
  version: versionField,
});

export const decisionInputSchema = z.object({ text: requiredText(2000) });
export const decisionUpdateSchema = decisionInputSchema.extend({ version: versionField });

/** Moving an agenda item or a decision one place up or down (buttons, not drag and drop). */
export const moveSchema = z.object({
  direction: requiredEnum(["up", "down"] as const),
  version: versionField,
});

/** Deleting a row needs the version the reader saw. */
export const deleteSchema = z.object({ version: versionField });

/** Minutes in the editor's markup (see minutes.ts); the meeting's version guards the edit. */
export const minutesUpdateSchema = z.object({
  minutes: optionalText(MINUTES_MAX),
  version: versionField,
});

/**
 * Closing a meeting: its minutes (required) and, for each member of the delegation listed in
 * `members`, whether they attended. Field errors are keyed by the member's attendance field.
 */
export const closeMeetingSchema = z
  .looseObject({
    minutes: requiredText(MINUTES_MAX),
    version: versionField,
    members: z.preprocess(
      (v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]),
      z.array(z.uuid({ error: "invalid" })).max(200, { error: "invalid" }),
    ),
  })
  .superRefine(
    (value, ctx) => {
      const raw = value as Record<string, unknown>;
      const members = Array.isArray(raw.members) ? raw.members : [raw.members];
      for (const memberId of members) {
        if (typeof memberId !== "string" || !memberId) continue;
        const answer = raw[attendanceField(memberId)];
        if (answer !== "attended" && answer !== "absent") {
          ctx.addIssue({ code: "custom", path: [attendanceField(memberId)], message: "attendanceRequired" });
        }
      }
    },
    // Checked even when the minutes are missing, so the form lists every problem at once.
    { when: () => true },
  )
  .transform((value) => {
    const raw = value as Record<string, unknown>;
    const attendance: Record<string, "attended" | "absent"> = {};
    for (const memberId of value.members) attendance[memberId] = raw[attendanceField(memberId)] as "attended";
    return { minutes: value.minutes, version: value.version, attendance };
  });
