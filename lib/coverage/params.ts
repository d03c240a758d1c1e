import { z } from "zod";
import { NETWORK_KINDS } from "@/db/schema/values";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * /cobertura state as it lives in the URL (?kind=&department=&red=&page=): the networks' kind, the
 * assigned people's department, and a network whose bodies become the columns. Bad values
 * never fail the page: they are dropped.
 */
export const coverageParamsSchema = z.object({
  kind: z.preprocess(first, z.enum(NETWORK_KINDS).optional().catch(undefined)),
  department: z.preprocess(first, z.uuid().optional().catch(undefined)),
  red: z.preprocess(first, z.uuid().optional().catch(undefined)),
  /** The page of network columns in the all-networks view (the CSV always has every one). */
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).optional().catch(undefined)),
});

/** Networks per page of the all-networks matrix: a screenful of columns, not 300. */
export const COVERAGE_COLUMNS_PER_PAGE = 20;

export type CoverageParams = z.infer<typeof coverageParamsSchema>;

export const parseCoverageParams = (searchParams: Record<string, string | string[] | undefined>) =>
  coverageParamsSchema.parse(searchParams);
