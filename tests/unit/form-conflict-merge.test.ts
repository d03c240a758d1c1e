import { describe, expect, it } from "vitest";
import {
  applyChoices,
  choiceName,
  conflictFields,
  mergeValues,
  sameValue,
} from "@/components/forms/conflict-merge";
import { formDataToObject } from "@/lib/validation/form-data";

// Tab A changed the scope; this tab (B) changed the headquarters and the languages, from the
// same loaded record (the base).
const base = { name: "Red Andina", scope: "Regional", headquarters: "Lima", languages: ["es"], notes: "" };
const theirs = { ...base, scope: "Global" };
const mine = { ...base, headquarters: "Quito", languages: ["es", "pt"], version: "3" };
const names = ["name", "scope", "headquarters", "languages", "notes"];

describe("merging after an edit conflict", () => {
  it("lists only the fields where mine and theirs differ, defaulting to the side that changed each", () => {
    expect(conflictFields(names, base, mine, theirs)).toEqual([
      // This user left the scope as loaded: the other person's change is taken.
      { name: "scope", mine: "Regional", theirs: "Global", choice: "theirs" },
      // This user changed these: theirs are kept.
      { name: "headquarters", mine: "Quito", theirs: "Lima", choice: "mine" },
      { name: "languages", mine: ["es", "pt"], theirs: ["es"], choice: "mine" },
    ]);
  });

  it("a field both changed defaults to mine; one where both agree needs no choice", () => {
    const theirsToo = { ...base, headquarters: "Bogotá", scope: "Global" };
    const same = { ...base, headquarters: "Cusco", scope: "Global" };
    expect(conflictFields(names, base, same, theirsToo)).toEqual([
      { name: "headquarters", mine: "Cusco", theirs: "Bogotá", choice: "mine" },
    ]);
  });

  it("compares text without surrounding spaces and lists as sets; skips fields not on the form", () => {
    expect(sameValue(" Lima ", "Lima")).toBe(true);
    expect(sameValue(["pt", "es"], ["es", "pt"])).toBe(true);
    expect(sameValue(["es"], [])).toBe(false);
    expect(sameValue(undefined, "")).toBe(true);
    expect(conflictFields(["name", "missing"], base, { name: "X" }, { name: "Y" })).toHaveLength(1);
  });

  it("merges: the default choices keep both people's changes", () => {
    const choices = Object.fromEntries(
      conflictFields(names, base, mine, theirs).map((f) => [f.name, f.choice]),
    );
    expect(mergeValues(mine, theirs, choices)).toEqual({
      ...base,
      scope: "Global",
      headquarters: "Quito",
      languages: ["es", "pt"],
      version: "3",
    });
    // Choosing theirs for a field this user changed takes the saved value instead.
    expect(mergeValues(mine, theirs, { ...choices, headquarters: "theirs" })).toMatchObject({
      headquarters: "Lima",
      scope: "Global",
    });
  });

  it("applies the submitted choices to the form data and removes the choice radios", () => {
    const data = new FormData();
    for (const [name, value] of Object.entries(mine)) {
      for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
    }
    data.set(choiceName("scope"), "theirs");
    data.set(choiceName("headquarters"), "mine");
    data.set(choiceName("languages"), "theirs");
    applyChoices(data, theirs);
    expect(formDataToObject(data, ["languages"])).toEqual({
      ...base,
      scope: "Global",
      headquarters: "Quito",
      languages: ["es"],
      version: "3",
    });
    expect([...data.keys()].some((key) => key.startsWith("$choice:"))).toBe(false);
  });

  it("the server never reads a choice radio as a field", () => {
    const data = new FormData();
    data.set("name", "Red");
    data.set(choiceName("name"), "mine");
    expect(formDataToObject(data)).toEqual({ name: "Red" });
  });
});
