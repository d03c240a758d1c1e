import { describe, expect, it } from "vitest";
import { renumbering } from "@/lib/meetings/log/ordered-children";

describe("a meeting's ordered children: renumbering", () => {
  it("changes nothing when the list already reads 1..n", () => {
    expect(
      renumbering([
        { id: "a", position: 1 },
        { id: "b", position: 2 },
      ]),
    ).toEqual([]);
  });

  it("closes the gap a deleted row leaves, moving only the rows after it", () => {
    expect(
      renumbering([
        { id: "a", position: 1 },
        { id: "c", position: 3 },
        { id: "d", position: 4 },
      ]),
    ).toEqual([
      { id: "c", position: 2 },
      { id: "d", position: 3 },
    ]);
  });

  it("numbers duplicates and gaps in the order given", () => {
    expect(
      renumbering([
        { id: "a", position: 2 },
        { id: "b", position: 2 },
        { id: "c", position: 7 },
      ]),
    ).toEqual([
      { id: "a", position: 1 },
      { id: "c", position: 3 },
    ]);
  });

  it("gives an empty list nothing to do", () => {
    expect(renumbering([])).toEqual([]);
  });
});
