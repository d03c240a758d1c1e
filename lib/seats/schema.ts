import { z } from "zod";
import { SEAT_KINDS, TERM_STATUSES } from "@/db/schema/values";
import {
  isRealDate,
  optionalDate,
  optionalText,
  optionalUuid,
  requiredEnum,
  requiredText,
  versionField,
} from "../validation/fields";

// Error messages are catalog keys: the shared ones live in messages/*/validation.json, the
// seat-specific ones (unknownNetwork, overlap, …) in messages/*/seats.json under "validation".

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A required reference picked from a list: "required" when empty, `unknown` when not an id. */
const requiredUuid = (unknown: string) =>
  z.preprocess(
    blankToUndefined,
    z.uuid({ error: (issue) => (issue.input === undefined ? "required" : unknown) }),
  );

/** A required calendar date as <input type="date"> sends it (yyyy-mm-dd). */
const requiredDate = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: (issue) => (issue.input === undefined ? "required" : "invalidDate") })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
      .refine(isRealDate, { error: "invalidDate" }),
  );

/** The seat form (a role the city holds in a network or one of its bodies). */
export const seatInputSchema = z.object({
  title: requiredText(200),
  kind: requiredEnum(SEAT_KINDS),
  networkId: requiredUuid("unknownNetwork"),
  bodyId: optionalUuid("unknownBody"),
  renewal: optionalText(500),
  notes: optionalText(4000),
});

export const seatUpdateSchema = z.intersection(seatInputSchema, z.object({ version: versionField }));

/** Archive/restore carry only the version the user saw. */
export const seatArchiveSchema = z.object({ version: versionField });

/**
 * The term form (one holder's term in a seat). The rules that need the seat's other terms
 * (no overlap, a new active term closes the previous one) are checked by lib/seats/commands.
 */
export const termInputSchema = z
  .object({
    holderPersonId: requiredUuid("unknownPerson"),
    startsOn: requiredDate(),
    endsOn: optionalDate(),
    status: requiredEnum(TERM_STATUSES),
    notes: optionalText(4000),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn && value.startsOn && value.endsOn < value.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endBeforeStart" });
    }
    // Without an end an ended term would count as still running and block every later one.
    if (value.status === "ended" && !value.endsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endedNeedsEnd" });
    }
  });

export const termUpdateSchema = z.intersection(termInputSchema, z.object({ version: versionField }));

export type SeatInput = z.infer<typeof seatInputSchema>;
export type TermInput = z.infer<typeof termInputSchema>;
