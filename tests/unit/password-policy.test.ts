import { describe, expect, it } from "vitest";
import { commonPasswords, isCommonPassword, serverPasswordProblem } from "@/lib/auth/common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { newPasswordSchema, passwordProblem, personalWords } from "@/lib/auth/password-policy";

const account = { email: "ana.gomez@redes.local", name: "Ana María Gómez" };

describe("the common-password list", () => {
  it("ships at least 10,000 passwords, loaded once into a set, without its header", () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    expect(commonPasswords()).toBe(list);
    expect(list.has("password")).toBe(true);
    expect(list.has("123456")).toBe(true);
    expect([...list].some((word) => word.startsWith("# "))).toBe(false);
  });

  it("compares case-insensitively", () => {
    expect(isCommonPassword("PASSWORD")).toBe(true);
    expect(isCommonPassword("QwErTy123456")).toBe(true);
    expect(isCommonPassword("tren-de-la-costa-al-tigre")).toBe(false);
  });
});

describe("password rules", () => {
  it("needs 12 characters, counted as a person counts them", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(serverPasswordProblem("")).toBe("passwordRequired");
    expect(serverPasswordProblem("corto-11car")).toBe("passwordTooShort");
    expect(serverPasswordProblem("tilo en flor")).toBeNull();
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(serverPasswordProblem("🌳".repeat(11))).toBe("passwordTooShort");
    expect(serverPasswordProblem("🌳🌲🌴🌵🍀🌳🌲🌴🌵🍀🌳🌲")).toBeNull();
  });

  it("accepts up to 256 characters (and so at least 128) and refuses more", () => {
    expect(PASSWORD_MAX_LENGTH).toBe(256);
    const long = (n: number) =>
      Array.from({ length: n }, (_, i) => "mate amargo con bizcochitos "[i % 28]).join("");
    expect(serverPasswordProblem(long(128))).toBeNull();
    expect(serverPasswordProblem(long(256))).toBeNull();
    expect(serverPasswordProblem(long(257))).toBe("passwordTooLong");
  });

  it("has no composition rules: lower-case words and spaces are fine", () => {
    expect(serverPasswordProblem("colectivo sesenta y cuatro")).toBeNull();
    expect(serverPasswordProblem("ñandúes en la pampa")).toBeNull();
  });

  it("refuses common passwords of any length ≥ 12, in any case", () => {
    for (const common of ["qwerty123456", "1qaz2wsx3edc", "123456789012", "administrator", "ADMINISTRATOR"]) {
      expect(serverPasswordProblem(common), common).toBe("passwordCommon");
    }
  });

  it("refuses trivial variants of common passwords: repetitions, short suffixes, runs", () => {
    expect(serverPasswordProblem("superman2026")).toBe("passwordCommon");
    expect(serverPasswordProblem("Password123!")).toBe("passwordCommon");
    expect(serverPasswordProblem("monkeymonkey")).toBe("passwordCommon");
    expect(serverPasswordProblem("abcabcabcabc")).toBe("passwordCommon");
    expect(serverPasswordProblem("aaaaaaaaaaaa")).toBe("passwordCommon");
    expect(serverPasswordProblem("abcdefghijklmn")).toBe("passwordCommon");
    expect(serverPasswordProblem("9876543210987")).toBe("passwordCommon");
    // A longer suffix makes it something else.
    expect(serverPasswordProblem("superman y robin")).toBeNull();
  });

  it("refuses a password containing the e-mail's local part or the name, accents and case aside", () => {
    expect(personalWords(account)).toEqual(
      expect.arrayContaining(["ana.gomez", "gomez", "anamariagomez", "maria"]),
    );
    expect(serverPasswordProblem("mi clave ana.gomez ok", account)).toBe("passwordPersonal");
    expect(serverPasswordProblem("soy GOMEZ desde siempre", account)).toBe("passwordPersonal");
    expect(serverPasswordProblem("Soy Gómez desde siempre", account)).toBe("passwordPersonal");
    expect(serverPasswordProblem("maría del barrio sur", account)).toBe("passwordPersonal");
    expect(serverPasswordProblem("un bondi al centro", account)).toBeNull();
    // Without the list (the browser), length and personal words are still checked.
    expect(passwordProblem("qwerty123456", account)).toBeNull();
    expect(passwordProblem("corto", account)).toBe("passwordTooShort");
  });
});

describe("the new-password schema", () => {
  const schema = newPasswordSchema({
    context: account,
    isCommon: (p) => commonPasswords().has(p),
    withCurrent: true,
  });
  const issues = (input: unknown) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], i.message]));
  };

  it("accepts a good password typed twice", () => {
    expect(
      schema.safeParse({
        currentPassword: "lo que sea",
        newPassword: "tilo en flor de mayo",
        confirmPassword: "tilo en flor de mayo",
      }).success,
    ).toBe(true);
  });

  it("puts each problem on its field, as a message key", () => {
    expect(issues({ currentPassword: "", newPassword: "corto", confirmPassword: "corto" })).toEqual({
      currentPassword: "currentRequired",
      newPassword: "passwordTooShort",
    });
    expect(
      issues({ currentPassword: "x", newPassword: "qwerty123456", confirmPassword: "qwerty123456" }),
    ).toEqual({
      newPassword: "passwordCommon",
    });
    expect(
      issues({ currentPassword: "x", newPassword: "tilo en flor de mayo", confirmPassword: "tilo en flor" }),
    ).toEqual({ confirmPassword: "passwordMismatch" });
    expect(
      issues({ currentPassword: "x", newPassword: "tilo en flor de mayo", confirmPassword: "" }),
    ).toEqual({
      confirmPassword: "confirmRequired",
    });
  });
});
