import { z } from "zod";
import { BODY_KINDS } from "@/db/schema/values";
import { optionalText, optionalUuid, requiredEnum, requiredText, versionField } from "../validation/fields";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A whole number in a range, from a select or a text field; blank means "not given". */
const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message })
      .optional(),
  );

/**
 * The body form, validated identically in the browser and in the server action. The rules
 * that need the database (the parent exists, is in the same network, is not archived and is
 * not the body itself or one of its descendants; the thematic area exists) are checked by the
 * commands inside the write's transaction, with the same field names.
 */
export const bodyInputSchema = z.object({
  name: requiredText(200),
  kind: requiredEnum(BODY_KINDS),
  parentId: optionalUuid("unknownParent"),
  thematicAreaId: optionalUuid("unknownThematicArea"),
  cadenceMonths: optionalInt(1, 120, "invalidOption"),
  cadenceNote: optionalText(200),
  usualMonth: optionalInt(1, 12, "invalidOption"),
  description: optionalText(4000),
});

export const bodyUpdateSchema = bodyInputSchema.extend({ version: versionField });

/** Archive and restore carry only the version the user was shown. */
export const bodyVersionSchema = z.object({ version: versionField });

export type BodyInput = z.infer<typeof bodyInputSchema>;
