import { getTranslations } from "@/lib/i18n/translations";
import { BODY_KINDS, MEETING_STATUSES } from "@/db/schema/values";
import { valueOptions } from "@/components/forms/options";
import { NetworkKindFilter, ThematicAreaFilter, type Named } from "@/components/filters/common-filters";
import {
  CheckFilter,
  DateFilter,
  DepartmentFilter,
  FilterBar,
  NetworkFilter,
  SelectFilter,
} from "@/components/data-table/filter-bar";
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
  areas: Named[];
}) {
  const t = await getTranslations("calendar.filters");
  const bodyKinds = valueOptions(BODY_KINDS, await getTranslations("enums.bodyKind"));
  const statuses = [
    ...valueOptions(MEETING_STATUSES, await getTranslations("enums.meetingStatus")),
    { value: "scheduled", label: t("scheduled") },
    { value: "not_cancelled", label: t("notCancelled") },
  ];
  return (
    <FilterBar
      label={t("label")}
      list={{ pathname: "/calendario", params, defaults: CALENDAR_DEFAULTS }}
      keep={["view", "month"]}
      clearHref={hrefWith("/calendario", { view: params.view, month: params.month }, {}, CALENDAR_DEFAULTS)}
      columns="lg:grid-cols-5"
      options={<CheckFilter name="mine" label={t("mine")} hint={t("mineHint")} checked={params.mine} />}
    >
      <NetworkFilter words={t} initial={network} />
      <NetworkKindFilter
        name="networkKind"
        label={t("networkKind")}
        value={params.networkKind}
        allLabel={t("allKinds")}
      />
      <SelectFilter
        name="bodyKind"
        label={t("bodyKind")}
        value={params.bodyKind}
        allLabel={t("allKinds")}
        options={bodyKinds}
      />
      <ThematicAreaFilter areas={areas} label={t("area")} value={params.area} allLabel={t("allAreas")} />
      <SelectFilter
        name="status"
        label={t("status")}
        value={params.status}
        allLabel={t("allStatuses")}
        options={statuses}
      />
      <DateFilter name="from" label={t("from")} value={params.from} />
      <DateFilter name="to" label={t("to")} value={params.to} />
      <div className="lg:col-span-2">
        <DepartmentFilter words={t} initial={department} />
      </div>
    </FilterBar>
  );
}
