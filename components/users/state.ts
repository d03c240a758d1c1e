import type { FormState } from "@/lib/form-state";

/** A temporary password the server generated, shown once (never stored in the page's URL). */
export interface TemporaryPasswordShown {
  id: string;
  name: string;
  email: string;
  password: string;
  /** ISO instant. */
  expiresAt: string;
}

/** What the create and reset actions return: a failure, or the temporary password to show. */
export interface TemporaryPasswordState extends FormState {
  temporary?: TemporaryPasswordShown;
}
