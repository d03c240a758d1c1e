import { z } from "zod";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import { todayInBuenosAires } from "../dates";
import {
  optionalDate,
  optionalText,
  optionalUuid,
  requiredUuid,
  requiredEnum,
  requiredText,
  versionField,
  EVERY_ISSUE,
  isDate,
} from "../validation/fields";

// Error messages are catalog keys: the shared ones live in messages/*/validation.json, the
// commitment-specific ones (unknownOwner, meetingOfOtherNetwork, …) in messages/*/commitments.json
// under "validation". References that need the database (does the owner exist? is the meeting of
// this network?) are checked by lib/commitments/commands.

/** What status + completion date have to agree on; shared by the full form and "Actualizar estado". */
const progressFields = {
  status: requiredEnum(COMMITMENT_STATUSES),
  /** Only meaningful when done: empty means today, and any other status clears it. */
  completedOn: optionalDate(),
  notes: optionalText(4000),
};

/**
 * A completion date cannot be in the future (judged on Buenos Aires' calendar), and it only
 * belongs to a done commitment: for any other status it is dropped rather than refused, so
 * moving a commitment out of "done" clears it.
 */
type Progress = { status: (typeof COMMITMENT_STATUSES)[number]; completedOn?: string };

/** Checked with every other error (EVERY_ISSUE), so the date is compared only when it is one. */
function completedNotInFuture(value: Progress, ctx: z.RefinementCtx) {
  if (value.status === "done" && isDate(value.completedOn) && value.completedOn > todayInBuenosAires()) {
    ctx.addIssue({ code: "custom", path: ["completedOn"], message: "completedInFuture" });
  }
}

function completion<T extends Progress>(value: T) {
  return value.status === "done" ? value : { ...value, completedOn: undefined };
}

/** The commitment form (create and edit). */
const commitmentFields = z.object({
  networkId: requiredUuid("unknownNetwork"),
  meetingId: optionalUuid("unknownMeeting"),
  bodyId: optionalUuid("unknownBody"),
  title: requiredText(300),
  ownerPersonId: requiredUuid("unknownOwner"),
  /** Empty: the owner's own department. */
  departmentId: optionalUuid("unknownDepartment"),
  dueOn: optionalDate(),
  ...progressFields,
});

export const commitmentInputSchema = commitmentFields
  .superRefine(completedNotInFuture, EVERY_ISSUE)
  .transform(completion);
export const commitmentUpdateSchema = commitmentFields
  .extend({ version: versionField })
  .superRefine(completedNotInFuture, EVERY_ISSUE)
  .transform(completion);

/** "Actualizar estado": what the owner of a commitment may change (status, completion, notes). */
const progressObject = z.object({ ...progressFields });
export const commitmentProgressInputSchema = progressObject
  .superRefine(completedNotInFuture, EVERY_ISSUE)
  .transform(completion);
export const commitmentProgressSchema = progressObject
  .extend({ version: versionField })
  .superRefine(completedNotInFuture, EVERY_ISSUE)
  .transform(completion);

export type CommitmentInput = z.output<typeof commitmentInputSchema>;
