import { requireCtx } from "@/lib/auth/context";
import { CONTENT_TYPES } from "@/lib/export/stream";
import { isExportFormat } from "@/lib/export/types";
import { getTranslations } from "@/lib/i18n/translations";
import { importLabels } from "@/lib/import/labels";
import { problemFile } from "@/lib/import/problem-file";
import { jobForAction } from "../../../_lib/job-access";
import { plainResponse } from "@/app/_lib/plain-response";

// GET /importar/<job>/problemas/<csv|xlsx> — the rows with errors (or skipped), as the file had
// them, with their line and messages: to fix and upload again. Written by the export's writers
// (lib/import/problem-file.ts), formula guard included.
export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; formato: string }> },
) {
  const { id, formato } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("importPages.job.refused");
  if (!isExportFormat(formato)) return plainResponse(404, t("NOT_FOUND"));
  const job = await jobForAction(ctx, id, "import.read");
  if (!job.ok)
    return plainResponse(
      job.code === "FORBIDDEN" ? 403 : 404,
      t(job.code === "FORBIDDEN" ? "FORBIDDEN" : "NOT_FOUND"),
    );
  const labels = await importLabels(job.data.tableName);
  const body = await problemFile(ctx, id, formato, labels);
  if (!body) return plainResponse(404, t("NOT_FOUND"));
  const stem =
    job.data.fileName
      .replace(/\.[^.]*$/, "")
      .replace(/[^\w.-]+/g, "_")
      .slice(0, 80) || "importacion";
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": CONTENT_TYPES[formato],
      "content-disposition": `attachment; filename="${stem}-filas-con-errores.${formato}"`,
      "cache-control": "private, no-store",
    },
  });
}
