// The little XML the package parts need read outside ExcelJS: the attributes of one tag. XML
// forbids "<" inside attribute values and text escapes it, so a tag runs from "<" to the next
// ">" and can be found with a regular expression in the parts' text.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (match, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? match;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/**
 * A tag's attributes by local name (the namespace prefix dropped: r:id → id), values decoded.
 * The tag's own text from its name on, as in `<row r="3" hidden="1">` → { r: "3", hidden: "1" }.
 */
export function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const name = match[2] ?? "";
    result[name] ??= decodeEntities(match[4] ?? match[5] ?? "");
  }
  return result;
}

/** The opening (or empty) tags with this local name, in any namespace prefix. */
export function* tags(text: string, name: string): Generator<Record<string, string>> {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, "g");
  for (const match of text.matchAll(pattern)) yield attributes(match[1] ?? "");
}

/** XML attribute truth: "1" or "true". */
export const isTrue = (value: string | undefined) => value === "1" || value === "true";
