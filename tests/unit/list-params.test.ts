import { describe, expect, it } from "vitest";
import { defineList, param } from "@/lib/list-params";

const list = defineList({
  filters: {
    q: param.text(),
    kind: param.oneOf(["regional", "global"] as const),
    area: param.id(),
    archived: param.flag(),
    from: param.day(),
  },
  sorts: ["name", "founded"],
  renamed: { tipo: "kind", desde: "from" },
});

const AREA = "0b6f0c7e-9a7e-4d59-9d55-2a4f3e0e6b11";

describe("list URL state", () => {
  it("reads good values and falls back to defaults on anything else", () => {
    expect(
      list.parse({ q: "  clima ", kind: "global", area: AREA, archived: "1", from: "2026-02-28" }),
    ).toEqual({
      q: "clima",
      kind: "global",
      area: AREA,
      archived: true,
      from: "2026-02-28",
      sort: "name",
      dir: "asc",
      page: 1,
      size: 20,
    });
    expect(
      list.parse({
        kind: "x",
        area: "not-an-id",
        archived: "yes",
        from: "2026-02-30",
        sort: "password_hash",
        dir: "sideways",
        page: "-2",
        size: "1000",
      }),
    ).toEqual({ archived: false, sort: "name", dir: "asc", page: 1, size: 20 });
    // A repeated parameter counts once (the first).
    expect(list.parse({ kind: ["regional", "global"], page: ["3", "9"], size: "50" })).toMatchObject({
      kind: "regional",
      page: 3,
      size: 50,
    });
  });

  it("builds links without the defaults and says whether a filter narrows the list", () => {
    const params = list.parse({ kind: "global", sort: "founded", page: "2" });
    expect(list.href("/redes", params, { page: 1 })).toBe("/redes?kind=global&sort=founded");
    expect(list.href("/redes", params, { dir: "desc" })).toBe(
      "/redes?kind=global&sort=founded&dir=desc&page=2",
    );
    expect(list.isFiltered(params)).toBe(true);
    expect(list.isFiltered(list.parse({ sort: "founded" }))).toBe(false);
  });

  it("sends old parameter names to the current ones, keeping the rest", () => {
    expect(list.renamedHref("/redes", { tipo: "global", desde: "2026-01-01", q: "a b" })).toBe(
      "/redes?kind=global&from=2026-01-01&q=a+b",
    );
    expect(list.renamedHref("/redes", { kind: "global" })).toBeNull();
  });
});
