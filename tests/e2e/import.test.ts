import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readFirstSheet } from "../support/xlsx-reader";
import { downloadedBytes, expectNoAxeViolations, signedInBrowser } from "./support";

// The import from end to end, as a coordinator does it with the keyboard: the template, an
// upload, the reading options detected (encoding, separator), matching a column the suggestion
// missed, the date format chosen, validation with its progress, the options kept on the job, the
// preview with an error row, a skip-errors commit, the report, the person in the directory, the
// undo.

const stamp = Date.now();
const fileName = `personas-${stamp}.csv`;
const newPerson = `Persona Importada ${stamp}`;
// "Dirección de e-mail" is no synonym of the e-mail: the user matches it by hand. The second
// row's e-mail is not one, so it is the preview's error row.
const CSV = [
  "Nombre completo;Dirección de e-mail;Observaciones",
  `${newPerson};importada.${stamp}@example.com;una nota`,
  `Fila Con Error ${stamp};no-es-un-correo;otra nota`,
].join("\r\n");

/** Waits until the job page shows a state (it refreshes itself while the run lasts). */
async function waitForState(page: Page, state: string) {
  await page
    .getByRole("definition")
    .filter({ hasText: new RegExp(`^${state}$`) })
    .waitFor({ timeout: 60_000 });
}

describe("import from a spreadsheet", () => {
  const session = signedInBrowser("coordinator");

  it("a coordinator downloads the template, imports people skipping the error row, and undoes it", async () => {
    const { page } = session;
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Navegación principal" })
      .getByRole("link", { name: "Importar" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Importar desde una planilla" }).waitFor();
    await expectNoAxeViolations(page);

    // The template, read back with a reader other than the one that wrote it.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Descargar la plantilla de Personas (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("plantilla-personas.xlsx");
    const sheet = await readFirstSheet(await downloadedBytes(download));
    expect(sheet.name).toBe("Personas");
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.cell(1, c)?.value)).toEqual([
      "Nombre",
      "Correo",
      "Teléfono",
      "Cargo o función",
      "Repartición",
      "ID Redes",
    ]);
    expect(sheet.cell(1, 1)?.bold).toBe(true);
    expect(sheet.cell(2, 1)?.value).toBe("María Fernández");
    expect(sheet.rowCount).toBe(3);

    // The upload: a refusal next to the field first (not a spreadsheet), then the CSV.
    await page.getByLabel(/^Archivo( \*)?$/).setInputFiles({
      name: "informe.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n", "latin1"),
    });
    await page.getByRole("button", { name: "Subir y continuar" }).press("Enter");
    await expect(
      page.getByText("El archivo no es una planilla XLSX ni un CSV.").waitFor(),
    ).resolves.toBeUndefined();
    await page.getByLabel(/^Tabla( \*)?$/).selectOption({ label: "Personas" });
    await page
      .getByLabel(/^Archivo( \*)?$/)
      .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByRole("button", { name: "Subir y continuar" }).press("Enter");
    await page.waitForURL(/\/importar\/[0-9a-f-]{36}$/);
    const jobPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: "1. Columnas" }).waitFor();
    await expect(page.getByLabel(/^Nombre( \*)?$/).inputValue()).resolves.toBe("0");
    await expect(page.getByLabel("Correo", { exact: true }).inputValue()).resolves.toBe("");
    // The column no field takes is listed as ignored.
    await page.getByRole("listitem").filter({ hasText: "Columna C: Observaciones" }).waitFor();
    // How the CSV is read: detected, named as such, and changeable.
    const encoding = page.getByLabel("Codificación", { exact: true });
    const separator = page.getByLabel("Separador", { exact: true });
    const dateFormat = page.getByLabel("Formato de las fechas", { exact: true });
    await expect(encoding.inputValue()).resolves.toBe("utf-8");
    await expect(encoding.locator("option:checked").textContent()).resolves.toBe("UTF-8 — detectado");
    await expect(separator.inputValue()).resolves.toBe("semicolon");
    await expect(separator.locator("option:checked").textContent()).resolves.toBe(
      "Punto y coma (;) — detectado",
    );
    await expect(dateFormat.inputValue()).resolves.toBe("dmy");
    await expectNoAxeViolations(page);

    // Matching the e-mail with the keyboard: focus its select, move to column B.
    await page.getByLabel("Correo", { exact: true }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Correo", { exact: true }).inputValue()).resolves.toBe("1");
    // The date format, with the keyboard too: "aaaa-mm-dd (ISO)".
    await dateFormat.focus();
    await page.keyboard.press("ArrowDown");
    await expect(dateFormat.inputValue()).resolves.toBe("iso");
    await page.getByRole("button", { name: "Validar" }).focus();
    await page.keyboard.press("Enter");
    await waitForState(page, "Validado");
    // Back on the page, the choices are the job's: shown again as validation used them.
    await page.goto(jobPath);
    await expect(dateFormat.inputValue()).resolves.toBe("iso");
    await expect(encoding.inputValue()).resolves.toBe("utf-8");
    await expect(separator.inputValue()).resolves.toBe("semicolon");
    await page.getByRole("heading", { name: "2. Vista previa" }).waitFor();
    const counts = async () =>
      Object.fromEntries(
        await page
          .locator("[data-count]")
          .evaluateAll((els) => els.map((e) => [e.getAttribute("data-count"), Number(e.textContent)])),
      ) as Record<string, number>;
    await expect(counts()).resolves.toMatchObject({ rows: 2, new: 1, error: 1 });
    // The error row, its message next to its cell; the all-or-nothing import is blocked.
    await page.getByRole("link", { name: "Ver solo filas con errores" }).click();
    await page.waitForURL(/onlyErrors=1/);
    const errorRow = page.locator('tbody tr[data-status="error"]');
    await expect(errorRow.count()).resolves.toBe(1);
    await expect(errorRow.textContent()).resolves.toContain(
      "Ingresá un correo electrónico válido (nombre@dominio).",
    );
    await expect(page.getByRole("button", { name: "Importar", exact: true }).isDisabled()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page);

    // The problem rows, with their messages.
    const [problems] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV", exact: true }).click(),
    ]);
    const [header, ...rows] = parse((await downloadedBytes(problems)).toString("utf8"), {
      delimiter: ";",
      bom: true,
    }) as string[][];
    expect(header![0]).toBe("Fila");
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe("3");
    expect(rows[0]!.at(-1)).toContain("Ingresá un correo electrónico válido");

    // Skip mode, chosen explicitly; then the report adds up to the file's rows.
    await page
      .getByRole("button", { name: "Importar las filas válidas y omitir la fila con errores" })
      .press("Enter");
    await waitForState(page, "Importado");
    await page.getByRole("heading", { name: "Informe" }).waitFor();
    await expect(counts()).resolves.toMatchObject({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      rows: 2,
    });
    await expectNoAxeViolations(page);

    // The person is in the directory.
    await page.goto(`/personas?q=${encodeURIComponent(newPerson)}`);
    await page.getByRole("link", { name: newPerson }).waitFor();

    // The history lists the import; its undo asks first, then keeps nothing of it.
    await page.goto("/importar/historial");
    await page.getByRole("link", { name: fileName, exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: `Deshacer la importación de ${fileName}` }).click();
    await page.getByRole("heading", { name: "¿Deshacer esta importación?" }).waitFor();
    await page.getByRole("button", { name: "Sí, deshacer la importación" }).press("Enter");
    await waitForState(page, "Deshecho");
    expect(new URL(page.url()).pathname).toBe(jobPath);
    await expectNoAxeViolations(page);
    await page.goto(`/personas?q=${encodeURIComponent(newPerson)}`);
    await page.getByRole("heading", { level: 1, name: "Personas" }).waitFor();
    await expect(page.getByRole("link", { name: newPerson }).count()).resolves.toBe(0);
  });
});

describe("import pages for a viewer", () => {
  const session = signedInBrowser("viewer");

  it("a viewer is refused the import pages", async () => {
    const { page } = session;
    await page.goto("/");
    await expect(
      page
        .getByRole("navigation", { name: "Navegación principal" })
        .getByRole("link", { name: "Importar" })
        .count(),
    ).resolves.toBe(0);
    for (const path of ["/importar", "/importar/historial"]) {
      await page.goto(path);
      await page.locator('[data-alert="forbidden"]').waitFor();
    }
    const response = await page.request.get("/importar/personas/plantilla");
    expect(response.status()).toBe(403);
  });
});
