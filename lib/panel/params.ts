import { z } from "zod";
import { isRealDate } from "../validation/fields";

/** The panel's periods: this quarter, this year (Buenos Aires' calendar), or days chosen. */
export const PANEL_PERIODS = ["trimestre", "anio", "personalizado"] as const;
export type PanelPeriodKind = (typeof PANEL_PERIODS)[number];

/** ?area=todas asks for the whole city (the default of everyone but a head). */
export const ALL_DEPARTMENTS = "todas";

/** The panel's default state; URLs leave these values out. */
export const PANEL_DEFAULTS = { periodo: "trimestre" } as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const day = z.preprocess(
  (v) => {
    const value = first(v);
    return value === "" ? undefined : value;
  },
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isRealDate)
    .refine((d) => d >= "1900-01-01" && d <= "2200-12-31")
    .optional()
    .catch(undefined),
);

/**
 * The panel's state as it lives in the URL (?area=<department id>|todas&periodo=&desde=&hasta=).
 * Bad values never fail the page: they fall back to defaults. Whether the actor may see the
 * department asked for is decided in lib/panel/scope.ts, not here.
 */
export const panelParamsSchema = z.object({
  area: z.preprocess(
    first,
    z
      .union([z.literal(ALL_DEPARTMENTS), z.uuid()])
      .optional()
      .catch(undefined),
  ),
  periodo: z
    .preprocess(first, z.enum(PANEL_PERIODS).optional().catch(undefined))
    .transform((v) => v ?? PANEL_DEFAULTS.periodo),
  desde: day,
  hasta: day,
});

export type PanelParams = z.infer<typeof panelParamsSchema>;

export function parsePanelParams(searchParams: Record<string, string | string[] | undefined>): PanelParams {
  return panelParamsSchema.parse(searchParams);
}
