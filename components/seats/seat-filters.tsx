import {
  CheckFilter,
  DepartmentFilter,
  FilterBar,
  NetworkFilter,
  SearchFilter,
  SelectFilter,
} from "@/components/data-table/filter-bar";
import { SEAT_KINDS } from "@/db/schema/values";
import type { ListView } from "@/components/data-table/list-table";
import { valueOptions } from "@/components/forms/options";
import { getTranslations } from "@/lib/i18n/translations";
import type { SearchChoice } from "@/lib/search/choices";
import { ENDING_WINDOWS, type SeatListParams } from "@/lib/seats/list-params";

const STATUS_LABELS = {
  upcoming: "statusUpcoming",
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
  list,
  network,
  department,
}: {
  list: ListView<SeatListParams>;
  network: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const { params } = list;
  const t = await getTranslations("seats.list");
  const kinds = valueOptions(SEAT_KINDS, await getTranslations("enums.seatKind"));
  const statuses = Object.entries(STATUS_LABELS).map(([value, key]) => ({ value, label: t(key) }));
  const endings = ENDING_WINDOWS.map((days) => ({ value: String(days), label: t("endingWithin", { days }) }));
  return (
    <FilterBar
      label={t("filtersLabel")}
      list={list}
      columns="lg:grid-cols-[1.5fr_1.3fr_1.3fr_1fr_1fr_1fr]"
      options={<CheckFilter name="archived" label={t("showArchived")} checked={params.archived} />}
    >
      <SearchFilter words={t} value={params.q} />
      <NetworkFilter words={t} initial={network} />
      <DepartmentFilter words={t} initial={department} />
      <SelectFilter
        name="kind"
        label={t("filterKind")}
        value={params.kind}
        allLabel={t("allKinds")}
        options={kinds}
      />
      <SelectFilter
        name="status"
        label={t("filterStatus")}
        value={params.status === "active" ? undefined : params.status}
        allLabel={t("statusActive")}
        options={statuses}
      />
      <SelectFilter
        name="ending"
        label={t("filterEnding")}
        value={params.ending?.toString()}
        allLabel={t("endingAny")}
        options={endings}
      />
    </FilterBar>
  );
}
