import { z } from "zod";
import { NETWORK_KINDS } from "@/db/schema/values";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * /cobertura state as it lives in the URL (?kind=&department=&red=): the networks' kind, the
 * assigned people's department, and a network whose bodies become the columns. Bad values
 * never fail the page: they are dropped.
 */
export const coverageParamsSchema = z.object({
  kind: z.preprocess(first, z.enum(NETWORK_KINDS).optional().catch(undefined)),
  department: z.preprocess(first, z.uuid().optional().catch(undefined)),
  red: z.preprocess(first, z.uuid().optional().catch(undefined)),
});

export type CoverageParams = z.infer<typeof coverageParamsSchema>;

export const parseCoverageParams = (searchParams: Record<string, string | string[] | undefined>) =>
  coverageParamsSchema.parse(searchParams);
