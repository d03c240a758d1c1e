import { z } from "zod";
import { defineList, param } from "@/lib/list-params";

/**
 * A job page's URL state: the preview's page and its "solo filas con errores" switch, and the
 * column-matching step's choices before validation (the sheet, the header line).
 */
export const importJobList = defineList({
  filters: {
    onlyErrors: param.flag(),
    sheet: param.text(255),
    header: param.of(z.coerce.number().int().min(1).max(1000)),
  },
  sorts: ["line"],
  pageSizes: [50, 100],
  defaultSize: 50,
});

/** /importar/historial: newest first, a page at a time (the engine's history reads in that order). */
export const importHistoryList = defineList({
  filters: {},
  sorts: ["when"],
  defaultDir: "desc",
});
