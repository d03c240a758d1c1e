import { requireCtx } from "@/lib/auth/context";
import { denied } from "@/lib/auth/authorize";
import { getTranslations } from "@/lib/i18n/translations";
import { importDefinition } from "@/lib/import/registry";
import { templateWorkbook } from "../../_lib/template";
import { plainResponse } from "@/app/_lib/plain-response";

// GET /importar/<tabla>/plantilla — the import template of a table (XLSX). The segment is the
// job pages' [id] (Next.js allows one name per dynamic segment); here it names the table.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: table } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("importPages.job.refused");
  // The template holds no data; the check (audited when refused) keeps it to those who import.
  if (denied(ctx.actor, "import.run", { departmentId: ctx.actor.departmentId }))
    return plainResponse(403, t("FORBIDDEN"));
  const definition = importDefinition(table);
  if (!definition) return plainResponse(404, t("NOT_FOUND"));
  const bytes = await templateWorkbook(definition);
  return new Response(bytes, {
    status: 200,
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="plantilla-${definition.table}.xlsx"`,
      "cache-control": "private, no-store",
    },
  });
}
