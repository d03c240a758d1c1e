import { describe, expect, it } from "vitest";
import { cleanText, emailKey, parseDateCell, parseDecimal, sameEmail } from "@/lib/import/read/values";
import { cellDateTime } from "@/lib/import/cells";

// How an imported cell becomes text, a calendar date, a number or an e-mail key, whatever the
// spreadsheet made of it.

describe("cleanText", () => {
  it("trims ordinary, non-breaking, narrow non-breaking and zero-width spaces at both ends only", () => {
    expect(cleanText("  Ana  ")).toBe("Ana");
    expect(cleanText("José\u00A0  ")).toBe("José");
    expect(cleanText("\u202FMuñoz\u00A0")).toBe("Muñoz");
    expect(cleanText("\u200B Ana \u200B")).toBe("Ana");
    expect(cleanText("\tNúñez\r\n")).toBe("Núñez");
    // Nothing inside is touched.
    expect(cleanText(" Ana  María\u00A0Pérez ")).toBe("Ana  María\u00A0Pérez");
  });

  it("makes empty cells null and writes other cells as text", () => {
    expect(cleanText("")).toBeNull();
    expect(cleanText(" \u00A0 ")).toBeNull();
    expect(cleanText(null)).toBeNull();
    expect(cleanText(undefined)).toBeNull();
    expect(cleanText(1234.5)).toBe("1234.5");
    expect(cleanText(Number.NaN)).toBeNull();
    expect(cleanText(true)).toBe("true");
    expect(cleanText(new Date(Date.UTC(2024, 2, 5)))).toBe("2024-03-05");
    expect(cleanText(new Date(Date.UTC(2024, 2, 5, 14, 30)))).toBe("2024-03-05T14:30");
  });
});

describe("parseDateCell", () => {
  const date = (value: string) => ({ ok: true, date: value });
  const invalid = { ok: false, reason: "invalid" };
  const ambiguous = { ok: false, reason: "ambiguous" };

  it("takes a date cell's calendar day under either format", () => {
    const cell = new Date(Date.UTC(2024, 2, 5));
    expect(parseDateCell(cell, "dmy")).toEqual(date("2024-03-05"));
    expect(parseDateCell(cell, "iso")).toEqual(date("2024-03-05"));
    // A time in the cell does not move the day.
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 5, 23, 59)), "dmy")).toEqual(date("2024-03-05"));
    expect(parseDateCell(new Date(Number.NaN), "dmy")).toEqual(invalid);
  });

  it("reads a number as an Excel serial day", () => {
    expect(parseDateCell(45356, "dmy")).toEqual(date("2024-03-05"));
    expect(parseDateCell(45356.75, "iso")).toEqual(date("2024-03-05"));
    expect(parseDateCell(61, "dmy")).toEqual(date("1900-03-01"));
    expect(parseDateCell(60, "dmy")).toEqual(invalid); // Excel's 29/02/1900, a day that never was
    expect(parseDateCell(-1, "dmy")).toEqual(invalid);
    expect(parseDateCell(1e9, "dmy")).toEqual(invalid);
  });

  it("reads day-first text under dmy, with / - or . and one or two digits", () => {
    expect(parseDateCell("05/03/2024", "dmy")).toEqual(date("2024-03-05"));
    expect(parseDateCell("5/3/2024", "dmy")).toEqual(date("2024-03-05"));
    expect(parseDateCell(" 31-12-2023\u00A0", "dmy")).toEqual(date("2023-12-31"));
    expect(parseDateCell("29.02.2024", "dmy")).toEqual(date("2024-02-29"));
    // As spreadsheets write a date cell to CSV: the time is dropped.
    expect(parseDateCell("05/03/2024 00:00", "dmy")).toEqual(date("2024-03-05"));
    expect(parseDateCell("05/03/2024 13:45:10", "dmy")).toEqual(date("2024-03-05"));
  });

  it("refuses days that do not exist and text that is not a date", () => {
    expect(parseDateCell("31/02/2024", "dmy")).toEqual(invalid);
    expect(parseDateCell("29/02/2023", "dmy")).toEqual(invalid);
    expect(parseDateCell("12/31/2024", "dmy")).toEqual(invalid); // month-first is not read
    expect(parseDateCell("2024-13-01", "iso")).toEqual(invalid);
    expect(parseDateCell("05/03/1700", "dmy")).toEqual(invalid);
    expect(parseDateCell("5 de marzo de 2024", "dmy")).toEqual(invalid);
    expect(parseDateCell("05/03", "dmy")).toEqual(invalid);
    expect(parseDateCell("45356", "dmy")).toEqual(invalid); // digits as text are not a serial
    expect(parseDateCell("", "dmy")).toEqual(invalid);
    expect(parseDateCell(null, "iso")).toEqual(invalid);
    expect(parseDateCell(true, "iso")).toEqual(invalid);
  });

  it("reads year-first text under either format", () => {
    expect(parseDateCell("2024-03-05", "iso")).toEqual(date("2024-03-05"));
    expect(parseDateCell("2024-03-05", "dmy")).toEqual(date("2024-03-05"));
    expect(parseDateCell("2024/3/5", "iso")).toEqual(date("2024-03-05"));
    expect(parseDateCell("2024-03-05T10:00", "iso")).toEqual(date("2024-03-05"));
  });

  it("flags day-first text under iso and two-digit years as ambiguous", () => {
    expect(parseDateCell("03/04/2024", "iso")).toEqual(ambiguous);
    expect(parseDateCell("31/12/2023", "iso")).toEqual(ambiguous);
    expect(parseDateCell("5/3/24", "dmy")).toEqual(ambiguous);
    expect(parseDateCell("05-03-24", "iso")).toEqual(ambiguous);
  });
});

describe("parseDecimal", () => {
  it("reads Argentine and program-written decimals alike", () => {
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("1234,5")).toBe(1234.5);
    expect(parseDecimal(1234.5)).toBe(1234.5);
    expect(parseDecimal("1234.5")).toBe(1234.5);
    expect(parseDecimal(" 1.234.567,89\u00A0")).toBe(1234567.89);
    expect(parseDecimal("-0,75")).toBe(-0.75);
    expect(parseDecimal("1.500")).toBe(1500); // Argentine thousands
    expect(parseDecimal("0.5")).toBe(0.5);
    expect(parseDecimal("28")).toBe(28);
  });

  it("gives null for anything that is not a plain number", () => {
    for (const text of ["", "  ", "abc", "1,2,3", "12.34,5", "1.23,4", "$ 100", "10%", "1e5", "1 234,5"]) {
      expect(parseDecimal(text), text).toBeNull();
    }
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseDecimal(new Date())).toBeNull();
  });
});

describe("sameEmail", () => {
  it("compares addresses without case and surrounding spaces", () => {
    expect(sameEmail("Ana.Perez@Example.org", "ana.perez@example.org")).toBe(true);
    expect(sameEmail(" jose@example.org\u00A0", "JOSE@EXAMPLE.ORG")).toBe(true);
    expect(sameEmail("ana@example.org", "ana@example.com")).toBe(false);
    expect(sameEmail("", "")).toBe(false);
    expect(sameEmail(null, null)).toBe(false);
    expect(emailKey(" Ana@Example.ORG ")).toBe("ana@example.org");
  });
});

describe("cellDateTime", () => {
  it("reads a date with its time from a date cell, an Excel serial and text, under the date format", () => {
    expect(cellDateTime(new Date(Date.UTC(2025, 5, 5, 9, 5)))).toEqual({ date: "2025-06-05", time: "09:05" });
    // 45813 is 2025-06-05; .375 of a day is 09:00.
    expect(cellDateTime(45813.375)).toEqual({ date: "2025-06-05", time: "09:00" });
    expect(cellDateTime("05/06/2025 9:30")).toEqual({ date: "2025-06-05", time: "09:30" });
    expect(cellDateTime(" 2025-06-05T23:59:00 ", "iso")).toEqual({ date: "2025-06-05", time: "23:59" });
    expect(cellDateTime("05/06/2025 09:30", "iso")).toBe("ambiguous");
    expect(cellDateTime("")).toBeNull();
  });

  it("refuses a date without its time, an hour or minute out of range, and a day that does not exist", () => {
    expect(cellDateTime("05/06/2025")).toBeUndefined();
    expect(cellDateTime("05/06/2025 24:00")).toBeUndefined();
    expect(cellDateTime("05/06/2025 10:60")).toBeUndefined();
    expect(cellDateTime("31/02/2025 10:00")).toBeUndefined();
    expect(cellDateTime("mañana 10:00")).toBeUndefined();
  });
});
