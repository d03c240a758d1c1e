// The participation update's length limit. Kept apart from the form's zod schema: the form's page needs
// them at once, while the schema (with zod) loads after the page (components/forms/use-record-form.ts).

/** Longest text a participation update may have. */
export const UPDATE_TEXT_MAX = 4000;
