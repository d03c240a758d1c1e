import type { ChangeMode, HistoryChange } from "../describe";
import { FIELD_FORMATS, HIDDEN_KEYS, isEmpty, isPlainObject, sameValue, type Words } from "./values";

/** A field's label: the record type's own, else the common one, else the raw key. */
export function fieldLabel({ t, lookup }: Words, entityType: string | null, field: string): string {
  if (entityType && t.has(`history.fields.${entityType}.${field}`)) {
    return t(`history.fields.${entityType}.${field}`);
  }
  return lookup(`history.fields.common.${field}`, field);
}

/**
 * Fields in the order of the record's form (the catalog's order), then any others
 * alphabetically: jsonb does not keep the order in which a snapshot's keys were written.
 */
function orderedKeys(
  fields: Record<string, Record<string, string>>,
  entityType: string | null,
  keys: string[],
): string[] {
  const known = Object.keys((entityType && fields[entityType]) || {});
  const rank = (k: string) => {
    const i = known.indexOf(k);
    return i === -1 ? known.length : i;
  };
  return [...keys].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
}

/** What an event changed: the fields that differ between the snapshots, in words. */
export function changesOf(
  words: Words,
  fields: Record<string, Record<string, string>>,
  entityType: string | null,
  before: unknown,
  after: unknown,
): { mode: ChangeMode; changes: HistoryChange[] } {
  const b = isPlainObject(before) ? before : null;
  const a = isPlainObject(after) ? after : null;
  const mode: ChangeMode = a && b ? "update" : a ? "create" : b ? "delete" : "none";
  const keys = orderedKeys(
    fields,
    entityType,
    [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].filter((k) => !HIDDEN_KEYS.has(k)),
  );
  const formats = (entityType && FIELD_FORMATS[entityType]) || {};
  const changes: HistoryChange[] = [];
  for (const field of keys) {
    const oldValue = b?.[field];
    const newValue = a?.[field];
    if (mode === "create" && isEmpty(newValue)) continue;
    if (mode === "create" && field === "archived" && newValue === false) continue;
    if (mode === "delete" && isEmpty(oldValue)) continue;
    if (mode === "update" && sameValue(oldValue, newValue)) continue;
    const format = formats[field];
    changes.push({
      field,
      label: fieldLabel(words, entityType, field),
      before: words.formatValue(oldValue, format),
      after: words.formatValue(newValue, format),
    });
  }
  return { mode, changes };
}
