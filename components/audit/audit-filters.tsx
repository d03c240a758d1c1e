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
  if (params.action && !actions.includes(params.action)) actions.push(params.action);
  const recordFilter =
    params.type && params.record ? (
      <>
        <input type="hidden" name="record" value={params.record} />
        <p className="mb-3 flex flex-wrap items-center gap-x-3 text-sm" role="status">
          <span>
            {t("recordFilter", {
              record: `${d.entityTypeLabel(params.type)} «${recordName ?? params.record}»`,
            })}
          </span>
          <a
            href={hrefWith(
              "/admin/auditoria",
              { ...params, before: undefined, after: undefined },
              { record: undefined },
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
      label={t("filtersLabel")}
      list={{ pathname: "/admin/auditoria", params, defaults: {} }}
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
        name="user"
        label={t("user")}
        source="usuarios"
        initial={user}
        placeholder={t("anyUser")}
      />
      <SelectFilter
        name="type"
        id="filter-type"
        label={t("entityType")}
        value={params.type}
        allLabel={t("anyEntityType")}
        options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: d.entityTypeLabel(type) }))}
      />
      <SelectFilter
        name="action"
        id="filter-action"
        label={t("action")}
        value={params.action}
        allLabel={t("anyAction")}
        options={actions.map((action) => ({ value: action, label: d.actionLabel(action) }))}
      />
      <DateFilter
        name="from"
        id="filter-from"
        label={t("from")}
        value={params.from}
        describedBy="filter-dates-hint"
      />
      <DateFilter
        name="to"
        id="filter-to"
        label={t("to")}
        value={params.to}
        describedBy="filter-dates-hint"
      />
    </FilterBar>
  );
}
