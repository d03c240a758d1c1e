import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { SearchField } from "@/components/filters/search-field";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { AuditLogParams } from "@/lib/history/audit-log";
import { AUDIT_ENTITY_TYPES, describer, knownActions } from "@/lib/history/describe";
import type { SearchChoice } from "@/lib/search/choices";
import { hrefWith } from "@/lib/url";

/**
 * The log's filters as a GET form: the URL is the state, so a filtered view can be shared.
 * Changing a filter starts again from the newest page (the cursor is not carried over).
 * The user is a searched field (thousands of accounts): only the chosen one is rendered.
 */
export async function AuditFilters({
  params,
  user,
  recordName,
}: {
  params: AuditLogParams;
  user: SearchChoice | null;
  recordName: string | null;
}) {
  const t = await getTranslations("history.auditLog");
  const tCommon = await getTranslations("common.actions");
  const d = describer();
  const actions = knownActions();
  if (params.accion && !actions.includes(params.accion)) actions.push(params.accion);
  const label = "text-sm font-semibold";
  return (
    <Form
      action="/admin/auditoria"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {params.tipo && params.registro ? (
        <>
          <input type="hidden" name="registro" value={params.registro} />
          <p className="mb-3 flex flex-wrap items-center gap-x-3 text-sm" role="status">
            <span>
              {t("recordFilter", {
                record: `${d.entityTypeLabel(params.tipo)} «${recordName ?? params.registro}»`,
              })}
            </span>
            <a
              href={hrefWith(
                "/admin/auditoria",
                { ...params, antes: undefined, despues: undefined },
                { registro: undefined },
              )}
              className="font-semibold"
            >
              {t("removeRecordFilter")}
            </a>
          </p>
        </>
      ) : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[1.4fr_1fr_1.4fr_auto_auto]">
        <SearchField
          id="filter-user"
          name="usuario"
          label={t("user")}
          source="usuarios"
          initial={user}
          placeholder={t("anyUser")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-type" className={label}>
            {t("entityType")}
          </label>
          <select id="filter-type" name="tipo" defaultValue={params.tipo ?? ""} className={inputClass}>
            <option value="">{t("anyEntityType")}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {d.entityTypeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-action" className={label}>
            {t("action")}
          </label>
          <select id="filter-action" name="accion" defaultValue={params.accion ?? ""} className={inputClass}>
            <option value="">{t("anyAction")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {d.actionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-from" className={label}>
            {t("from")}
          </label>
          <input
            id="filter-from"
            name="desde"
            type="date"
            defaultValue={params.desde ?? ""}
            aria-describedby="filter-dates-hint"
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-to" className={label}>
            {t("to")}
          </label>
          <input
            id="filter-to"
            name="hasta"
            type="date"
            defaultValue={params.hasta ?? ""}
            aria-describedby="filter-dates-hint"
            className={inputClass}
          />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p id="filter-dates-hint" className="text-xs text-muted">
          {t("dateHint")}
        </p>
        <div className="flex gap-2">
          <a href="/admin/auditoria" className={buttonClass("ghost")}>
            {tCommon("clearFilters")}
          </a>
          <button type="submit" className={buttonClass("primary")}>
            {tCommon("apply")}
          </button>
        </div>
      </div>
    </Form>
  );
}
