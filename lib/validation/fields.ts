import { z } from "zod";
import { isRealDate } from "../dates";
import { tooLong } from "./message-key";

/**
 * Field builders shared by every form schema. Error messages are catalog keys under
 * "validation." so the same schema validates in the browser and on the server and the UI
 * shows the message in the reader's language. Empty form fields arrive as "" and mean "not
 * given".
 */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const requiredText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid") })
      .trim()
      .max(max, { error: tooLong(max) }),
  );

export const optionalText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: "invalid" })
      .trim()
      .max(max, { error: tooLong(max) })
      .optional(),
  );

export const requiredEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    blankToUndefined,
    z.enum(values, { error: (issue) => (issue.input === undefined ? "required" : "invalidOption") }),
  );

export const optionalUrl = (max = 500) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: tooLong(max) })
      .refine((value) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), { error: "invalidUrl" })
      .optional(),
  );

/** A calendar date as <input type="date"> sends it (yyyy-mm-dd), checked for existence. */
export const optionalDate = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
      .refine(isRealDate, { error: "invalidDate" })
      .optional(),
  );

/** A required calendar date as <input type="date"> sends it (yyyy-mm-dd). */
export const requiredDate = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: (issue) => (issue.input === undefined ? "required" : "invalidDate") })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
      .refine(isRealDate, { error: "invalidDate" }),
  );

/** A required reference picked from a list: "required" when empty, `unknown` when not an id. */
export const requiredUuid = (unknown: string) =>
  z.preprocess(
    blankToUndefined,
    z.uuid({ error: (issue) => (issue.input === undefined ? "required" : unknown) }),
  );

export const optionalUuid = (message = "invalid") =>
  z.preprocess(blankToUndefined, z.uuid({ error: message }).optional());

/** A multi-value field (checkboxes, multi-select): always an array, blanks dropped. */
export const stringList = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== ""),
    z.array(item).max(100, { error: "invalid" }),
  );

/** True for a well-formed UUID: ids from a URL are checked before they reach SQL. */
export const isUuid = (value: string) => z.uuid().safeParse(value).success;

/**
 * A period with a status (an assignment, a seat's term): the end is not before the start, and an
 * ended one has an end — without one it would count as still running.
 */
export function checkPeriod(
  value: { startsOn?: string; endsOn?: string; status: string },
  ctx: z.RefinementCtx,
): void {
  if (isDate(value.endsOn) && isDate(value.startsOn) && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endBeforeStart" });
  }
  if (value.status === "ended" && !value.endsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endedNeedsEnd" });
  }
}

/**
 * The option of a form's cross-field rule (`.superRefine(rule, EVERY_ISSUE)`): zod skips an
 * object's refinements when one of its fields failed, so an end before its start would only be
 * reported once the other errors were fixed — a form that reports its errors in rounds. With
 * it the rule always runs, and must then read each value as possibly invalid (`isDate`…).
 */
export const EVERY_ISSUE = { when: () => true };

/** True for a real yyyy-mm-dd date (a value a cross-field rule may compare). */
export const isDate = (value: unknown): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value);

export const versionField = z.coerce.number({ error: "invalid" }).int().min(1);

export { isRealDate };
