import type { DateFormat } from "./read/values";
import { cellDate, cellDateTime, cellNumber, cellText } from "./cells";
import type { CellError, MappedRow } from "./definition";
import { nameKey } from "./writes";

/**
 * One row of the file read as a form's values: each method turns a cell into what the form
 * would submit and, when the cell holds something that is not a value of its kind (a date that
 * does not exist, an option not in the list, a network nobody has), records the error on that
 * cell. The import definitions read every field through it, so the same cell problem gets the
 * same message in every table.
 */
export class RowReader {
  readonly errors: CellError[] = [];

  constructor(
    readonly row: MappedRow,
    /** The fields the user matched to a column: the others keep the record's value. */
    readonly mapped: ReadonlySet<string>,
    readonly dateFormat: DateFormat,
  ) {}

  /** Whether the file has a column for the field. */
  has(field: string): boolean {
    return this.mapped.has(field);
  }

  /**
   * A setter of the form's fields: `set(field, formField, value)` writes the value read from the
   * field's column only when the file has that column, so the others keep the record's value.
   */
  into(form: Record<string, unknown>) {
    return (field: string, formField: string, value: () => unknown): void => {
      if (this.has(field)) form[formField] = value();
    };
  }

  error(field: string | null, key: string, values?: Record<string, string | number>): void {
    this.errors.push({ field, key: `import.errors.${key}`, ...(values ? { values } : {}) });
  }

  text(field: string): string | null {
    return cellText(this.row.cells[field]);
  }

  /** yyyy-mm-dd, or "" when empty or not a date (then the cell has its error). */
  date(field: string): string {
    const date = cellDate(this.row.cells[field], this.dateFormat);
    if (date === "ambiguous") this.error(field, "ambiguousDate", { value: this.text(field) ?? "" });
    else if (date === undefined) this.error(field, "invalidDate", { value: this.text(field) ?? "" });
    return typeof date === "string" && date !== "ambiguous" ? date : "";
  }

  /** The date for a match key, without reporting anything (date() reports the cell's problem). */
  peekDate(field: string): string | null {
    const date = cellDate(this.row.cells[field], this.dateFormat);
    return typeof date === "string" && date !== "ambiguous" ? date : null;
  }

  /** A wall-clock date and time, null when empty or not one (then the cell has its error). */
  dateTime(field: string): { date: string; time: string } | null {
    const value = cellDateTime(this.row.cells[field], this.dateFormat);
    const text = this.text(field) ?? "";
    if (value === "ambiguous") this.error(field, "ambiguousDate", { value: text });
    else if (value === undefined) this.error(field, "invalidDateTime", { value: text });
    return value && value !== "ambiguous" ? value : null;
  }

  /** The number as the form's text ("1234.5"), "" when empty or not a number. */
  number(field: string): string {
    const number = cellNumber(this.row.cells[field]);
    if (number === undefined) this.error(field, "invalidNumber", { value: this.text(field) ?? "" });
    return number === null || number === undefined ? "" : String(number);
  }

  /** A value list's code from its Spanish label or the code itself ("Temática" or "thematic"). */
  option(field: string, values: readonly string[], labels: Record<string, string>): string {
    const text = this.text(field);
    if (!text) return "";
    const key = nameKey(text);
    const found = values.find((v) => v === text || nameKey(labels[v] ?? "") === key);
    if (!found) this.error(field, "unknownOption", { value: text });
    return found ?? "";
  }

  /** Yes/no cells: "Sí", "si", "x", "1", TRUE → true; empty, "No", "0", FALSE → false. */
  flag(field: string): boolean {
    const cell = this.row.cells[field];
    if (typeof cell === "boolean") return cell;
    const text = nameKey(this.text(field) ?? "");
    if (["si", "s", "x", "1", "true", "verdadero", "yes"].includes(text)) return true;
    if (["", "no", "n", "0", "false", "falso"].includes(text)) return false;
    this.error(field, "unknownOption", { value: this.text(field) ?? "" });
    return false;
  }

  /**
   * A record named by the cell (a network by acronym or name, a person by e-mail or name…):
   * `resolve` gives every match; none or several is the cell's error, with `what` naming the
   * kind of record in the message keys (unknown<What>, ambiguous<What>).
   */
  reference(field: string, what: string, resolve: (text: string) => readonly string[]): string {
    const text = this.text(field);
    if (!text) return "";
    const found = resolve(text);
    if (found.length === 1) return found[0]!;
    if (found.length === 0) this.error(field, `unknown${what}`, { value: text });
    else this.error(field, `ambiguous${what}`, { value: text, count: found.length });
    return "";
  }

  /** Several records named in one cell, separated by commas or semicolons. */
  references(field: string, what: string, resolve: (text: string) => readonly string[]): string[] {
    const names = (this.text(field) ?? "")
      .split(/[,;]/)
      .map((n) => n.trim())
      .filter(Boolean);
    const ids = names.map((name) => {
      const found = resolve(name);
      if (found.length === 1) return found[0]!;
      this.error(field, found.length ? `ambiguous${what}` : `unknown${what}`, {
        value: name,
        ...(found.length ? { count: found.length } : {}),
      });
      return null;
    });
    return [...new Set(ids.filter((id): id is string => id !== null))].sort();
  }
}

/**
 * The readers of a run's rows: the fields mapped are those of the file's columns (every row has
 * the same cells), dates read under the import's format.
 */
export function rowReaders(rows: readonly MappedRow[], dateFormat: DateFormat = "dmy") {
  const mapped = new Set(rows.length ? Object.keys(rows[0]!.cells) : []);
  return (row: MappedRow) => new RowReader(row, mapped, dateFormat);
}

/**
 * An index of records by the names a file may use for them (name, acronym, e-mail…), compared
 * without case or accents: `resolve(text)` gives the ids of every record so named.
 */
export function nameIndex<T>(
  records: readonly T[],
  idOf: (r: T) => string,
  names: (r: T) => (string | null | undefined)[],
) {
  const index = new Map<string, string[]>();
  for (const r of records) {
    for (const name of new Set(
      names(r)
        .filter((n): n is string => !!n)
        .map(nameKey),
    )) {
      index.set(name, [...(index.get(name) ?? []), idOf(r)]);
    }
  }
  return (text: string): string[] => index.get(nameKey(text)) ?? [];
}
