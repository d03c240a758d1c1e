import { getTranslations } from "@/lib/i18n/translations";
import type { AssignmentRole } from "@/db/schema/values";
import { requireCtx } from "@/lib/auth/context";
import { coverageCsv } from "@/lib/coverage/csv";
import { exportCoverage } from "@/lib/coverage/export";
import { coverageRenamedHref, parseCoverageParams } from "@/lib/coverage/params";
import { todayInBuenosAires } from "@/lib/dates";
import { ResultError } from "@/lib/result";
import { plainResponse } from "@/app/_lib/plain-response";

// GET /cobertura/csv?kind=&department=&network= — the coverage matrix as a CSV file for a
// signed-in user (policy assignment.read, checked in lib/), with the same filters as the page.
// The file is UTF-8 with a byte-order mark and ";" between fields so that Excel set up for
// Spanish opens it in columns with its accents (see lib/coverage/csv.ts). Each download is
// recorded in the audit log.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  const url = new URL(request.url);
  const moved = coverageRenamedHref("/cobertura/csv", Object.fromEntries(url.searchParams));
  if (moved) return Response.redirect(new URL(moved, url), 308);
  const params = parseCoverageParams(Object.fromEntries(url.searchParams));
  let result;
  try {
    result = await exportCoverage(ctx, params);
  } catch (error) {
    if (error instanceof ResultError) return plainResponse(403, "Forbidden");
    throw error;
  }
  if (!result.ok) return plainResponse(result.code === "FORBIDDEN" ? 403 : 500, result.code);
  const t = await getTranslations("coverage");
  const tRole = await getTranslations("enums.assignmentRole");
  const body = coverageCsv(result.data, {
    area: t("areaHeader"),
    noArea: t("noArea"),
    gap: t("gap"),
    none: t("none"),
    role: (role: AssignmentRole) => tRole(role),
    assignee: (values) => t("csv.assignee", values),
    assigneeNoDepartment: (values) => t("csv.assigneeNoDepartment", values),
  });
  const suffix = result.data.network
    ? `-${slug(result.data.network.acronym ?? result.data.network.name)}`
    : "";
  const fileName = `${t("csv.fileName")}${suffix}-${todayInBuenosAires()}.csv`;
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}

/** A file-name-safe ASCII slug ("Mercociudades" → "mercociudades"). */
function slug(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "red"
  );
}
