// The directory's default list state, in a module of its own without zod, so that the browser
// code that needs it (the table's sort links) does not download the URL schemas with it.

/** The directory's default state; URLs leave these values out. */
export const NETWORK_LIST_DEFAULTS = { sort: "name", dir: "asc", page: 1, size: 20 } as const;
