import { describe, expect, it, vi } from "vitest";

// The request's locale and catalogs, as next-intl's request config gives them in the app.
vi.mock("next-intl/server", async () => {
  const catalogs = (await import("@/messages/es-AR")).default;
  return { getLocale: async () => "es-AR", getMessages: async () => catalogs };
});

const { importLabels } = await import("@/lib/import/labels");

describe("import: messages of the problem rows", () => {
  it("say each cell error in Spanish, with its values, whichever catalog holds it", async () => {
    const labels = await importLabels("personas");
    expect(labels.message("import.errors.duplicateEmail", { line: 12 })).toBe(
      "El correo ya está en la fila 12.",
    );
    expect(labels.message("import.errors.ambiguousPerson", { count: 2, value: "Ana Pérez" })).toBe(
      "Hay 2 personas con el nombre «Ana Pérez»: escribí su correo.",
    );
    expect(labels.message("import.errors.invalidDate", { value: "31/02/2024" })).toBe(
      "Fecha 31/02/2024 no válida.",
    );
    expect(labels.message("people.validation.invalidEmail")).toBe(
      "Ingresá un correo electrónico válido (nombre@dominio).",
    );
    expect(labels.message("validation.tooLong:200")).toBe(
      "El texto es demasiado largo: máximo 200 caracteres.",
    );
    expect([labels.line, labels.errors, labels.field("email")]).toEqual(["Fila", "Errores", "Correo"]);
  });
});
