// The minutes' length limit and the closing form's attendance fields. Kept apart from the form's zod schema: the form's page needs
// them at once, while the schema (with zod) loads after the page (components/forms/use-record-form.ts).

/** Form fields of the closing form that hold a delegation member's attendance. */
const ATTENDANCE_FIELD_PREFIX = "attendance_";
export const attendanceField = (memberId: string) => `${ATTENDANCE_FIELD_PREFIX}${memberId}`;

/** Longest minutes, in the editor's markup. */
export const MINUTES_MAX = 50_000;
