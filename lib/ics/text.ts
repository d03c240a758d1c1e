// The lexical layer of RFC 5545: escaping TEXT values, quoting parameter values, folding
// content lines at 75 octets and joining them with CRLF.

/** Maximum octets of one physical line, CRLF excluded (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;
export const CRLF = "\r\n";

// Control characters are not allowed in TEXT (§3.3.11) except HTAB; line breaks are escaped.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A TEXT value (SUMMARY, DESCRIPTION, LOCATION…): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(FORBIDDEN_CONTROLS, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * A parameter value (§3.2): parameter values cannot be escaped, so a value with ":", ";" or ","
 * is quoted, and double quotes and controls (which no parameter value may hold) are dropped.
 */
export function paramValue(value: string): string {
  const clean = value.replace(/["\u0000-\u0008\u000A-\u001F\u007F]/g, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds one content line into physical lines of at most 75 octets (UTF-8), breaking only
 * between characters (never inside a multi-octet sequence). Each continuation line starts with
 * one space, which counts toward its 75 octets. Returns the lines joined with CRLF, without a
 * trailing CRLF.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

export type ParamMap = Record<string, string | undefined>;

/** One property as a folded content line: NAME;PARAM=value:value. The value must be escaped already. */
export function contentLine(name: string, value: string, params: ParamMap = {}): string {
  const paramText = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, v]) => `;${key}=${paramValue(v)}`)
    .join("");
  return foldLine(`${name}${paramText}:${value}`);
}

/** A property whose value is TEXT (escaped here). */
export const textLine = (name: string, value: string, params?: ParamMap) =>
  contentLine(name, escapeText(value), params);

/** Joins content lines into an iCalendar stream: CRLF after every line, the last one included. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => line + CRLF).join("");
}
