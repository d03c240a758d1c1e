import { z } from "zod";
import { tooLong } from "../validation/message-key";
import { APP_ROLES } from "@/db/schema/values";
import {
  EVERY_ISSUE,
  optionalText,
  optionalUuid,
  requiredEnum,
  requiredText,
  versionField,
} from "../validation/fields";

// Error messages are catalog keys: the shared ones live in messages/*/validation.json, the
// user-specific ones (emailTaken, personTaken, cannotDemoteSelf, …) in messages/*/users.json
// under "validation".

/** A required e-mail address, trimmed and lower-cased (unique without case: users_email_uq). */
export const requiredEmail = () =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid") })
      .trim()
      .toLowerCase()
      .max(254, { error: tooLong(254) })
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: "invalidEmail" }),
  );

const userFields = z.object({
  email: requiredEmail(),
  name: requiredText(200),
  role: requiredEnum(APP_ROLES),
  departmentId: optionalUuid("unknownDepartment"),
  personId: optionalUuid("unknownPerson"),
  /** The account's single sign-on identity: the provider's subject ("sub", at most 255
   *  characters by OpenID Connect). Empty = not bound yet (bound at the first sign-in by
   *  verified e-mail). Only used while single sign-on is configured. */
  oidcSubject: optionalText(255),
});

/**
 * What each role needs to be of use: a head's scope is their department, and technical
 * staff act on what is linked to their person ("Mi participación").
 */
function roleNeeds(value: z.output<typeof userFields>, ctx: z.RefinementCtx) {
  if (value.role === "head" && !value.departmentId) {
    ctx.addIssue({ code: "custom", path: ["departmentId"], message: "departmentRequiredForHead" });
  }
  if (value.role === "technical" && !value.personId) {
    ctx.addIssue({ code: "custom", path: ["personId"], message: "personRequiredForTechnical" });
  }
}

/** The new-user form. The password is not typed: a temporary one is generated and shown once. */
export const userInputSchema = userFields.superRefine(roleNeeds, EVERY_ISSUE);
export const userUpdateSchema = userFields
  .extend({ version: versionField })
  .superRefine(roleNeeds, EVERY_ISSUE);
export type UserInput = z.output<typeof userInputSchema>;

/** Deactivate, reactivate, reset password: only the version the admin saw. */
export const userVersionSchema = z.object({ version: versionField });

/** How long a temporary password (new account or reset) works before it must be reset again. */
export const TEMPORARY_PASSWORD_HOURS = 72;
