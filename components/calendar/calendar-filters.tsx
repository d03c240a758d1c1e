import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { BODY_KINDS, MEETING_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { SearchField } from "@/components/filters/search-field";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { CALENDAR_DEFAULTS, type CalendarParams } from "@/lib/calendar/list-params";
import type { SearchChoice } from "@/lib/search/choices";
import { hrefWith } from "@/lib/url";

/**
 * The calendar's filters as a GET form: the URL is the state (a filtered month can be
 * bookmarked or shared) and it works before JavaScript loads. The view and the month travel
 * as hidden fields; "Limpiar filtros" keeps them too. The network and the department are
 * searched fields (hundreds of each, once 145 kB of options on every calendar page): only the
 * chosen one of each is rendered, by id.
 */
export async function CalendarFilters({
  params,
  network,
  department,
  areas,
}: {
  params: CalendarParams;
  network: SearchChoice | null;
  department: SearchChoice | null;
  areas: { id: string; name: string }[];
}) {
  const t = await getTranslations("calendar.filters");
  const tEnum = await getTranslations("enums");
  const tCommon = await getTranslations("common.actions");
  const select = `${inputClass} min-w-36`;
  const clearHref = hrefWith("/calendario", { vista: params.vista, mes: params.mes }, {}, CALENDAR_DEFAULTS);
  return (
    <Form
      action="/calendario"
      aria-label={t("label")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SearchField
          id="filter-red"
          name="red"
          label={t("network")}
          source="redes"
          initial={network}
          placeholder={t("allNetworks")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-tipo-red" className="text-sm font-semibold">
            {t("networkKind")}
          </label>
          <select id="filter-tipo-red" name="tipoRed" defaultValue={params.tipoRed ?? ""} className={select}>
            <option value="">{t("allKinds")}</option>
            {NETWORK_KINDS.map((k) => (
              <option key={k} value={k}>
                {tEnum(`networkKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-tipo-organo" className="text-sm font-semibold">
            {t("bodyKind")}
          </label>
          <select
            id="filter-tipo-organo"
            name="tipoOrgano"
            defaultValue={params.tipoOrgano ?? ""}
            className={select}
          >
            <option value="">{t("allKinds")}</option>
            {BODY_KINDS.map((k) => (
              <option key={k} value={k}>
                {tEnum(`bodyKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-area" className="text-sm font-semibold">
            {t("area")}
          </label>
          <select id="filter-area" name="area" defaultValue={params.area ?? ""} className={select}>
            <option value="">{t("allAreas")}</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-estado" className="text-sm font-semibold">
            {t("status")}
          </label>
          <select id="filter-estado" name="estado" defaultValue={params.estado ?? ""} className={select}>
            <option value="">{t("allStatuses")}</option>
            {MEETING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tEnum(`meetingStatus.${s}`)}
              </option>
            ))}
            <option value="scheduled">{t("scheduled")}</option>
            <option value="not_cancelled">{t("notCancelled")}</option>
          </select>
        </div>
      </div>
      <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-desde" className="text-sm font-semibold">
            {t("from")}
          </label>
          <input
            id="filter-desde"
            type="date"
            name="desde"
            defaultValue={params.desde ?? ""}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-hasta" className="text-sm font-semibold">
            {t("to")}
          </label>
          <input
            id="filter-hasta"
            type="date"
            name="hasta"
            defaultValue={params.hasta ?? ""}
            className={inputClass}
          />
        </div>
        <div className="lg:col-span-2">
          <SearchField
            id="filter-reparticion"
            name="reparticion"
            label={t("department")}
            source="reparticiones"
            initial={department}
            placeholder={t("allDepartments")}
          />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-start gap-2 text-sm">
          <input
            id="filter-mias"
            type="checkbox"
            name="mias"
            value="1"
            defaultChecked={params.mias}
            aria-describedby="filter-mias-hint"
            className="mt-0.5 h-4 w-4"
          />
          <span>
            <label htmlFor="filter-mias" className="font-semibold">
              {t("mine")}
            </label>{" "}
            <span id="filter-mias-hint" className="text-muted">
              {t("mineHint")}
            </span>
          </span>
        </div>
        <div className="flex gap-2">
          {params.vista !== CALENDAR_DEFAULTS.vista ? (
            <input type="hidden" name="vista" value={params.vista} />
          ) : null}
          {params.mes ? <input type="hidden" name="mes" value={params.mes} /> : null}
          <a href={clearHref} className={buttonClass("ghost")}>
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
