// A password's length limits, apart from the policy's zod schema (lib/auth/password-policy.ts):
// the password form shows the limit at once, while the schema (with zod) is loaded after the page.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
