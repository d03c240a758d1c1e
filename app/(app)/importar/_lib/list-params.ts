import { z } from "zod";
import { TEXT_ENCODINGS } from "@/lib/import/read/types";
import { SEPARATOR_NAMES } from "@/lib/import/reading-choices";
import { defineList, param } from "@/lib/list-params";

/**
 * A job page's URL state: the preview's page and its "solo filas con errores" switch, and the
 * column-matching step's reading choices before validation (the sheet, a CSV's encoding and
 * separator, the header line): the file is read with them to show its headers. Validation
 * stores them on the job, which is what the page shows when they are not in the URL.
 */
export const importJobList = defineList({
  filters: {
    onlyErrors: param.flag(),
    sheet: param.text(255),
    encoding: param.oneOf(TEXT_ENCODINGS),
    separator: param.oneOf(SEPARATOR_NAMES),
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
