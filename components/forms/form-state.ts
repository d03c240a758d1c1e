// The form state type lives in lib/ (server actions build it); re-exported for components.
export { initialFormState, type FormState } from "@/lib/form-state";
