import { getTranslations } from "@/lib/i18n/translations";
import { requireCtx } from "@/lib/auth/context";
import { exportLabels } from "@/lib/export/labels";
import { CONTENT_TYPES, exportStream, prepareExport } from "@/lib/export/stream";
import { isExportFormat } from "@/lib/export/types";
import { plainResponse } from "@/app/_lib/plain-response";

// GET /exportar/<tabla>/<csv|xlsx>?<the list's own URL parameters> — the list's current
// filtered view as a file, streamed as it is read. The list's read policy is checked before
// the first byte (lib/export); anonymous visitors go to the login page.
export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ tabla: string; formato: string }> },
) {
  const { tabla, formato } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("export");
  if (!isExportFormat(formato)) return plainResponse(404, t("errors.notFound"));
  const url = new URL(request.url);
  const searchParams: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    searchParams[key] = values.length === 1 ? values[0]! : values;
  }
  const prepared = await prepareExport(ctx, tabla, formato, searchParams);
  if (!prepared.ok) {
    if (prepared.code === "NOT_FOUND") return plainResponse(404, t("errors.notFound"));
    return plainResponse(403, t("errors.forbidden"));
  }
  const stream = exportStream(ctx, prepared.data, await exportLabels());
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": CONTENT_TYPES[formato],
      "content-disposition": `attachment; filename="${prepared.data.fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
