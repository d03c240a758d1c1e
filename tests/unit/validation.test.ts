import { describe, expect, it } from "vitest";
import { networkInputSchema, networkUpdateSchema } from "@/lib/networks/schema";
import { parseNetworkListParams } from "@/lib/networks/list-params";
import { formDataToObject, toFieldErrors } from "@/lib/validation/form-data";
import { safeCallbackPath } from "@/lib/auth/redirect";

const valid = {
  name: "Red de prueba",
  kind: "thematic",
  membershipStatus: "member",
  languages: [],
  thematicAreaIds: [],
};

function errorsOf(input: Record<string, unknown>) {
  const parsed = networkInputSchema.safeParse(input);
  return parsed.success ? {} : toFieldErrors(parsed.error);
}

describe("network input schema", () => {
  it("accepts a minimal network and trims text", () => {
    const parsed = networkInputSchema.parse({ ...valid, name: "  Red  ", acronym: "" });
    expect(parsed.name).toBe("Red");
    expect(parsed.acronym).toBeUndefined();
  });

  it("reports each bad field with a catalog key", () => {
    expect(
      errorsOf({
        name: "",
        kind: "planetary",
        membershipStatus: "member",
        website: "mercociudades.org",
        foundedYear: "1700",
        memberSince: "2024-02-30",
        annualFee: "-5",
        languages: ["xx"],
        thematicAreaIds: ["not-a-uuid"],
      }),
    ).toEqual({
      name: ["required"],
      kind: ["invalidOption"],
      website: ["invalidUrl"],
      foundedYear: ["invalidYear"],
      memberSince: ["invalidDate"],
      annualFee: ["invalidAmount"],
      languages: ["invalidLanguage"],
      thematicAreaIds: ["unknownThematicArea"],
    });
  });

  it("checks the membership rules across fields", () => {
    expect(
      errorsOf({ ...valid, membershipStatus: "former", memberSince: "2020-01-01", leftOn: "2019-12-31" }),
    ).toEqual({
      leftOn: ["leftBeforeSince"],
    });
    expect(errorsOf({ ...valid, leftOn: "2021-01-01" })).toEqual({ leftOn: ["leftRequiresFormer"] });
    expect(errorsOf({ ...valid, annualFee: "1500,50" })).toEqual({ feeCurrency: ["currencyRequired"] });
    expect(networkInputSchema.parse({ ...valid, annualFee: "1500,50", feeCurrency: "usd" })).toMatchObject({
      annualFee: "1500.50",
      feeCurrency: "USD",
    });
  });

  it("reads amounts as typed in Argentina", () => {
    const fee = (annualFee: string) =>
      networkInputSchema.parse({ ...valid, annualFee, feeCurrency: "ARS" }).annualFee;
    expect(fee("1.234,50")).toBe("1234.50");
    expect(fee("1500,5")).toBe("1500.5");
    expect(fee("1.500")).toBe("1500");
    expect(fee("1234.50")).toBe("1234.50");
    expect(fee(" 2 500 ")).toBe("2500");
    expect(errorsOf({ ...valid, annualFee: "1,2,3", feeCurrency: "ARS" })).toEqual({
      annualFee: ["invalidAmount"],
    });
  });

  it("requires a version to update", () => {
    expect(networkUpdateSchema.safeParse(valid).success).toBe(false);
    expect(networkUpdateSchema.safeParse({ ...valid, version: "3" }).success).toBe(true);
  });
});

describe("form data", () => {
  it("keeps multi-value fields as arrays and drops Next's internal fields", () => {
    const fd = new FormData();
    fd.append("name", "X");
    fd.append("languages", "es");
    fd.append("languages", "pt");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd, ["languages", "thematicAreaIds"])).toEqual({
      name: "X",
      languages: ["es", "pt"],
      thematicAreaIds: [],
    });
  });
});

describe("list parameters from the URL", () => {
  it("falls back to defaults on unknown values instead of failing", () => {
    expect(
      parseNetworkListParams({ sort: "password_hash", dir: "sideways", page: "-3", size: "1000", kind: "x" }),
    ).toMatchObject({
      sort: "name",
      dir: "asc",
      page: 1,
      size: 20,
      kind: undefined,
    });
  });
  it("reads valid filters", () => {
    expect(
      parseNetworkListParams({
        q: " cglu ",
        kind: "global",
        sort: "founded",
        dir: "desc",
        page: "2",
        size: "50",
        archived: "1",
      }),
    ).toMatchObject({
      q: "cglu",
      kind: "global",
      sort: "founded",
      dir: "desc",
      page: 2,
      size: 50,
      archived: true,
    });
  });
});

describe("callback URLs", () => {
  it("keeps only a same-site path and query", () => {
    expect(safeCallbackPath("http://localhost:3000/redes?kind=global")).toBe("/redes?kind=global");
    expect(safeCallbackPath("https://evil.example/phish")).toBe("/phish");
    expect(safeCallbackPath("//evil.example/x")).toBe("/x");
    expect(safeCallbackPath("/login?callbackUrl=/redes")).toBe("/login?callbackUrl=/redes");
    expect(safeCallbackPath("javascript:alert(1)")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
