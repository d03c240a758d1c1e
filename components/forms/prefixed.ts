/**
 * Field names → element ids when several copies of a form share a page: `{ text: … }` becomes
 * `{ "<prefix>-text": … }`, so the error summary's links (#id) and labels find the right
 * control. With `fields`, only those keys are renamed (anything else, e.g. a form-level key,
 * stays as it is).
 */
export function prefixed<T>(
  prefix: string,
  record: Record<string, T>,
  fields?: readonly string[],
): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      !fields || fields.includes(key) ? `${prefix}-${key}` : key,
      value,
    ]),
  );
}
