import { z } from "zod";
import { EVERY_ISSUE, requiredText, versionField } from "../validation/fields";

/** A thematic area's name, as the create and rename forms send it. */
export const thematicAreaInputSchema = z.object({ name: requiredText(120) });

export const thematicAreaRenameSchema = z.object({ name: requiredText(120), version: versionField });

/**
 * The merge's confirmation step: the area that disappears (source), the one that stays
 * (target), the versions the person reviewed, and an explicit confirmation.
 */
export const thematicAreaMergeSchema = z
  .object({
    sourceId: z.uuid({ error: "required" }),
    targetId: z.uuid({ error: "required" }),
    sourceVersion: versionField,
    targetVersion: versionField,
    confirm: z.literal("yes", { error: "mergeNotConfirmed" }),
  })
  .refine((v) => v.sourceId !== v.targetId, { path: ["targetId"], error: "mergeSameArea", ...EVERY_ISSUE });
