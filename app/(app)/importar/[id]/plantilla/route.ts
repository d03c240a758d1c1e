import { requireCtx } from "@/lib/auth/context";
import { denied } from "@/lib/auth/authorize";
import { getTranslations } from "@/lib/i18n/translations";
import { importDefinition } from "@/lib/import/registry";
import { templateWorkbook } from "../../_lib/template";

// GET /importar/<tabla>/plantilla — the import template of a table (XLSX). The segment is the
// job pages' [id] (Next.js allows one name per dynamic segment); here it names the table.
export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
  });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: table } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("importPages.job.refused");
  // The template holds no data; the check (audited when refused) keeps it to those who import.
  if (denied(ctx.actor, "import.run", { departmentId: ctx.actor.departmentId }))
    return plain(403, t("FORBIDDEN"));
  const definition = importDefinition(table);
  if (!definition) return plain(404, t("NOT_FOUND"));
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
