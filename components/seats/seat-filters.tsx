import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { SEAT_KINDS } from "@/db/schema/values";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { SearchField } from "@/components/filters/search-field";
import type { SearchChoice } from "@/lib/search/choices";
import { ENDING_WINDOWS, SEAT_LIST_DEFAULTS, type SeatListParams } from "@/lib/seats/list-params";

const STATUS_LABELS = {
  active: "statusActive",
  ended: "statusEnded",
  candidate: "statusCandidate",
  vacant: "statusVacant",
  all: "statusAll",
} as const;

/**
 * The filters of /cargos as a GET form: the URL is the state, so a view ("what ends in the
 * next 30 days") can be bookmarked or shared, and it works before JavaScript loads. The
 * network and the holder's department are searched fields (hundreds of each): only the chosen
 * one of each is rendered, by id.
 */
export async function SeatFilters({
  params,
  network,
  department,
}: {
  params: SeatListParams;
  network: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const t = await getTranslations("seats.list");
  const tEnum = await getTranslations("enums");
  const tCommon = await getTranslations("common.actions");
  const select = `${inputClass} min-w-36`;
  return (
    <Form
      // Remounted when the URL changes, so the fields show the filters in force after a
      // client-side navigation.
      key={JSON.stringify(params)}
      action="/cargos"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[1.5fr_1.3fr_1.3fr_1fr_1fr_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            {t("searchLabel")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder={t("searchPlaceholder")}
            className={inputClass}
          />
        </div>
        <SearchField
          id="filter-network"
          name="network"
          label={t("filterNetwork")}
          source="redes"
          initial={network}
          placeholder={t("allNetworks")}
        />
        <SearchField
          id="filter-department"
          name="department"
          label={t("filterDepartment")}
          source="reparticiones"
          initial={department}
          placeholder={t("allDepartments")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-kind" className="text-sm font-semibold">
            {t("filterKind")}
          </label>
          <select id="filter-kind" name="kind" defaultValue={params.kind ?? ""} className={select}>
            <option value="">{t("allKinds")}</option>
            {SEAT_KINDS.map((k) => (
              <option key={k} value={k}>
                {tEnum(`seatKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="text-sm font-semibold">
            {t("filterStatus")}
          </label>
          <select id="filter-status" name="status" defaultValue={params.status} className={select}>
            {Object.entries(STATUS_LABELS).map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-ending" className="text-sm font-semibold">
            {t("filterEnding")}
          </label>
          <select
            id="filter-ending"
            name="ending"
            defaultValue={params.ending?.toString() ?? ""}
            className={select}
          >
            <option value="">{t("endingAny")}</option>
            {ENDING_WINDOWS.map((days) => (
              <option key={days} value={days}>
                {t("endingWithin", { days })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="archived"
            value="1"
            defaultChecked={params.archived}
            className="h-4 w-4"
          />
          {t("showArchived")}
        </label>
        <div className="flex gap-2">
          {params.sort !== SEAT_LIST_DEFAULTS.sort ? (
            <input type="hidden" name="sort" value={params.sort} />
          ) : null}
          {params.dir !== SEAT_LIST_DEFAULTS.dir ? (
            <input type="hidden" name="dir" value={params.dir} />
          ) : null}
          {params.size !== SEAT_LIST_DEFAULTS.size ? (
            <input type="hidden" name="size" value={params.size} />
          ) : null}
          <a href="/cargos" className={buttonClass("ghost")}>
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
