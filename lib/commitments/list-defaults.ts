// The commitments list's default state, in a module of its own without zod, so that the browser
// code that needs it (the table's sort links) does not download the URL schemas with it.

/** The list's default state; URLs leave these values out. */
export const COMMITMENT_LIST_DEFAULTS = { sort: "urgency", dir: "asc", page: 1, size: 20 } as const;
