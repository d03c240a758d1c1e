import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  contentLine,
  CRLF,
  escapeText,
  foldLine,
  joinLines,
  MAX_LINE_OCTETS,
  paramValue,
  textLine,
} from "@/lib/ics/text";

const octets = (text: string) => Buffer.byteLength(text, "utf8");
const unfold = (text: string) => text.replace(/\r\n /g, "");

/**
 * True when no physical line starts or ends inside a character: in a JS string that shows as a
 * lone surrogate (half an emoji), which UTF-8 cannot encode (it would become U+FFFD).
 */
function linesAreWholeCharacters(folded: string): boolean {
  return folded
    .split(CRLF)
    .every((line) => Buffer.from(line, "utf8").toString("utf8") === line && !line.includes("\uFFFD"));
}

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("uno\ndos\r\ntres\rcuatro")).toBe("uno\\ndos\\ntres\\ncuatro");
    // The backslash is escaped first: an existing "\n" text stays literal.
    expect(escapeText("C:\\nuevo")).toBe("C:\\\\nuevo");
  });

  it("drops control characters other than tab and keeps colons and quotes", () => {
    expect(escapeText("a\u0000b\u0007c\u001Fd\u007Fe\tf")).toBe("abcde\tf");
    expect(escapeText('Hora: 10:00 "en punto"')).toBe('Hora: 10:00 "en punto"');
  });

  it("round-trips through an independent parser", () => {
    const text = 'Comité; ejecutivo, sesión "B"\nSegunda línea \\ con barra';
    const parsed = ICAL.Property.fromString(textLine("SUMMARY", text));
    expect(parsed.getFirstValue()).toBe(text);
  });
});

describe("paramValue", () => {
  it("quotes values with a colon, semicolon or comma and drops double quotes", () => {
    expect(paramValue("Europe/Madrid")).toBe("Europe/Madrid");
    expect(paramValue("a:b")).toBe('"a:b"');
    expect(paramValue('x;"y",z')).toBe('"x;y,z"');
    expect(contentLine("DTSTART", "20260101T100000", { TZID: "Europe/Madrid", X: undefined })).toBe(
      "DTSTART;TZID=Europe/Madrid:20260101T100000",
    );
  });
});

describe("foldLine", () => {
  it("leaves a short line alone", () => {
    expect(foldLine("SUMMARY:Reunión del Consejo")).toBe("SUMMARY:Reunión del Consejo");
  });

  it("folds a long line with accents and emoji under 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"Reunión de la Unidad Temática de Género y Municipio — señoras y señores 🎉🌎 ".repeat(4)}ñ`;
    const folded = foldLine(line);
    const physical = folded.split(CRLF);
    expect(physical.length).toBeGreaterThan(4);
    for (const [index, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(linesAreWholeCharacters(folded)).toBe(true);
    // Counted in octets, not characters: 40 "é" are 80 octets and need a fold.
    expect(foldLine("é".repeat(40)).split(CRLF).map(octets)).toEqual([74, 7]);
    expect(unfold(folded)).toBe(line);
    // Lines are filled: a fold only happens when the next character would not fit.
    for (const part of physical.slice(0, -1)) expect(octets(part)).toBeGreaterThan(MAX_LINE_OCTETS - 4);
  });

  it("breaks before a two-byte character that would straddle octet 75", () => {
    const line = `${"a".repeat(74)}ébc`;
    const [first, second] = foldLine(line).split(CRLF);
    expect(first).toBe("a".repeat(74));
    expect(second).toBe(" ébc");
  });

  it("breaks before a four-byte emoji that would straddle octet 75 (no split surrogate pair)", () => {
    const line = `${"a".repeat(73)}🎉z`;
    const [first, second] = foldLine(line).split(CRLF);
    expect(first).toBe("a".repeat(73));
    expect(second).toBe(" 🎉z");
    // Continuation lines hold 74 octets after their leading space.
    const long = foldLine("b".repeat(75 + 74 + 10)).split(CRLF);
    expect(long.map(octets)).toEqual([75, 75, 11]);
  });

  it("is undone by an independent parser", () => {
    const value = `${"Orden del día — ítem con acentos y emoji 🎉, ".repeat(5)}fin`;
    const folded = textLine("DESCRIPTION", value);
    expect(folded).toContain(`${CRLF} `);
    expect(ICAL.Property.fromString(unfold(folded)).getFirstValue()).toBe(value);
    const calendar = joinLines([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//test//x//ES",
      "BEGIN:VEVENT",
      "UID:x@y",
      "DTSTAMP:20260101T000000Z",
      folded,
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    const event = new ICAL.Component(ICAL.parse(calendar)).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("description")).toBe(value);
  });
});

describe("joinLines", () => {
  it("ends every line, the last one included, with CRLF", () => {
    expect(joinLines(["A", "B"])).toBe("A\r\nB\r\n");
  });
});
