import "server-only";
import type { Ctx } from "@/lib/context";
import { getImportJob, type ImportJobView } from "@/lib/import/queries";
import { fail, ResultError, type Result } from "@/lib/result";
import { isUuid } from "@/lib/validation/fields";

/**
 * The job an action is about, read (and authorized) before anything is started for it after the
 * response: a refusal must come back to the user now, not as a job that never moves.
 */
export async function jobForAction(ctx: Ctx | null, jobId: string): Promise<Result<ImportJobView>> {
  if (!ctx) return fail("UNAUTHENTICATED");
  if (!isUuid(jobId)) return fail("NOT_FOUND");
  try {
    const job = await getImportJob(ctx, jobId);
    return job ? { ok: true, data: job } : fail("NOT_FOUND");
  } catch (error) {
    if (error instanceof ResultError) return error.failure;
    throw error;
  }
}
