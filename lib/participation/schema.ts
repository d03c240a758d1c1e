import { z } from "zod";
import { tooLong } from "../validation/message-key";
import { PARTICIPATION_KINDS } from "@/db/schema/values";
import { todayInBuenosAires } from "../dates";
import { isRealDate, requiredEnum } from "../validation/fields";
import { UPDATE_TEXT_MAX } from "./form-fields";

// Error messages are catalog keys: the participation-specific ones (occurredOnRequired,
// occurredInFuture, textRequired, assignmentEnded) live in messages/*/participation.json under
// "validation", the shared ones (invalidDate, tooLong, …) in messages/*/validation.json.

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * A participation update (date, kind, text). The date is required and cannot be later than
 * today on Buenos Aires' calendar — judged when the value is checked (pass `today` to pin it,
 * as tests do).
 */
export function participationUpdateSchema(today?: string) {
  return z.object({
    occurredOn: z.preprocess(
      blankToUndefined,
      z
        .string({ error: (issue) => (issue.input === undefined ? "occurredOnRequired" : "invalidDate") })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
        .refine(isRealDate, { error: "invalidDate" })
        .refine((value) => value <= (today ?? todayInBuenosAires()), { error: "occurredInFuture" }),
    ),
    kind: requiredEnum(PARTICIPATION_KINDS),
    text: z.preprocess(
      blankToUndefined,
      z
        .string({ error: (issue) => (issue.input === undefined ? "textRequired" : "invalid") })
        .trim()
        .max(UPDATE_TEXT_MAX, { error: tooLong(UPDATE_TEXT_MAX) }),
    ),
  });
}

/** The form's schema, for the browser and the server alike. */
export const participationUpdateInputSchema = participationUpdateSchema();
