import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { buttonClass } from "@/components/ui/button";
import { DateFilter, SelectFilter } from "@/components/data-table/filter-bar";
import { SearchField } from "@/components/filters/search-field";
import { PhoneDisclosure } from "@/components/ui/phone-disclosure";
import { PANEL_PERIODS } from "@/lib/panel/params";
import type { PanelView } from "@/lib/panel/scope";

/**
 * The panel's scope as a GET form (the URL is the state, so a view can be bookmarked; the
 * period works before JavaScript loads): department — only for those who may switch, a
 * searched field (two hundred departments: only the chosen one is rendered; none is the whole
 * city) — and period. On a phone it waits behind a button (the line under it says the scope in
 * force), so that the first screen shows the figures.
 */
export async function PanelFilters({ view }: { view: PanelView }) {
  const t = await getTranslations("panel.filters");
  return (
    <PhoneDisclosure id="panel-scope" label={t("label")}>
      <Form
        // Remounted when the view changes, so the fields show the scope in force after a
        // client-side navigation.
        key={JSON.stringify([view.departmentId, view.period])}
        action="/"
        aria-label={t("label")}
        className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="grid grid-cols-1 items-end gap-4 sm:grid-cols-2 lg:grid-cols-[1.6fr_1.2fr_1fr_1fr_auto]">
          {view.canChoose ? (
            <SearchField
              id="panel-department"
              name="department"
              label={t("department")}
              source="reparticiones"
              initial={
                view.department ? { id: view.department.id, label: view.department.name, detail: null } : null
              }
              placeholder={t("allDepartments")}
            />
          ) : (
            <div className="flex flex-col gap-1">
              <span className="text-sm font-semibold">{t("ownDepartment")}</span>
              <p className="min-h-10 py-2 text-sm font-semibold text-ink">{view.department?.name}</p>
              <p className="text-xs text-muted">{t("ownDepartmentHint")}</p>
            </div>
          )}
          <SelectFilter
            name="period"
            id="panel-period"
            label={t("period")}
            value={view.period.kind}
            options={PANEL_PERIODS.map((p) => ({ value: p, label: t(`periods.${p}`) }))}
          />
          <DateFilter
            name="from"
            id="panel-from"
            label={t("from")}
            value={view.period.from}
            describedBy="panel-custom-hint"
          />
          <DateFilter
            name="to"
            id="panel-to"
            label={t("to")}
            value={view.period.to}
            describedBy="panel-custom-hint"
          />
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
        </div>
        <p id="panel-custom-hint" className="mt-2 text-xs text-muted">
          {t("customHint")}
        </p>
      </Form>
    </PhoneDisclosure>
  );
}
