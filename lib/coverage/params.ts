import { z } from "zod";
import { NETWORK_KINDS } from "@/db/schema/values";
import { param, renamedHref } from "../list-params";
import type { SearchParams } from "../url";

/**
 * /cobertura state as it lives in the URL (?kind=&department=&network=&page=): the networks'
 * kind, the assigned people's department, and a network whose bodies become the columns. Bad
 * values never fail the page: they are dropped. A matrix, not a list: no sort and no page size.
 */
export const coverageParamsSchema = z.object({
  kind: param.oneOf(NETWORK_KINDS),
  department: param.id(),
  network: param.id(),
  /** The page of network columns in the all-networks view (the CSV always has every one). */
  page: param
    .text(6)
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(z.number().int().min(1).max(10_000).optional().catch(undefined)),
});

/** Networks per page of the all-networks matrix: a screenful of columns, not 300. */
export const COVERAGE_COLUMNS_PER_PAGE = 20;

export type CoverageParams = z.infer<typeof coverageParamsSchema>;

export const parseCoverageParams = (searchParams: SearchParams) => coverageParamsSchema.parse(searchParams);

/** The names /cobertura used before (?red=), redirected once to the current ones. */
export const coverageRenamedHref = (pathname: string, searchParams: SearchParams) =>
  renamedHref(pathname, searchParams, { red: "network" });
