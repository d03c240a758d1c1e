import { z } from "zod";
import { optionalText, optionalUuid, requiredText, versionField } from "../validation/fields";

// Error messages are catalog keys: the shared ones live in messages/*/validation.json, the
// department-specific ones (duplicateName, parentCycle, …) in messages/*/departments.json
// under "validation".

/** The department form (a unit of the city government). */
export const departmentInputSchema = z.object({
  name: requiredText(200),
  shortName: optionalText(30),
  parentId: optionalUuid("unknownDepartment"),
});

export const departmentUpdateSchema = z.intersection(
  departmentInputSchema,
  z.object({ version: versionField }),
);

export type DepartmentInput = z.infer<typeof departmentInputSchema>;
