import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatMonth } from "@/lib/format";
import { DEFAULT_LOCALE, DISPLAY_TIME_ZONE } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";

// The formatter as the request config builds it (lib/i18n/request.ts): locale, zone, named formats.
const format = createFormatter({ locale: DEFAULT_LOCALE, timeZone: DISPLAY_TIME_ZONE, formats });

describe("display formats for es-AR (what the pages show)", () => {
  it("writes calendar dates dd/mm/aaaa, never shifted by a zone", () => {
    expect(formatDate(format, "2026-03-09")).toBe("09/03/2026");
    expect(formatDate(format, "2026-12-31")).toBe("31/12/2026");
    expect(formatDate(format, "2027-01-01")).toBe("01/01/2027");
    expect(formatDate(format, "2028-02-29")).toBe("29/02/2028");
    expect(formatDate(format, "2026-03-09T00:00:00.000Z")).toBe("09/03/2026");
    expect(formatDate(format, null)).toBe("");
    expect(formatDate(format, "")).toBe("");
  });

  it("writes instants dd/mm/aaaa HH:mm, 24-hour, in Buenos Aires or the record's zone", () => {
    expect(formatDateTime(format, new Date("2026-03-09T15:05:00Z"))).toBe("09/03/2026 12:05");
    expect(formatDateTime(format, new Date("2026-03-09T15:05:00Z"), "Europe/Madrid")).toBe(
      "09/03/2026 16:05",
    );
    // 01/01 02:30 UTC is still New Year's Eve in Buenos Aires.
    expect(formatDateTime(format, new Date("2027-01-01T02:30:00Z"))).toBe("31/12/2026 23:30");
    expect(formatDateTime(format, new Date("2026-07-01T03:00:00Z"))).toBe("01/07/2026 00:00");
    // Summer time in Madrid.
    expect(formatDateTime(format, new Date("2026-07-15T08:00:00Z"), "Europe/Madrid")).toBe(
      "15/07/2026 10:00",
    );
  });

  it("writes months, money, counts and shares", () => {
    expect(formatMonth(format, { year: 2027, month: 3 })).toBe("marzo de 2027");
    expect(formatMonth(format, { year: 2026, month: 12 })).toBe("diciembre de 2026");
    expect(formatMoney(format, "1234.5", "USD")).toBe("1.234,50 USD");
    expect(formatMoney(format, "2500.00", null)).toBe("2.500,00");
    expect(formatMoney(format, null, "USD")).toBe("");
    expect(format.number(12345, "integer")).toBe("12.345");
    expect(format.number(0.426, "percent")).toBe("43%");
  });
});
