import { titleFrom } from "@/app/_lib/page-title";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { ExportLinks } from "@/components/export/export-links";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import {
  auditLog,
  auditLogFilters,
  auditLogState,
  auditRecordName,
  parseAuditLogParams,
} from "@/lib/history/audit-log";
import type { SearchParams } from "@/lib/url";
import { userChoice } from "@/lib/users/search";

export const generateMetadata = titleFrom(() => getTranslations("history.auditLog"), "title");

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const t = await getTranslations("history.auditLog");
  if (!can(ctx.actor, "audit.read"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const sp = await searchParams;
  // The Spanish parameter names of before (?usuario=&tipo=&accion=…) redirect once.
  const moved = auditLogState.renamedHref("/admin/auditoria", sp);
  if (moved) permanentRedirect(moved);
  const params = parseAuditLogParams(sp);
  const [page, user, recordName, hidden] = await Promise.all([
    auditLog(ctx, params),
    userChoice(ctx, params.user),
    params.type && params.record ? auditRecordName(ctx, params.type, params.record) : null,
    hiddenColumns(ctx, "audit"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={<ExportLinks table="auditoria" list={{ params: auditLogFilters(params) }} />}
      />
      <AuditFilters params={params} user={user} recordName={recordName} />
      <AuditTable rows={page.rows} hidden={hidden} />
      {page.rows.length ? <AuditPager page={page} params={params} /> : null}
    </>
  );
}
