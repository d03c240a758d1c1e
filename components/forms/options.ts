/** Options of a select from records with an id and a name (areas, departments): usable on the server and in the browser. */
export const recordOptions = (records: readonly { id: string; name: string }[]) =>
  records.map((r) => ({ value: r.id, label: r.name }));
