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
function completion<T extends { status: (typeof COMMITMENT_STATUSES)[number]; completedOn?: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.status !== "done") return { ...value, completedOn: undefined };
  if (value.completedOn && value.completedOn > todayInBuenosAires()) {
    ctx.addIssue({ code: "custom", path: ["completedOn"], message: "completedInFuture" });
    return z.NEVER;
  }
  return value;
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

export const commitmentInputSchema = commitmentFields.transform(completion);
export const commitmentUpdateSchema = commitmentFields
  .extend({ version: versionField })
  .transform(completion);

/** "Actualizar estado": what the owner of a commitment may change (status, completion, notes). */
const progressObject = z.object({ ...progressFields });
export const commitmentProgressInputSchema = progressObject.transform(completion);
export const commitmentProgressSchema = progressObject
  .extend({ version: versionField })
  .transform(completion);

export type CommitmentInput = z.output<typeof commitmentInputSchema>;
