import "server-only";
import type { Ctx } from "@/lib/context";
import { authorizeImports } from "@/lib/import/access";
import { getImportJob, type ImportJobView } from "@/lib/import/queries";
import { fail, ResultError, type Result } from "@/lib/result";
import { isUuid } from "@/lib/validation/fields";

/**
 * The job an action is about, authorized and read before anything is started for it after the
 * response: a refusal must come back to the user now, not as a job that never moves.
 */
export async function jobForAction(
  ctx: Ctx | null,
  jobId: string,
  action: "import.read" | "import.run" | "import.undo",
): Promise<Result<ImportJobView>> {
  if (!ctx) return fail("UNAUTHENTICATED");
  try {
    // The action's own permission first (one audited refusal naming it), whatever was sent.
    authorizeImports(ctx.actor, action);
    if (!isUuid(jobId)) return fail("NOT_FOUND");
    const job = await getImportJob(ctx, jobId);
    return job ? { ok: true, data: job } : fail("NOT_FOUND");
  } catch (error) {
    if (error instanceof ResultError) return error.failure;
    throw error;
  }
}
