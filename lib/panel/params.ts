import { z } from "zod";
import { defineUrlState, param } from "../list-params";
import type { SearchParams } from "../url";

/** The panel's periods: this quarter, this year (Buenos Aires' calendar), or days chosen. */
export const PANEL_PERIODS = ["trimestre", "anio", "personalizado"] as const;
export type PanelPeriodKind = (typeof PANEL_PERIODS)[number];

/** ?department=todas asks for the whole city (the default of everyone but a head). */
export const ALL_DEPARTMENTS = "todas";

/**
 * The panel's state as it lives in the URL (?department=<department id>|todas&period=&from=&to=).
 * Bad values never fail the page: they fall back to defaults. Whether the actor may see the
 * department asked for is decided in lib/panel/scope.ts, not here. The Spanish names of before
 * (?area=&periodo=&desde=&hasta=) are redirected once.
 */
export const panelState = defineUrlState({
  filters: {
    department: param.of(z.union([z.literal(ALL_DEPARTMENTS), z.uuid()])),
    period: param.choice(PANEL_PERIODS, "trimestre"),
    from: param.day(),
    to: param.day(),
  },
  renamed: { area: "department", periodo: "period", desde: "from", hasta: "to" },
});

export type PanelParams = ReturnType<typeof panelState.parse>;

export function parsePanelParams(searchParams: SearchParams): PanelParams {
  return panelState.parse(searchParams);
}
