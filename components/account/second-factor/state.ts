import type { FormState } from "@/lib/form-state";

/** What a form that reveals recovery codes gets back: shown once, never put in a URL. */
export interface RecoveryCodesState extends FormState {
  /** Present after a success; null when the account already had codes (none new to show). */
  recoveryCodes?: string[] | null;
}
