import { z } from "zod";
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES } from "@/db/schema/values";
import {
  checkPeriod,
  optionalDate,
  optionalText,
  optionalUuid,
  requiredDate,
  requiredUuid,
  requiredEnum,
  versionField,
  EVERY_ISSUE,
} from "../validation/fields";

// Error messages are catalog keys: the shared ones live in messages/*/validation.json, the
// assignment-specific ones (focalPointTaken, targetRequired, …) in messages/*/assignments.json
// under "validation".

/**
 * The assignment form: a person on a network's body (working group, thematic unit…) or on a
 * thematic area of the network. The rules that need the database (the body belongs to the
 * network, one active focal point per body, the head's department) are checked by
 * lib/assignments/commands.
 */
export const assignmentInputSchema = z
  .object({
    personId: requiredUuid("unknownPerson"),
    networkId: requiredUuid("unknownNetwork"),
    bodyId: optionalUuid("unknownBody"),
    thematicAreaId: optionalUuid("unknownThematicArea"),
    role: requiredEnum(ASSIGNMENT_ROLES),
    status: requiredEnum(ASSIGNMENT_STATUSES),
    startsOn: requiredDate(),
    endsOn: optionalDate(),
    dedication: optionalText(200),
    notes: optionalText(4000),
  })
  .superRefine((value, ctx) => {
    // Where the person works: a body, or a thematic area of the network (or both).
    if (!value.bodyId && !value.thematicAreaId) {
      ctx.addIssue({ code: "custom", path: ["bodyId"], message: "targetRequired" });
    }
    checkPeriod(value, ctx);
  }, EVERY_ISSUE);

export const assignmentUpdateSchema = z.intersection(
  assignmentInputSchema,
  z.object({ version: versionField }),
);

/** Ending an assignment: the last day, and the version the user saw. */
export const assignmentEndSchema = z.object({
  endsOn: requiredDate(),
  version: versionField,
});

export type AssignmentInput = z.infer<typeof assignmentInputSchema>;
