import { once } from "node:events";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { cellValue, NUMBER_FORMATS } from "./cells";
import type { ExportColumn, ExportLabels } from "./types";

/**
 * A real spreadsheet written as it goes (ExcelJS's streaming WorkbookWriter): one sheet with a
 * bold header row frozen at the top, column widths, numbers as numbers and dates as dates
 * (dd/mm/yyyy, or dd/mm/yyyy hh:mm for instants in Buenos Aires time). Rows are committed batch
 * by batch, so only the current batch is held; `bytes` yields the file's bytes as they are
 * zipped. Inline strings (no shared-strings table) keep memory flat on large exports.
 */
export interface XlsxWriter<Row> {
  /** Adds a batch of rows and waits until the reader has room for more. */
  write(rows: readonly Row[]): Promise<void>;
  /** Finishes the file (the last bytes follow on `bytes`). */
  finish(): Promise<void>;
  /** Gives up: the byte stream ends with an error. */
  abort(error: unknown): void;
  bytes: AsyncIterable<Uint8Array>;
}

export function xlsxWriter<Row>(
  table: string,
  columns: readonly ExportColumn<Row>[],
  labels: ExportLabels,
): XlsxWriter<Row> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Redes";
  const sheet = workbook.addWorksheet(labels.sheet(table), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(columns.map((c) => labels.header(table, c.key)));
  header.font = { bold: true };
  header.commit();

  return {
    async write(rows) {
      if (output.destroyed) throw new Error("export stream closed");
      for (const row of rows) {
        const added = sheet.addRow(columns.map((c) => cellValue(c, c.value(row), labels)));
        columns.forEach((c, i) => {
          const format = NUMBER_FORMATS[c.type];
          if (format) added.getCell(i + 1).numFmt = format;
        });
        added.commit();
      }
      // Let the zip take the batch in, then wait while the reader is behind.
      await new Promise((resolve) => setImmediate(resolve));
      while (output.writableNeedDrain && !output.destroyed) {
        await Promise.race([once(output, "drain"), once(output, "close")]);
      }
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
    abort(error) {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    },
    bytes: output,
  };
}
