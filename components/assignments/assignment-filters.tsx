import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { ASSIGNMENT_ROLES } from "@/db/schema/values";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { SearchField } from "@/components/filters/search-field";
import type { SearchChoice } from "@/lib/search/choices";
import {
  ASSIGNMENT_LIST_DEFAULTS,
  ASSIGNMENT_STATUS_FILTERS,
  type AssignmentListParams,
} from "@/lib/assignments/list-params";
import type { AssignmentFilterOptions } from "@/lib/assignments/queries";

const STATUS_LABELS = {
  current: "statusCurrent",
  active: "statusActive",
  paused: "statusPaused",
  ended: "statusEnded",
  all: "statusAll",
} as const;

/**
 * The filters of /asignaciones as a GET form: the URL is the state (bookmarkable). The network
 * and the department are searched fields (hundreds of each: only the chosen one is rendered);
 * the body list holds the chosen network's bodies.
 */
export async function AssignmentFilters({
  params,
  options,
  network,
  department,
}: {
  params: AssignmentListParams;
  options: AssignmentFilterOptions;
  network: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const t = await getTranslations("assignments.list");
  const tEnum = await getTranslations("enums");
  const tCommon = await getTranslations("common.actions");
  const byNetwork = new Map<string, { network: string; bodies: { id: string; name: string }[] }>();
  for (const b of options.bodies) {
    const group = byNetwork.get(b.networkId) ?? { network: b.network, bodies: [] };
    group.bodies.push({ id: b.id, name: b.name });
    byNetwork.set(b.networkId, group);
  }
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <Form
      // Remounted when the URL changes, so the fields show the filters in force after a
      // client-side navigation ("Limpiar filtros", a sort link).
      key={JSON.stringify(params)}
      action="/asignaciones"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {field(
          "filter-q",
          t("searchLabel"),
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder={t("searchPlaceholder")}
            className={inputClass}
          />,
        )}
        <SearchField
          id="filter-network"
          name="network"
          label={t("filterNetwork")}
          source="redes"
          initial={network}
          placeholder={t("allNetworks")}
        />
        {field(
          "filter-body",
          t("filterBody"),
          <>
            <select
              id="filter-body"
              name="body"
              defaultValue={params.body ?? ""}
              // Only the chosen network's bodies: the city has thousands.
              disabled={!options.bodies.length}
              aria-describedby={options.bodies.length ? undefined : "filter-body-hint"}
              className={inputClass}
            >
              <option value="">{t("allBodies")}</option>
              {[...byNetwork.entries()].map(([networkId, group]) => (
                <optgroup key={networkId} label={group.network}>
                  {group.bodies.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {options.bodies.length ? null : (
              <p id="filter-body-hint" className="text-xs text-muted">
                {t("bodyNeedsNetwork")}
              </p>
            )}
          </>,
        )}
        {field(
          "filter-area",
          t("filterArea"),
          <select id="filter-area" name="area" defaultValue={params.area ?? ""} className={inputClass}>
            <option value="">{t("allAreas")}</option>
            {options.thematicAreas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>,
        )}
        <SearchField
          id="filter-department"
          name="department"
          label={t("filterDepartment")}
          source="reparticiones"
          initial={department}
          placeholder={t("allDepartments")}
        />
        {field(
          "filter-role",
          t("filterRole"),
          <select id="filter-role" name="role" defaultValue={params.role ?? ""} className={inputClass}>
            <option value="">{t("allRoles")}</option>
            {ASSIGNMENT_ROLES.map((r) => (
              <option key={r} value={r}>
                {tEnum(`assignmentRole.${r}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "filter-status",
          t("filterStatus"),
          <select id="filter-status" name="status" defaultValue={params.status} className={inputClass}>
            {ASSIGNMENT_STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABELS[s])}
              </option>
            ))}
          </select>,
        )}
        <div className="flex items-end pb-2">
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" name="stale" value="1" defaultChecked={params.stale} className="h-4 w-4" />
            {t("filterStale")}
          </label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-end gap-2">
        {params.sort !== ASSIGNMENT_LIST_DEFAULTS.sort ? (
          <input type="hidden" name="sort" value={params.sort} />
        ) : null}
        {params.dir !== ASSIGNMENT_LIST_DEFAULTS.dir ? (
          <input type="hidden" name="dir" value={params.dir} />
        ) : null}
        {params.size !== ASSIGNMENT_LIST_DEFAULTS.size ? (
          <input type="hidden" name="size" value={params.size} />
        ) : null}
        <a href="/asignaciones" className={buttonClass("ghost")}>
          {tCommon("clearFilters")}
        </a>
        <button type="submit" className={buttonClass("primary")}>
          {tCommon("apply")}
        </button>
      </div>
    </Form>
  );
}
