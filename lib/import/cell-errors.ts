import "server-only";
import peopleCatalog from "@/messages/es-AR/people.json";
import { messageOf } from "../validation/message-key";
import type { CellError } from "./definition";

// A command's refusal as the row's cell errors: each error key resolved to the catalog that
// holds its message, each form field renamed to the import's field.

/** A domain's own validation messages (messages/es-AR/<ns>.json, "validation"). */
export interface ValidationCatalog {
  ns: string;
  keys: Record<string, unknown>;
}

const PEOPLE: ValidationCatalog = { ns: "people", keys: peopleCatalog.validation };

/**
 * The commands' field errors as cell errors: the form's field renamed to the import's, the key
 * resolved to the catalog that holds it — the domain's own (commitments.validation.unknownOwner),
 * the shared people ones (invalidEmail), else the shared validation catalog.
 */
export function formErrors(
  fieldErrors: Record<string, string[]>,
  fieldOf: Record<string, string>,
  domain: ValidationCatalog = PEOPLE,
): CellError[] {
  return Object.entries(fieldErrors).flatMap(([field, keys]) =>
    keys.map((k) => {
      const { name, values } = messageOf(k);
      const catalog = [domain, PEOPLE].find((c) => Object.hasOwn(c.keys, name));
      return {
        field: fieldOf[field] ?? null,
        key: catalog ? `${catalog.ns}.validation.${name}` : `validation.${name}`,
        ...(values ? { values } : {}),
      };
    }),
  );
}

/** A failed command as the row's cell errors: its field errors, else its code on the row. */
export function failureErrors(
  failure: { code: string; fieldErrors?: Record<string, string[]> },
  fieldOf: Record<string, string>,
  domain?: ValidationCatalog,
  refusal?: { field: string; key: string },
): CellError[] {
  const cellErrors = failure.fieldErrors ? formErrors(failure.fieldErrors, fieldOf, domain) : [];
  if (cellErrors.length) return cellErrors;
  return failure.code === "FORBIDDEN" && refusal
    ? [{ field: refusal.field, key: `import.errors.${refusal.key}` }]
    : [{ field: null, key: `errors.${failure.code}` }];
}
