/** Options of a select from records with an id and a name (areas, departments): usable on the server and in the browser. */
export const recordOptions = (records: readonly { id: string; name: string }[]) =>
  records.map((r) => ({ value: r.id, label: r.name }));

/** Options of a select from a list of values and the words of each ("regional" → "Regional"). */
export const valueOptions = <V extends string>(values: readonly V[], label: (value: V) => string) =>
  values.map((value) => ({ value, label: label(value) }));
