import { z } from "zod";
import { tooLong } from "../validation/message-key";
import { optionalText, optionalUuid, requiredText, versionField } from "../validation/fields";

// Error messages are catalog keys: the shared ones live in messages/*/validation.json, the
// person-specific ones (emailTaken, userTaken, …) in messages/*/people.json under "validation".

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** An optional e-mail address, trimmed; compared without case (people_email_uq). */
const optionalEmail = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: "invalid" })
      .trim()
      .max(254, { error: tooLong(254) })
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: "invalidEmail" })
      .optional(),
  );

/** An optional phone number as people write it: digits, spaces, +, -, (, ), and an extension. */
const optionalPhone = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: "invalid" })
      .trim()
      .max(40, { error: tooLong(40) })
      .regex(/^[+()\d][\d\s()+\-./]*(\s*(int\.?|ext\.?|x)\s*\d+)?$/i, { error: "invalidPhone" })
      .optional(),
  );

/** The person form. */
export const personInputSchema = z.object({
  fullName: requiredText(200),
  email: optionalEmail(),
  phone: optionalPhone(),
  position: optionalText(200),
  departmentId: optionalUuid("unknownDepartment"),
  notes: optionalText(4000),
});

export const personUpdateSchema = z.intersection(personInputSchema, z.object({ version: versionField }));

/** Linking a person to a user account: the account (empty = unlink) and the person's version. */
export const personUserLinkSchema = z.object({
  userId: optionalUuid("unknownUser"),
  version: versionField,
});

export type PersonInput = z.infer<typeof personInputSchema>;
