import {
  CheckFilter,
  DepartmentFilter,
  FilterBar,
  NetworkFilter,
  SearchFilter,
  SelectFilter,
} from "@/components/data-table/filter-bar";
import { SEAT_KINDS } from "@/db/schema/values";
import { getTranslations } from "@/lib/i18n/translations";
import type { SearchChoice } from "@/lib/search/choices";
import { ENDING_WINDOWS, SEAT_LIST_DEFAULTS, type SeatListParams } from "@/lib/seats/list-params";

const STATUS_LABELS = {
  ended: "statusEnded",
  candidate: "statusCandidate",
  vacant: "statusVacant",
  all: "statusAll",
} as const;

/**
 * The filters of /cargos: a view ("what ends in the next 30 days") can be bookmarked or
 * shared. The network and the holder's department are searched fields (hundreds of each):
 * only the chosen one of each is rendered, by id. The status's first choice is the default
 * view, the seats someone holds now.
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
  return (
    <FilterBar
      action="/cargos"
      label={t("filtersLabel")}
      list={{ params, defaults: SEAT_LIST_DEFAULTS }}
      columns="lg:grid-cols-[1.5fr_1.3fr_1.3fr_1fr_1fr_1fr]"
      options={<CheckFilter name="archived" label={t("showArchived")} checked={params.archived} />}
    >
      <SearchFilter label={t("searchLabel")} value={params.q} placeholder={t("searchPlaceholder")} />
      <NetworkFilter label={t("filterNetwork")} initial={network} placeholder={t("allNetworks")} />
      <DepartmentFilter
        label={t("filterDepartment")}
        initial={department}
        placeholder={t("allDepartments")}
      />
      <SelectFilter
        name="kind"
        label={t("filterKind")}
        value={params.kind}
        allLabel={t("allKinds")}
        options={SEAT_KINDS.map((k) => ({ value: k, label: tEnum(`seatKind.${k}`) }))}
      />
      <SelectFilter
        name="status"
        label={t("filterStatus")}
        value={params.status === "active" ? undefined : params.status}
        allLabel={t("statusActive")}
        options={Object.entries(STATUS_LABELS).map(([value, key]) => ({ value, label: t(key) }))}
      />
      <SelectFilter
        name="ending"
        label={t("filterEnding")}
        value={params.ending?.toString()}
        allLabel={t("endingAny")}
        options={ENDING_WINDOWS.map((days) => ({ value: String(days), label: t("endingWithin", { days }) }))}
      />
    </FilterBar>
  );
}
