import "server-only";
import type { SheetSource } from "@/lib/import/jobs";
import { readSpreadsheet, type ReadOptions } from "@/lib/import/read";

/**
 * The engine reads a job's file through a `SheetSource`; this one is the spreadsheet reader with
 * the sheet the user chose. A file the reader refuses here was accepted at upload, so the
 * refusal can only mean a damaged copy: it throws, and the engine marks the job failed.
 * `seen` receives the workbook's sheet names (the page's sheet choice).
 */
export function sheetSource(options: ReadOptions = {}, seen?: (sheets: string[]) => void): SheetSource {
  return async ({ bytes, fileName }) => {
    const read = await readSpreadsheet(bytes, fileName, options);
    if (!read.ok) throw new Error(`unreadable import file: ${read.code}`);
    seen?.(read.sheets);
    return read.sheet;
  };
}
