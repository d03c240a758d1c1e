// The cadences the body form offers. Kept apart from the form's zod schema: the form's page needs
// them at once, while the schema (with zod) loads after the page (components/forms/use-record-form.ts).

/**
 * Meeting cadences the form offers, in months, in the order a coordinator meets them most.
 * Labels live in messages/es-AR/bodies.json under "cadence.<months>"; "" means irregular.
 * The database accepts any period from 1 to 120 months (a value loaded from elsewhere is
 * shown as "every N months").
 */
export const CADENCE_PRESETS = [12, 6, 24, 36, 3] as const;
