// The network form's multi-value fields. Kept apart from the form's zod schema: the form's page needs
// them at once, while the schema (with zod) loads after the page (components/forms/use-record-form.ts).

/** Fields of the network form that hold several values. */
export const NETWORK_ARRAY_FIELDS = ["languages", "thematicAreaIds"] as const;
