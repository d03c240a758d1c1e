/**
 * Merging after an edit conflict. Three versions of a form's values meet: the base (what the
 * form was loaded with), mine (what this user submitted) and theirs (the record as saved since).
 * A field where mine and theirs agree needs no choice. Where they differ, the default keeps
 * the side that changed it: theirs when this user left the field as loaded (mine == base),
 * mine when this user changed it. "Save anyway" then sends mine with each field chosen as
 * "theirs" replaced — so the other person's changes to fields this user did not touch survive.
 */

/** A form's values as the browser sends them: one string per field, a list for multi-value fields. */
export type Values = Record<string, string | string[]>;

export type Side = "mine" | "theirs";

export interface ConflictField {
  name: string;
  mine: string | string[];
  theirs: string | string[];
  /** The side chosen unless the user picks the other one. */
  choice: Side;
}

/**
 * The name of the radio group that carries the choice of a field in the submitted form. The
 * prefix marks it as no field of the record: `formDataToObject` drops it.
 */
export const CHOICE_PREFIX = "$choice:";
export const choiceName = (field: string) => `${CHOICE_PREFIX}${field}`;

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Whether two values of a field say the same: text compared without surrounding spaces (the
 * server trims them), lists as sets (checkbox order is the page's, not the record's).
 */
export function sameValue(a: string | string[] | undefined, b: string | string[] | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = new Set(asList(a));
    const right = new Set(asList(b));
    return left.size === right.size && [...left].every((v) => right.has(v));
  }
  return (a ?? "").trim() === (b ?? "").trim();
}

/**
 * The fields of the form (`names`) where mine and theirs differ, with the default choice. A field
 * the submission did not carry (not on the form) or the record does not have is left out.
 */
export function conflictFields(
  names: readonly string[],
  base: Values,
  mine: Values,
  theirs: Values,
): ConflictField[] {
  return names
    .filter((name) => name in mine && name in theirs && !sameValue(mine[name], theirs[name]))
    .map((name) => ({
      name,
      mine: mine[name]!,
      theirs: theirs[name]!,
      choice: sameValue(mine[name], base[name]) ? "theirs" : "mine",
    }));
}

/** Mine with every field chosen as "theirs" replaced by the saved value. */
export function mergeValues(mine: Values, theirs: Values, choices: Record<string, Side>): Values {
  const merged: Values = { ...mine };
  for (const [name, side] of Object.entries(choices)) {
    if (side === "theirs" && name in theirs) merged[name] = theirs[name]!;
  }
  return merged;
}

/**
 * Applies the choices a submitted form carries (its `$choice:<field>` radios) to the form data
 * itself, so that what is sent is the merged record; the choice radios are removed.
 */
export function applyChoices(formData: FormData, theirs: Values): void {
  for (const key of [...new Set(formData.keys())]) {
    if (!key.startsWith(CHOICE_PREFIX)) continue;
    const name = key.slice(CHOICE_PREFIX.length);
    const side = formData.get(key);
    formData.delete(key);
    if (side !== "theirs" || !(name in theirs)) continue;
    formData.delete(name);
    for (const value of asList(theirs[name])) formData.append(name, value);
  }
}
