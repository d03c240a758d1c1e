import { SEAT_KINDS } from "@/db/schema/values";
import { defineList, param } from "../list-params";
import { hrefWith } from "../url";

/**
 * The state today of a seat's current term (lib/seats/current-term.ts): "active" = held today
 * (the default view), "upcoming" = its next term has not started, "vacant" = no term at all;
 * "all" shows every seat.
 */
export const SEAT_STATUS_FILTERS = ["active", "upcoming", "ended", "candidate", "vacant", "all"] as const;
/** "Ending within N days" windows offered by the filter. */
export const ENDING_WINDOWS = [30, 60, 90, 180] as const;

/**
 * /cargos state as it lives in the URL (?q=&kind=&network=&department=&status=&ending=&archived=
 * &sort=&dir=&page=&size=). department = the current term's holder's department; sort "end" is
 * the active term's end date (soonest first). Bad values never fail the page: they fall back
 * to defaults.
 */
export const seatList = defineList({
  filters: {
    q: param.text(),
    kind: param.oneOf(SEAT_KINDS),
    network: param.id(),
    department: param.id(),
    // Unset is the default view, "active"; URLs leave it out.
    status: param.oneOf(SEAT_STATUS_FILTERS).transform((v) => v ?? "active"),
    ending: param
      .oneOf(["30", "60", "90", "180"])
      .transform((v) => (v === undefined ? undefined : (Number(v) as (typeof ENDING_WINDOWS)[number]))),
    archived: param.flag(),
  },
  sorts: ["end", "title", "network", "holder"],
});

export type SeatListParams = ReturnType<typeof seatList.parse>;
/** The list's default state, the default status included; URLs leave these values out. */
export const SEAT_LIST_DEFAULTS = { ...seatList.defaults, status: "active" } as const;
export const parseSeatListParams = seatList.parse;

/** A link to /cargos with some parameters changed (defaults, the default status too, left out). */
export const seatListHref = (
  params: Partial<SeatListParams>,
  changes: Partial<Record<keyof SeatListParams, unknown>> = {},
) => hrefWith("/cargos", params, changes, SEAT_LIST_DEFAULTS);

/** True when a filter narrows the list (the default status does not). */
export const seatListFiltered = ({ status, ...others }: SeatListParams) =>
  status !== "active" || seatList.isFiltered(others as SeatListParams);
