import { eq } from "drizzle-orm";
import { departments } from "@/db/schema";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import type { Result } from "../result";
import { runWrite } from "../write";
import type { CoverageParams } from "./params";
import { coverageMatrix, type CoverageMatrix } from "./queries";

/**
 * The matrix for a download, with the export recorded in the audit log (who exported what,
 * with which filters). The policy is checked by coverageMatrix (assignment.read).
 */
export async function exportCoverage(ctx: Ctx, params: CoverageParams): Promise<Result<CoverageMatrix>> {
  const matrix = await coverageMatrix(ctx, params);
  return runWrite(ctx, async (tx) => {
    const [department] = params.department
      ? await tx
          .select({ name: departments.name })
          .from(departments)
          .where(eq(departments.id, params.department))
          .limit(1)
      : [];
    await recordAudit(tx, ctx.actor, {
      action: "coverage.export",
      metadata: {
        format: "csv",
        ...(matrix.network ? { network: matrix.network.name } : {}),
        ...(params.kind ? { kind: params.kind } : {}),
        ...(department ? { department: department.name } : {}),
        rows: matrix.rows.length,
        columns: matrix.columns.length,
      },
    });
    return matrix;
  });
}
