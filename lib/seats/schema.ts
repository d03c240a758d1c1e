import { z } from "zod";
import { SEAT_KINDS, TERM_STATUSES } from "@/db/schema/values";
import {
  checkPeriod,
  optionalDate,
  optionalText,
  optionalUuid,
  requiredDate,
  requiredUuid,
  requiredEnum,
  requiredText,
  versionField,
  EVERY_ISSUE,
} from "../validation/fields";

// Error messages are catalog keys: the shared ones live in messages/*/validation.json, the
// seat-specific ones (unknownNetwork, overlap, …) in messages/*/seats.json under "validation".

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
  // Without an end an ended term would count as still running and block every later one.
  .superRefine(checkPeriod, EVERY_ISSUE);

export const termUpdateSchema = z.intersection(termInputSchema, z.object({ version: versionField }));

export type SeatInput = z.infer<typeof seatInputSchema>;
export type TermInput = z.infer<typeof termInputSchema>;
