import { DateFilter, FilterBar, SelectFilter } from "@/components/data-table/filter-bar";
import { getTranslations } from "@/lib/i18n/translations";
import { SearchField } from "@/components/filters/search-field";
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
  const d = describer();
  const actions = knownActions();
  if (params.accion && !actions.includes(params.accion)) actions.push(params.accion);
  const recordFilter =
    params.tipo && params.registro ? (
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
    ) : null;
  return (
    <FilterBar
      action="/admin/auditoria"
      label={t("filtersLabel")}
      list={{ params, defaults: {} }}
      keep={[]}
      columns="lg:grid-cols-[1.4fr_1fr_1.4fr_auto_auto]"
      before={recordFilter}
      options={
        <p id="filter-dates-hint" className="text-xs text-muted">
          {t("dateHint")}
        </p>
      }
    >
      <SearchField
        id="filter-user"
        name="usuario"
        label={t("user")}
        source="usuarios"
        initial={user}
        placeholder={t("anyUser")}
      />
      <SelectFilter
        name="tipo"
        id="filter-type"
        label={t("entityType")}
        value={params.tipo}
        allLabel={t("anyEntityType")}
        options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: d.entityTypeLabel(type) }))}
      />
      <SelectFilter
        name="accion"
        id="filter-action"
        label={t("action")}
        value={params.accion}
        allLabel={t("anyAction")}
        options={actions.map((action) => ({ value: action, label: d.actionLabel(action) }))}
      />
      <DateFilter
        name="desde"
        id="filter-from"
        label={t("from")}
        value={params.desde}
        describedBy="filter-dates-hint"
      />
      <DateFilter
        name="hasta"
        id="filter-to"
        label={t("to")}
        value={params.hasta}
        describedBy="filter-dates-hint"
      />
    </FilterBar>
  );
}
