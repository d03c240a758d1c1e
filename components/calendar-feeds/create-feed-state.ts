import type { FormState } from "@/components/forms/form-state";

/** The create form's state: after a success, the new link's token (shown once, never stored). */
export interface CreateFeedState extends FormState {
  token?: string;
}

export const initialCreateFeedState: CreateFeedState = { submission: 0 };
