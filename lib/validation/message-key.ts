/**
 * A field error is a message-catalog key, optionally with one number after a colon that the
 * message shows: "tooLong:200" is "tooLong" with `{ max: 200 }` ("Máximo 200 caracteres.").
 * lib/ stays free of any one language; the limit still reaches the reader.
 */
export function messageOf(key: string): { name: string; values?: { max: number } } {
  const at = key.indexOf(":");
  if (at < 0) return { name: key };
  const max = Number(key.slice(at + 1));
  const name = key.slice(0, at);
  return Number.isFinite(max) ? { name: `${name}Max`, values: { max } } : { name };
}

/** The error key of a text longer than `max` characters. */
export const tooLong = (max: number) => `tooLong:${max}`;
