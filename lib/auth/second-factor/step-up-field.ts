// No Node or database imports: the browser's step-up prompt reads it too.

/** The form field that carries a step-up code with the form it confirms. */
export const STEP_UP_FIELD = "stepUpCode";
