import { instantToZoned, pad, parts } from "../dates";
import { DISPLAY_TIME_ZONE } from "../i18n/config";
import type { CellValue, ExportColumn, ExportLabels } from "./types";
import { numberFormat } from "../intl";

/** dd/mm/aaaa: a date as Argentine spreadsheets read it (data for a file, not display). */
export function csvDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/** dd/mm/aaaa HH:mm, 24-hour, in Buenos Aires time or the given zone. */
export function csvDateTime(instant: Date, timeZone: string = DISPLAY_TIME_ZONE): string {
  const { date, time } = instantToZoned(instant, timeZone);
  return `${csvDate(date)} ${time}`;
}

/**
 * One cell as text, for CSV in Argentina: dates dd/mm/aaaa, instants dd/mm/aaaa HH:mm in
 * Buenos Aires time, decimals with a comma (no thousands separator, so spreadsheets read them
 * as numbers), booleans Sí/No, value lists by their label.
 */
export function cellText<Row>(column: ExportColumn<Row>, value: CellValue, labels: ExportLabels): string {
  if (value === null || value === undefined || value === "") return "";
  switch (column.type) {
    case "integer":
      return typeof value === "number" ? String(Math.trunc(value)) : String(value);
    case "decimal":
      return typeof value === "number"
        ? numberFormat("es-AR", { useGrouping: false, maximumFractionDigits: 2 }).format(value)
        : String(value).replace(".", ",");
    case "date":
      return typeof value === "string"
        ? csvDate(value)
        : value instanceof Date
          ? csvDate(value.toISOString())
          : "";
    case "datetime":
      return value instanceof Date ? csvDateTime(value) : String(value);
    case "boolean":
      return value ? labels.yes : labels.no;
    default:
      return column.enumName ? labels.enumValue(column.enumName, String(value)) : String(value);
  }
}

/**
 * One cell as a spreadsheet value: numbers as numbers, dates as dates. A spreadsheet date
 * has no time zone, so an instant is written as the wall-clock time in Buenos Aires (the
 * time the app shows), and a calendar date as that day at 00:00.
 */
export function cellValue<Row>(
  column: ExportColumn<Row>,
  value: CellValue,
  labels: ExportLabels,
): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  switch (column.type) {
    case "integer":
    case "decimal": {
      const number = typeof value === "number" ? value : Number(value);
      return Number.isFinite(number) ? number : String(value);
    }
    case "date": {
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
    case "datetime": {
      if (!(value instanceof Date)) return String(value);
      const { date, time } = instantToZoned(value, DISPLAY_TIME_ZONE);
      const [y, m, d] = date.split("-").map(Number) as [number, number, number];
      const [h, mi] = time.split(":").map(Number) as [number, number];
      return new Date(Date.UTC(y, m - 1, d, h, mi));
    }
    case "boolean":
      return value ? labels.yes : labels.no;
    default:
      return column.enumName ? labels.enumValue(column.enumName, String(value)) : String(value);
  }
}

/** Excel number formats by column type. */
export const NUMBER_FORMATS: Partial<Record<ExportColumn<unknown>["type"], string>> = {
  integer: "0",
  decimal: "#,##0.00",
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm",
};
